package org.regionet.analysis;

/** Thrown when the monitor reports cancellation; an Eclipse job maps it to a cancel status. */
public final class AnalysisCanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnalysisCanceledException() {
        super("Analysis canceled");
    }
}
