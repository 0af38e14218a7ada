package org.paperkg.build;

/**
 * How a build runs.
 *
 * @param strict       stop at the first bad record instead of skipping it
 * @param force        re-extract papers already stored unchanged (after a lexicon or rule change)
 * @param batchSize    papers per extraction batch
 * @param threads      CoreNLP threads
 * @param commitPapers papers per write transaction at most; a transaction is also committed when it has been
 *                     open {@link #COMMIT_SECONDS} seconds, so a crash loses little work. Each commit syncs
 *                     the disk: transactions of 64 papers write at about 40% of the bulk loader's rate,
 *                     transactions of 1,024 at about its rate (see {@code paperkg bench}).
 */
public record BuildOptions(boolean strict, boolean force, int batchSize, int threads, int commitPapers) {
    /** Default papers per write transaction. */
    public static final int COMMIT_PAPERS = 1024;
    /** A write transaction is committed at the latest after this many seconds of extraction. */
    public static final double COMMIT_SECONDS = 10;

    public BuildOptions {
        if (batchSize < 1 || threads < 1 || commitPapers < 1) {
            throw new IllegalArgumentException("batch size, threads and papers per commit must be positive");
        }
    }

    public BuildOptions(boolean strict, boolean force, int batchSize, int threads) {
        this(strict, force, batchSize, threads, Math.max(batchSize, COMMIT_PAPERS));
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, 64, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
