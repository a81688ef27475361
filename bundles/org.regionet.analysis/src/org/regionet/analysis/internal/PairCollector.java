package org.regionet.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/** Collects packed pairs from several threads without locking; one buffer per thread. */
public final class PairCollector {

    private final List<LongList> buffers = new ArrayList<>();
    private final ThreadLocal<LongList> local = ThreadLocal.withInitial(() -> {
        LongList l = new LongList(1024);
        synchronized (buffers) {
            buffers.add(l);
        }
        return l;
    });

    /** Adds the unordered pair (a, b). */
    public void add(int a, int b) {
        local.get().add(LongList.pair(a, b));
    }

    /** All pairs, sorted and distinct. Call after the producing threads are done. */
    public long[] toSortedSet() {
        LongList all = new LongList(1024);
        synchronized (buffers) {
            for (LongList l : buffers) {
                all.addAll(l);
            }
        }
        return all.toSortedSet();
    }
}
