package org.paperkg.model;

/**
 * Which way a metric improves: accuracy and BLEU are better higher, error, latency and FID lower. A metric
 * neither the lexicon nor a clear head word ("error", "accuracy") settles is {@link #UNKNOWN}, never guessed.
 */
public enum MetricDirection {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, UNKNOWN
}
