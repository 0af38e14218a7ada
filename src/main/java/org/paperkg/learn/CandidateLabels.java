package org.paperkg.learn;

import org.paperkg.evaluate.Scorer;
import org.paperkg.extract.EntityCandidate;
import org.paperkg.model.EntityType;

import java.util.Set;

/**
 * Whether a candidate is right by the gold of its paper, as score.py would judge it: one of its forms equals a
 * form of a gold entity of its type. Candidates that land only on optional gold are left out of training.
 */
enum CandidateLabels {
    RIGHT, WRONG, OPTIONAL;

    static CandidateLabels of(EntityCandidate c, PoolPaper p) {
        Set<String> required = p.required().getOrDefault(c.type(), Set.of());
        Set<String> optional = p.optional().getOrDefault(c.type(), Set.of());
        boolean onOptional = false;
        for (String form : c.forms()) {
            String f = Scorer.norm(form);
            if (required.contains(f)) {
                return RIGHT;
            }
            onOptional |= optional.contains(f);
        }
        return onOptional ? OPTIONAL : WRONG;
    }

    /** The number of gold entities of a type a paper requires (what recall is counted against). */
    static int requiredCount(PoolPaper p, EntityType type) {
        int n = 0;
        for (var e : p.gold().path(type.plural())) {
            if (!e.path("optional").asBoolean(false)) {
                n++;
            }
        }
        return n;
    }
}
