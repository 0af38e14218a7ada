package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Maps name-level gold (a paper's entity names and aliases per type, no offsets) onto token spans: every
 * stretch of tokens whose score-normalized text (lower case, letters, digits and "+", no plural "s", as
 * shared/eval/score.py compares names) equals a gold form of the paper is labelled with that type, every
 * occurrence, longest stretch first, left to right; the rest is "outside".
 */
final class GoldProjection {
    /** Longest name, in tokens, looked for; gold names are rarely longer. */
    private static final int MAX_NAME_TOKENS = 10;

    private GoldProjection() {
    }

    /** The score form of a surface: what shared/eval/score.py compares. */
    static String scoreForm(String surface) {
        return TermKey.singular(TermKey.of(surface));
    }

    static String[] labels(Sentence s, Map<EntityType, Set<String>> goldForms) {
        String[] labels = new String[s.size()];
        Arrays.fill(labels, MentionTagger.OUTSIDE);
        for (int from = 0; from < s.size(); from++) {
            for (int to = Math.min(s.size(), from + MAX_NAME_TOKENS); to > from; to--) {
                EntityType type = typeOf(scoreForm(s.span(from, to)), goldForms);
                if (type != null) {
                    Arrays.fill(labels, from, to, type.name());
                    from = to - 1;
                    break;
                }
            }
        }
        return labels;
    }

    private static EntityType typeOf(String form, Map<EntityType, Set<String>> goldForms) {
        if (form.isEmpty()) {
            return null;
        }
        for (EntityType t : EntityType.values()) {
            if (goldForms.getOrDefault(t, Set.of()).contains(form)) {
                return t;
            }
        }
        return null;
    }
}
