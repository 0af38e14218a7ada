package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ResultSlot;
import org.paperkg.extract.ResultSlotFeatures;
import org.paperkg.extract.ResultSlots;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.Evidence;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.ResultKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learned choice of a result's metric, method and dataset: its evidence, its labels and what it learns. */
class SlotTrainingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EntityMention metric(String name) {
        return new EntityMention(EntityType.METRIC, name.toLowerCase(), name, List.of(), null, null, 0.9, null);
    }

    private static EntityMention dataset(String name) {
        return new EntityMention(EntityType.DATASET, name.toLowerCase(), name, List.of(), null, null, 0.9, null);
    }

    private static EntityMention method(String name, MethodRole role) {
        return new EntityMention(EntityType.METHOD, name.toLowerCase(), name, List.of(), null, role, 0.9, null);
    }

    private static ClaimedResult result(String sentence, String value, String metric, String method, String dataset) {
        return new ClaimedResult(new BigDecimal(value), "%", metric, method, dataset, null, null, ResultKind.ABSOLUTE,
                new Evidence(sentence, 0, sentence.length()), 0.8);
    }

    private static Map<String, Double> featuresOf(List<ResultSlotFeatures.Choice> choices, String key) {
        return choices.stream().filter(c -> java.util.Objects.equals(c.key(), key)).findFirst().orElseThrow().features();
    }

    @Test
    void eachEntityOfTheSlotsTypeAndNoneAreChoicesWithWhereTheSentenceNamesThem() {
        String s = "The student reaches an IS of 166.5 and an FID of 7.4 on CelebA.";
        List<EntityMention> mentions = List.of(metric("IS"), metric("FID"), metric("recall"), dataset("CelebA"));
        Paper paper = Paper.of("A student", s, null);
        List<ResultSlotFeatures.Choice> choices = ResultSlotFeatures.of(ResultSlot.METRIC, result(s, "166.5", "fid", null, null),
                mentions, ResultSlotFeatures.PaperWords.of(paper));
        assertEquals(4, choices.size(), "three metrics and none");
        assertNull(choices.get(3).key());
        Map<String, Double> is = featuresOf(choices, "is");
        Map<String, Double> fid = featuresOf(choices, "fid");
        assertTrue(is.containsKey("gap=B2"), is.toString());
        assertTrue(fid.containsKey("rule"), "the rules chose FID");
        assertTrue(fid.containsKey("ownsNumber"), "FID is followed by a number of its own: " + fid);
        assertFalse(is.containsKey("ownsNumber"), is.toString());
        assertTrue(featuresOf(choices, "recall").containsKey("notInSentence"));
    }

    @Test
    void aNumberInsideAModelNameDoesNotShiftTheValuesOrdinalInAList() {
        String s = "Our ViT-B/16 reaches 91.2% on CIFAR-10 and 78.4% on ImageNet, respectively.";
        List<EntityMention> mentions = List.of(dataset("CIFAR-10"), dataset("ImageNet"));
        Paper paper = Paper.of("A model", s, null);
        List<ResultSlotFeatures.Choice> choices = ResultSlotFeatures.of(ResultSlot.DATASET,
                result(s, "91.2", null, null, "cifar-10"), mentions, ResultSlotFeatures.PaperWords.of(paper));
        assertTrue(featuresOf(choices, "cifar-10").containsKey("sameOrdinal=true"), "the first value, the first dataset");
        assertTrue(featuresOf(choices, "imagenet").containsKey("sameOrdinal=false"));
    }

    @Test
    void choicesAreLabelledByTheGoldResultWithTheSameValueAndSlotsWithoutGoldTeachNothing() throws Exception {
        String s = "Our Student model reaches an IS of 166.5 on CelebA, above the 150.2 of the Teacher.";
        JsonNode gold = JSON.readTree("""
                {"title": "A student", "metrics": [{"name": "Inception Score", "aliases": ["IS"]}],
                 "methods": [{"name": "Student", "role": "proposed"}, {"name": "Teacher", "role": "compared"}],
                 "datasets": [{"name": "CelebA"}],
                 "results": [{"value": 166.5, "metric": "Inception Score", "method": "Student", "dataset": null},
                             {"value": 150.2, "metric": "Inception Score", "method": "Teacher", "dataset": "CelebA"}]}""");
        List<EntityMention> mentions = List.of(metric("IS"), method("Student", MethodRole.PROPOSED),
                method("Teacher", MethodRole.COMPARED), dataset("CelebA"));
        PaperFacts facts = new PaperFacts(Paper.of("A student", s, null), mentions, List.of(),
                List.of(result(s, "166.5", null, "student", "celeba"), result(s, "150.2", "is", "student", null),
                        result(s, "99", "is", null, null)));
        List<SlotTraining.Example> examples = SlotTraining.examples(3, List.of(new Extraction(facts, List.of())), List.of(gold));
        // 166.5: metric (IS, none) and method (Student, Teacher, none); its dataset is null in the gold
        // 150.2: metric, method, dataset (CelebA, none); 99: no gold result with that value
        assertEquals(2 + 3 + 2 + 3 + 2, examples.size());
        assertEquals(5, examples.stream().filter(SlotTraining.Example::right).count());
        assertTrue(examples.stream().allMatch(e -> e.fold() == 3));
        assertTrue(examples.stream().filter(e -> e.slot() == ResultSlot.METHOD && e.right())
                .anyMatch(e -> e.features().containsKey("role=compared")), "the Teacher's own score is the Teacher's");
    }

    @Test
    void aModelLearnsToPreferTheMetricRightAfterTheNumberOverTheRulesChoiceBeforeIt() {
        List<SlotTraining.Example> examples = new ArrayList<>();
        String[] names = {"BLEU", "accuracy", "F1", "recall", "precision"};
        for (int i = 0; i < 60; i++) {
            String before = names[i % names.length];
            String after = names[(i + 1 + i / 7 % 3) % names.length];
            String s = "Measured by " + before + ", the model reaches " + (50 + i) + ".5 " + after + " on the test set.";
            List<EntityMention> mentions = List.of(metric(before), metric(after));
            String json = String.format("""
                    {"title": "t%d", "metrics": [{"name": "%s"}, {"name": "%s"}],
                     "results": [{"value": %d.5, "metric": "%s"}]}""", i, before, after, 50 + i, after);
            PaperFacts facts = new PaperFacts(Paper.of("t" + i, s, null), mentions, List.of(),
                    List.of(result(s, (50 + i) + ".5", before.toLowerCase(), null, null)));
            try {
                examples.addAll(SlotTraining.examples(i % 5, List.of(new Extraction(facts, List.of())), List.of(JSON.readTree(json))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        ResultSlots slots = SlotTraining.fit(examples, fold -> fold != 0);
        String s = "Measured by recall, our tagger reaches 71.5 precision on the test set.";
        Paper paper = Paper.of("unseen", s, null);
        List<ClaimedResult> rechosen = slots.rechoose(paper, List.of(result(s, "71.5", "recall", null, null)),
                List.of(metric("recall"), metric("precision")));
        assertEquals("precision", rechosen.get(0).metricKey());
    }

    @Test
    void candidatesTheFilterDidNotKeepAreChoicesWhereTheSentenceNamesThem() {
        String s = "Our attack extends the backdoor lifespan by 4.2x on CIFAR-10.";
        List<EntityMention> mentions = List.of(metric("accuracy"), dataset("CIFAR-10"));
        List<EntityMention> offered = List.of(metric("backdoor lifespan").withConfidence(0.45),
                metric("accuracy").withConfidence(0.4), metric("robustness").withConfidence(0.6));
        List<ResultSlotFeatures.Choice> choices = ResultSlotFeatures.of(ResultSlot.METRIC,
                result(s, "4.2", null, null, "cifar-10"), mentions, offered, ResultSlotFeatures.PaperWords.of(Paper.of("t", s, null)));
        assertEquals(List.of("accuracy", "backdoor lifespan"), choices.stream().map(ResultSlotFeatures.Choice::key)
                .filter(java.util.Objects::nonNull).toList(), "a kept metric once; an offer the sentence does not name is none");
        Map<String, Double> lifespan = featuresOf(choices, "backdoor lifespan");
        assertTrue(lifespan.containsKey("offered") && lifespan.containsKey("offered&belief=4"), lifespan.toString());
        assertFalse(featuresOf(choices, "accuracy").containsKey("offered"));
    }

    @Test
    void aChosenOfferBecomesAMentionOfThePaper() throws Exception {
        List<SlotTraining.Example> examples = new ArrayList<>();
        String[] names = {"backdoor lifespan", "activation memory", "label efficiency", "search cost", "step size"};
        for (int i = 0; i < 60; i++) {
            String name = names[i % names.length];
            String s = "Our method improves the " + name + " by " + (2 + i) + ".5x over the accuracy of baselines.";
            String json = String.format("""
                    {"title": "t%d", "metrics": [{"name": "%s"}], "results": [{"value": %d.5, "metric": "%s"}]}""",
                    i, name, 2 + i, name);
            PaperFacts facts = new PaperFacts(Paper.of("t" + i, s, null), List.of(metric("accuracy")), List.of(),
                    List.of(result(s, (2 + i) + ".5", "accuracy", null, null)));
            examples.addAll(SlotTraining.examples(i % 5, List.of(new Extraction(facts,
                    List.of(metric(name).withConfidence(0.5), metric("baselines").withConfidence(0.3)))), List.of(JSON.readTree(json))));
        }
        ResultSlots slots = SlotTraining.fit(examples, fold -> true);
        String s = "Our method improves the peak memory by 3.5x over the accuracy of baselines.";
        PaperFacts facts = new PaperFacts(Paper.of("unseen", s, null), List.of(metric("accuracy")), List.of(),
                List.of(result(s, "3.5", "accuracy", null, null)));
        ResultSlots.Chosen chosen = slots.choose(new Extraction(facts, List.of(metric("peak memory").withConfidence(0.5))));
        assertEquals("peak memory", chosen.facts().results().get(0).metricKey());
        assertTrue(chosen.facts().mentions().stream().anyMatch(m -> m.key().equals("peak memory")),
                "the adopted metric is one of the paper's mentions: " + chosen.facts().mentions());
    }
}
