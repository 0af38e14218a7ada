package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;

import java.util.Map;
import java.util.Set;

/**
 * One annotated paper of the training pool: its text, its gold record (shared/eval/FORMAT.md) and the
 * cross-validation fold it is held out in.
 *
 * @param required score forms (names and aliases) per type of the gold entities that count
 * @param optional score forms per type of the gold entities marked optional (neither required nor penalised)
 * @param roles    the gold role of each method, by each of its score forms
 */
public record PoolPaper(Paper paper, JsonNode gold, int fold, Map<EntityType, Set<String>> required,
                        Map<EntityType, Set<String>> optional, Map<String, MethodRole> roles) {
    /** The gold role of a method candidate: the role of the first gold method one of its forms names, or null. */
    public MethodRole roleOf(java.util.List<String> forms) {
        for (String f : forms) {
            MethodRole r = roles.get(org.paperkg.evaluate.Scorer.norm(f));
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Every gold form, optional ones included: what the tagger learns to mark. */
    public Map<EntityType, Set<String>> allForms() {
        Map<EntityType, Set<String>> all = new java.util.EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            Set<String> s = new java.util.HashSet<>(required.getOrDefault(t, Set.of()));
            s.addAll(optional.getOrDefault(t, Set.of()));
            all.put(t, s);
        }
        return all;
    }
}
