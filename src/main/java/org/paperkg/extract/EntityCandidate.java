package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;

import java.util.List;
import java.util.Map;

/**
 * One entity a paper may mention, as the rules and the tagger found it, before the mention filter decides:
 * the evidence for it as named features (sparse, mostly indicator values of 1).
 *
 * @param forms    the paper's surface forms of it, the preferred one first
 * @param role     for methods, the role the rules gave it; null for other types
 * @param features evidence: which stages found it, how often and where, its shape, the tagger's probability
 */
public record EntityCandidate(EntityType type, String key, List<String> forms, MethodRole role,
                              Map<String, Double> features) {
    public EntityCandidate {
        forms = List.copyOf(forms);
        features = Map.copyOf(features);
    }
}
