package org.regionet.analysis.blocking;

/** Receives candidate pairs of record ids; may see a pair more than once. */
@FunctionalInterface
public interface PairConsumer {
    void accept(int recordA, int recordB);
}
