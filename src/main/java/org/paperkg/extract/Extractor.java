package org.paperkg.extract;

import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;

import java.util.List;

/** The extract stage: papers in, facts out, in the same order. Implementations are thread-safe. */
public interface Extractor {
    /** Extracts a batch; batching lets the NLP pipeline use several threads. */
    List<PaperFacts> extract(List<Paper> papers);

    /** The name a store's metadata records for what built it: the class, or the learned model it uses. */
    default String modelName() {
        String simple = getClass().getSimpleName();
        return simple.isEmpty() ? getClass().getName() : simple;
    }

    default PaperFacts extract(Paper paper) {
        return extract(List.of(paper)).get(0);
    }
}
