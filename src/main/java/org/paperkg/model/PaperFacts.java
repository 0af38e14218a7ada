package org.paperkg.model;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one paper: the unit that the store writes and replaces as a whole. */
public record PaperFacts(Paper paper, List<EntityMention> mentions, List<String> codeUrls,
                         List<ClaimedResult> results) {
    public PaperFacts {
        Objects.requireNonNull(paper, "paper");
        mentions = List.copyOf(mentions);
        codeUrls = List.copyOf(codeUrls);
        results = List.copyOf(results);
    }
}
