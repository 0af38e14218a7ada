package org.paperkg.build;

/**
 * How far a build is: records read, bytes of the input read out of its size known up front, time so far.
 *
 * @param totalBytes the input's size, or {@link #UNKNOWN_SIZE} (a pipe)
 */
public record BuildProgress(long recordsRead, long bytesRead, long totalBytes, double seconds) {
    public static final long UNKNOWN_SIZE = -1;

    /** The share of the input read, 0 to 100, or NaN when its size is unknown. */
    public double percent() {
        if (totalBytes <= 0) {
            return Double.NaN;
        }
        return Math.min(100.0, 100.0 * bytesRead / totalBytes);
    }

    public double recordsPerSecond() {
        return seconds > 0 ? recordsRead / seconds : 0;
    }

    /** Seconds left at the rate so far, or NaN when it cannot be told yet (size unknown, nothing read). */
    public double secondsLeft() {
        double p = percent();
        if (Double.isNaN(p) || p <= 0 || seconds <= 0) {
            return Double.NaN;
        }
        return seconds * (100.0 - p) / p;
    }
}
