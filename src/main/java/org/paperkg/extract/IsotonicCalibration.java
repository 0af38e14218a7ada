package org.paperkg.extract;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Maps a model's raw probability to the share of candidates that were right at that probability, learned on
 * held-out predictions by isotonic regression (pool adjacent violators): monotone, so the ranking stays, and
 * a confidence of 0.8 then means about 80% right. Between fitted points the map interpolates linearly.
 */
public final class IsotonicCalibration implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final double[] raw;
    private final double[] calibrated;

    private IsotonicCalibration(double[] raw, double[] calibrated) {
        this.raw = raw;
        this.calibrated = calibrated;
    }

    /** The identity: no calibration learned. */
    public static IsotonicCalibration identity() {
        return new IsotonicCalibration(new double[]{0, 1}, new double[]{0, 1});
    }

    /** Fits the map on held-out (raw probability, right) pairs. */
    public static IsotonicCalibration fit(List<double[]> rawAndRight) {
        return fit(rawAndRight, 1);
    }

    /**
     * Fits the map with every fitted rate read on at least {@code minimumBlock} pairs (all of them when fewer): a
     * rate over a handful of pairs is a lucky or unlucky streak, and on unseen data it over- or under-states.
     */
    public static IsotonicCalibration fit(List<double[]> rawAndRight, int minimumBlock) {
        if (rawAndRight.isEmpty()) {
            return identity();
        }
        List<double[]> sorted = new ArrayList<>(rawAndRight);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        // blocks of {sum of raw, sum of right, count}, merged while a block's mean exceeds the next one's
        List<double[]> blocks = new ArrayList<>();
        for (double[] p : sorted) {
            blocks.add(new double[]{p[0], p[1], 1});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] prev = blocks.get(blocks.size() - 2);
                if (prev[1] / prev[2] < last[1] / last[2]) {
                    break;
                }
                prev[0] += last[0];
                prev[1] += last[1];
                prev[2] += last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        while (blocks.size() > 1) {
            int smallest = 0;
            for (int i = 1; i < blocks.size(); i++) {
                if (blocks.get(i)[2] < blocks.get(smallest)[2]) {
                    smallest = i;
                }
            }
            if (blocks.get(smallest)[2] >= minimumBlock) {
                break;
            }
            // merged into the neighbour of the nearer rate; merging neighbours keeps the map monotone
            double rate = rateOf(blocks.get(smallest));
            int into = smallest == 0 ? 1 : smallest == blocks.size() - 1 ? smallest - 1
                    : Math.abs(rate - rateOf(blocks.get(smallest - 1))) <= Math.abs(rateOf(blocks.get(smallest + 1)) - rate)
                    ? smallest - 1 : smallest + 1;
            double[] target = blocks.get(into);
            double[] merged = blocks.get(smallest);
            target[0] += merged[0];
            target[1] += merged[1];
            target[2] += merged[2];
            blocks.remove(smallest);
        }
        double[] x = new double[blocks.size()];
        double[] y = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            x[i] = blocks.get(i)[0] / blocks.get(i)[2];
            y[i] = blocks.get(i)[1] / blocks.get(i)[2];
        }
        return new IsotonicCalibration(x, y);
    }

    private static double rateOf(double[] block) {
        return block[1] / block[2];
    }

    /** The calibrated probability of a raw one. */
    public double apply(double p) {
        if (p <= raw[0]) {
            return calibrated[0];
        }
        if (p >= raw[raw.length - 1]) {
            return calibrated[raw.length - 1];
        }
        int i = Arrays.binarySearch(raw, p);
        if (i >= 0) {
            return calibrated[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (p - raw[lo]) / (raw[hi] - raw[lo]);
        return calibrated[lo] + t * (calibrated[hi] - calibrated[lo]);
    }
}
