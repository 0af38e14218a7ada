package org.paperkg.extract;

import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The extract stage: papers in, facts out, in the same order. Implementations are thread-safe. */
public interface Extractor {
    /** Extracts a batch; batching lets the NLP pipeline use several threads. */
    List<PaperFacts> extract(List<Paper> papers);

    /** The name a store's metadata records for what built it: the class, or the learned model it uses. */
    default String modelName() {
        String simple = getClass().getSimpleName();
        return simple.isEmpty() ? getClass().getName() : simple;
    }

    /**
     * The lowest confidence of the results this extractor finds fully right at least 90% of the time on held-out
     * papers (its model's high-precision tier), or empty when that was never measured: leaderboards show the
     * results at or above it by default.
     */
    default Optional<BigDecimal> tierConfidence() {
        return Optional.empty();
    }

    default PaperFacts extract(Paper paper) {
        return extract(List.of(paper)).get(0);
    }
}
