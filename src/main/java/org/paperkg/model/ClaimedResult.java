package org.paperkg.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative claim stated by an abstract. Entity references are keys of mentions in the same paper.
 *
 * @param value       the number as written (exact decimal)
 * @param unit        "%", "x", "pp", other unit text, or null when unitless
 * @param metricKey   key of the metric mention, or null
 * @param methodKey   key of the method that achieves it, or null
 * @param datasetKey  key of the dataset it is measured on, or null
 * @param baselineKey key of the method it is compared with, or null
 * @param baselineText the baseline as a short phrase when it is not a known method, or null
 * @param kind        absolute or relative
 * @param evidence    where the claim is stated
 * @param confidence  how sure the extractor is, in [0, 1]
 * @param metricDirection whether a higher or a lower value of the metric is better (unknown without a metric)
 */
public record ClaimedResult(BigDecimal value, String unit, String metricKey, String methodKey,
                            String datasetKey, String baselineKey, String baselineText,
                            ResultKind kind, Evidence evidence, double confidence, MetricDirection metricDirection) {
    public ClaimedResult {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(metricDirection, "metricDirection");
    }

    /** A result whose metric's direction is not known. */
    public ClaimedResult(BigDecimal value, String unit, String metricKey, String methodKey, String datasetKey,
                         String baselineKey, String baselineText, ResultKind kind, Evidence evidence, double confidence) {
        this(value, unit, metricKey, methodKey, datasetKey, baselineKey, baselineText, kind, evidence, confidence,
                MetricDirection.UNKNOWN);
    }

    /** The same result with another confidence (the learned, calibrated one). */
    public ClaimedResult withConfidence(double newConfidence) {
        return new ClaimedResult(value, unit, metricKey, methodKey, datasetKey, baselineKey, baselineText, kind, evidence,
                newConfidence, metricDirection);
    }

    /** The value in a form a program can compare (15M as 15000000, 2 hours as 7200 s). */
    public NormalizedValue normalized() {
        return NormalizedValue.of(value, unit);
    }
}
