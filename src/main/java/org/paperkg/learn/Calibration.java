package org.paperkg.learn;

import java.util.Locale;

/**
 * A reliability table: held-out predictions binned by confidence, with the share of them that were right.
 * Confidence means something when, in each bin, that share is close to the mean confidence.
 */
public final class Calibration {
    /** Bins of width 0.1 over [0, 1]. */
    private static final int BINS = 10;

    private final long[] count = new long[BINS];
    private final long[] right = new long[BINS];
    private final double[] confidenceSum = new double[BINS];

    void add(double confidence, boolean wasRight) {
        int b = Math.min(BINS - 1, (int) (confidence * BINS));
        count[b]++;
        confidenceSum[b] += confidence;
        if (wasRight) {
            right[b]++;
        }
    }


    /** A Markdown table: bin, candidates, mean confidence, share right. */
    public String table() {
        StringBuilder sb = new StringBuilder("| confidence | candidates | mean confidence | right |\n|---|---|---|---|\n");
        for (int b = 0; b < BINS; b++) {
            if (count[b] == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |%n", b / (double) BINS,
                    (b + 1) / (double) BINS, count[b], confidenceSum[b] / count[b], (double) right[b] / count[b]));
        }
        return sb.toString();
    }
}
