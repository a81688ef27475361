package org.regionet.analysis.synth;

import java.util.Arrays;

/**
 * The pairs a perfect analysis would report, as sorted packed index pairs ({@code a << 32 | b},
 * {@code a < b}) into the lists of {@link SyntheticModel}.
 *
 * @param duplicates  actor pairs that are one body
 * @param parallels   activity pairs that are parallel offers
 * @param analogues   activity pairs that are the same offer in neighbouring regions
 * @param committees  committee pairs planted as overlapping
 * @param nearMisses  activity pairs planted to look parallel but break exactly one condition
 */
public record PlantedTruth(long[] duplicates, long[] parallels, long[] analogues, long[] committees,
        long[] nearMisses) {

    public static boolean contains(long[] sorted, long pair) {
        return Arrays.binarySearch(sorted, pair) >= 0;
    }
}
