package org.paperkg.extract;

import org.paperkg.model.EntityMention;
import org.paperkg.model.PaperFacts;

import java.util.List;

/**
 * One paper's facts as the extractor keeps them, with the metric and dataset candidates of its results'
 * sentences that the mention filter did not keep ({@code offered}, each with the filter's probability as its
 * confidence): a result's learned slot choice may still take one, which then becomes a mention of the paper.
 */
public record Extraction(PaperFacts facts, List<EntityMention> offered) {
    public Extraction {
        offered = List.copyOf(offered);
    }
}
