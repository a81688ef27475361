package org.regionet.analysis;

import java.util.function.BooleanSupplier;
import java.util.function.ObjIntConsumer;

/**
 * Progress and cancellation without a dependency on {@code org.eclipse.core.runtime}.
 * A whole analysis reports {@link #TOTAL_WORK} units in increments, so an Eclipse job can
 * wrap it with {@code SubMonitor.convert(monitor, AnalysisMonitor.TOTAL_WORK)}.
 * Implementations must be thread-safe: phases may run on worker threads.
 */
public interface AnalysisMonitor {

    /** The work units one analysis reports in total. */
    int TOTAL_WORK = 100;

    /** Reports {@code units} more units done in {@code phase} (a short English phase name). */
    void worked(String phase, int units);

    /** Polled regularly; returning true stops the analysis with {@link AnalysisCanceledException}. */
    boolean isCanceled();

    /** A monitor that ignores progress and never cancels. */
    static AnalysisMonitor none() {
        return of(() -> false, (phase, units) -> { });
    }

    /** A monitor from a cancel flag and a work callback. */
    static AnalysisMonitor of(BooleanSupplier canceled, ObjIntConsumer<String> worked) {
        return new AnalysisMonitor() {
            @Override
            public void worked(String phase, int units) {
                worked.accept(phase, units);
            }

            @Override
            public boolean isCanceled() {
                return canceled.getAsBoolean();
            }
        };
    }

    /** Throws {@link AnalysisCanceledException} if canceled. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new AnalysisCanceledException();
        }
    }
}
