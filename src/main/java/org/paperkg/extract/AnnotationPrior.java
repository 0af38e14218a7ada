package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What annotators did with a name in the papers a filter was trained on: in how many of them it was a
 * candidate of a type, and in how many of those they annotated it. "reinforcement learning" offered as a task
 * was annotated in most papers that mention it, "proposed framework" in none; a name no training paper
 * mentions gets no evidence either way. A filter learns from these counts as from any other feature; while
 * training, a paper's own candidates are left out of the counts it sees (leave one paper out).
 */
public final class AnnotationPrior implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Counts above this share a feature: three papers agreeing is as telling as ten. */
    private static final int MAX_COUNT = 3;
    /** The share of mentioning papers that annotated the name, in this many bins. */
    private static final int SHARE_BINS = 4;

    /** Per "type|key": {papers with the candidate, papers where it was right}. */
    private final HashMap<String, int[]> counts = new HashMap<>();

    /** Counts one paper's labelled candidate. */
    public void add(EntityCandidate c, boolean right) {
        int[] n = counts.computeIfAbsent(id(c.type(), c.key()), k -> new int[2]);
        n[0]++;
        if (right) {
            n[1]++;
        }
    }

    /** The candidate with the prior's evidence added; {@code ownRight} null when its paper is not among the counts. */
    public EntityCandidate withEvidence(EntityCandidate c, Boolean ownRight) {
        Map<String, Double> f = new HashMap<>(c.features());
        String t = c.type().singular() + "|";
        int[] n = counts.getOrDefault(id(c.type(), c.key()), new int[2]);
        int seen = n[0] - (ownRight == null ? 0 : 1);
        int right = n[1] - (ownRight != null && ownRight ? 1 : 0);
        if (seen <= 0) {
            f.put(t + "prior=unseen", 1.0);
        } else {
            f.put(t + "priorRight=" + Math.min(right, MAX_COUNT), 1.0);
            f.put(t + "priorShare=" + Math.min(SHARE_BINS - 1, right * SHARE_BINS / seen), 1.0);
        }
        return new EntityCandidate(c.type(), c.key(), c.forms(), c.role(), f);
    }

    private static String id(EntityType type, String key) {
        return type.singular() + "|" + key;
    }
}
