package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationPriorTest {
    private static EntityCandidate task(String key) {
        return new EntityCandidate(EntityType.TASK, key, List.of(key), null, Map.of("task|bias", 1.0));
    }

    @Test
    void aPaperNeverSeesItsOwnAnnotationInTheCounts() {
        AnnotationPrior prior = new AnnotationPrior();
        prior.add(task("reinforcement learning"), true);
        // the only paper that mentions it: left out of its own counts, the name is unseen
        Map<String, Double> own = prior.withEvidence(task("reinforcement learning"), true).features();
        assertTrue(own.containsKey("task|prior=unseen"), own.toString());
        // an unseen paper gets the count
        Map<String, Double> other = prior.withEvidence(task("reinforcement learning"), null).features();
        assertEquals(1.0, other.get("task|priorRight=1"), other.toString());
        assertEquals(1.0, other.get("task|priorShare=3"), other.toString());
    }

    @Test
    void aNameOthersNeverAnnotatedHasAShareOfZero() {
        AnnotationPrior prior = new AnnotationPrior();
        prior.add(task("proposed framework"), false);
        prior.add(task("proposed framework"), false);
        Map<String, Double> f = prior.withEvidence(task("proposed framework"), false).features();
        assertEquals(1.0, f.get("task|priorRight=0"), f.toString());
        assertEquals(1.0, f.get("task|priorShare=0"), f.toString());
    }
}
