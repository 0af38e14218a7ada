package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.Evidence;
import org.paperkg.model.ResultKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How results are labelled for the learned confidence, and how its high-precision tier is found. */
class ResultTrainingTest {
    private static final String SENTENCE = "Our model reaches 84.2% top-1 accuracy on ImageNet.";

    private static JsonNode gold() throws Exception {
        return new ObjectMapper().readTree("""
                {"title": "t", "metrics": [{"name": "top-1 accuracy", "aliases": ["top-1 acc"]}],
                 "datasets": [{"name": "ImageNet-1k", "aliases": ["ImageNet"]}],
                 "results": [{"value": 84.2, "unit": "%", "metric": "top-1 accuracy", "dataset": "ImageNet-1k"}]}""");
    }

    private static ClaimedResult result(String value, String metricKey, String datasetKey) {
        return new ClaimedResult(new BigDecimal(value), "%", metricKey, null, datasetKey, null, null, ResultKind.ABSOLUTE,
                new Evidence(SENTENCE, 0, SENTENCE.length()), 0.8);
    }

    private static List<EntityMention> mentions() {
        return List.of(new EntityMention(EntityType.METRIC, "top-1 accuracy", "top-1 accuracy", List.of(), null, null, 0.9, null),
                new EntityMention(EntityType.DATASET, "imagenet", "ImageNet", List.of(), null, null, 0.9, null));
    }

    @Test
    void aResultIsRightWhenValueMetricAndDatasetMatchAGoldResultByItsForms() throws Exception {
        assertTrue(ResultTraining.isRight(result("84.2", "top-1 accuracy", "imagenet"), mentions(), gold()));
        assertFalse(ResultTraining.isRight(result("84.2", null, "imagenet"), mentions(), gold()), "metric missing");
        assertFalse(ResultTraining.isRight(result("84.3", "top-1 accuracy", "imagenet"), mentions(), gold()), "other value");
    }

    @Test
    void theTierIsTheLowestConfidenceAboveWhichNineInTenHeldOutResultsAreRight() {
        List<ResultTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean sure = i % 2 == 0; // a feature that tells right from wrong most of the time
            boolean right = sure ? i % 20 != 0 : i % 5 == 1;
            examples.add(new ResultTraining.Example(i % 5, Map.of("bias", 1.0, sure ? "sure" : "unsure", 1.0), right));
        }
        ResultTraining.Outcome o = ResultTraining.train(examples, 5);
        assertTrue(o.tierPrecision() >= ResultTraining.TIER_PRECISION, o.toString());
        assertEquals(0.5, o.tierShare(), 0.01, o.toString());
    }

    @Test
    void aHandfulOfSureResultsIsNoTier() {
        List<ResultTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean sure = i < ResultTraining.MIN_TIER_RESULTS / 2; // always right, but too few to tell a rate
            examples.add(new ResultTraining.Example(i % 5, Map.of("bias", 1.0, sure ? "sure" : "unsure", 1.0), sure || i % 2 == 0));
        }
        ResultTraining.Outcome o = ResultTraining.train(examples, 5);
        assertEquals(0, o.tierShare(), o.toString());
    }
}
