package org.paperkg.extract;

import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityType;

/** A reference of a claimed result that names one of the paper's entities: its metric, method or dataset. */
public enum ResultSlot {
    METRIC(EntityType.METRIC),
    METHOD(EntityType.METHOD),
    DATASET(EntityType.DATASET);

    private final EntityType type;

    ResultSlot(EntityType type) {
        this.type = type;
    }

    /** The type of the entities that may fill this slot. */
    public EntityType type() {
        return type;
    }

    /** The key this result has in the slot, or null. */
    public String keyOf(ClaimedResult r) {
        return switch (this) {
            case METRIC -> r.metricKey();
            case METHOD -> r.methodKey();
            case DATASET -> r.datasetKey();
        };
    }

    /** The same result with another key in this slot (a metric's direction is the caller's to set). */
    ClaimedResult with(ClaimedResult r, String key) {
        return switch (this) {
            case METRIC -> new ClaimedResult(r.value(), r.unit(), key, r.methodKey(), r.datasetKey(), r.baselineKey(),
                    r.baselineText(), r.kind(), r.evidence(), r.confidence(), r.metricDirection());
            case METHOD -> new ClaimedResult(r.value(), r.unit(), r.metricKey(), key, r.datasetKey(), r.baselineKey(),
                    r.baselineText(), r.kind(), r.evidence(), r.confidence(), r.metricDirection());
            case DATASET -> new ClaimedResult(r.value(), r.unit(), r.metricKey(), r.methodKey(), key, r.baselineKey(),
                    r.baselineText(), r.kind(), r.evidence(), r.confidence(), r.metricDirection());
        };
    }
}
