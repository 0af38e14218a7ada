package org.paperkg.build;

/**
 * How a build runs.
 *
 * @param strict    stop at the first bad record instead of skipping it
 * @param force     re-extract papers already stored unchanged (after a lexicon or rule change)
 * @param batchSize papers per extraction batch and write transaction
 * @param threads   CoreNLP threads
 */
public record BuildOptions(boolean strict, boolean force, int batchSize, int threads) {
    public static BuildOptions defaults() {
        return new BuildOptions(false, false, 64, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
