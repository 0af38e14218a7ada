package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The learned choice of each claimed result's metric, method and dataset among the paper's entities (or none):
 * per slot, logistic regression over {@link ResultSlotFeatures} scores every choice, the rules' own choice being
 * one feature, and the likeliest choice fills the slot. Trained on held-out extractions labelled by gold
 * results, it replaces the rules' choice only where the evidence around the number says otherwise.
 */
public final class ResultSlots implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final String RIGHT = "right";
    static final String WRONG = "wrong";
    /** Gaussian prior of the slot classifiers: head-word-with-unit features are sparse and would memorise papers. */
    private static final double PRIOR_SIGMA = 0.5;

    /**
     * How likely right an offered candidate must be to become a result's choice, and so a mention of the paper:
     * chosen on the cross-validation folds among 0.4 and 0.5 (below, most adopted entities are not the gold's).
     */
    private static final double ADOPTION_BELIEF = 0.4;

    private final EnumMap<ResultSlot, LinearClassifier<String, String>> bySlot;

    private ResultSlots(EnumMap<ResultSlot, LinearClassifier<String, String>> bySlot) {
        this.bySlot = bySlot;
    }

    /** Fits one classifier per slot on choices' features and whether each was the gold one; slots without both kinds are left to the rules. */
    public static ResultSlots fit(Map<ResultSlot, List<Map<String, Double>>> features, Map<ResultSlot, List<Boolean>> right) {
        EnumMap<ResultSlot, LinearClassifier<String, String>> bySlot = new EnumMap<>(ResultSlot.class);
        for (ResultSlot slot : ResultSlot.values()) {
            List<Boolean> y = right.getOrDefault(slot, List.of());
            if (y.contains(true) && y.contains(false)) {
                bySlot.put(slot, CandidateModels.fitFeatures(features.get(slot), y.stream().map(b -> b ? RIGHT : WRONG).toList(),
                        PRIOR_SIGMA));
            }
        }
        return new ResultSlots(bySlot);
    }

    /**
     * A paper's facts with each result's learned slots filled by their likeliest choice, an offered candidate
     * that a result chose now one of the paper's mentions; and per result how likely each learned slot's choice is right.
     */
    public record Chosen(PaperFacts facts, List<Map<ResultSlot, Double>> beliefs) {
    }

    /** The paper's results with each learned slot filled by its likeliest choice (no offered candidates). */
    public List<ClaimedResult> rechoose(Paper paper, List<ClaimedResult> results, List<EntityMention> mentions) {
        return choose(new Extraction(new PaperFacts(paper, mentions, List.of(), results), List.of())).facts().results();
    }

    /** The extraction's results with each learned slot filled by its likeliest choice, and that choice's probability. */
    public Chosen choose(Extraction extraction) {
        PaperFacts facts = extraction.facts();
        List<ClaimedResult> results = facts.results();
        List<EntityMention> mentions = facts.mentions();
        if (results.isEmpty()) {
            return new Chosen(facts, List.of());
        }
        ResultSlotFeatures.PaperWords words = ResultSlotFeatures.PaperWords.of(facts.paper());
        MetricDirections directions = MetricDirections.bundled();
        Map<String, EntityMention> adopted = new java.util.LinkedHashMap<>();
        List<ClaimedResult> chosenResults = new ArrayList<>(results.size());
        List<Map<ResultSlot, Double>> beliefs = new ArrayList<>(results.size());
        for (ClaimedResult r : results) {
            ClaimedResult chosen = r;
            Map<ResultSlot, Double> belief = new EnumMap<>(ResultSlot.class);
            for (Map.Entry<ResultSlot, LinearClassifier<String, String>> e : bySlot.entrySet()) {
                ResultSlot slot = e.getKey();
                ResultSlotFeatures.Choice best = likeliest(e.getValue(),
                        ResultSlotFeatures.of(slot, r, mentions, extraction.offered(), words));
                belief.put(slot, probability(e.getValue(), best.features()));
                if (java.util.Objects.equals(best.key(), slot.keyOf(chosen))) {
                    continue;
                }
                String key = best.key();
                EntityMention named = key == null ? null : mentions.stream()
                        .filter(m -> m.type() == slot.type() && m.key().equals(key)).findFirst().orElse(null);
                if (key != null && named == null) {
                    named = extraction.offered().stream()
                            .filter(m -> m.type() == slot.type() && m.key().equals(key)).findFirst().orElseThrow();
                    adopted.putIfAbsent(key, named);
                }
                chosen = slot.with(chosen, key);
                if (slot == ResultSlot.METRIC) {
                    chosen = new ClaimedResult(chosen.value(), chosen.unit(), chosen.metricKey(), chosen.methodKey(),
                            chosen.datasetKey(), chosen.baselineKey(), chosen.baselineText(), chosen.kind(),
                            chosen.evidence(), chosen.confidence(), directions.of(key, named == null ? null : named.name()));
                }
            }
            chosenResults.add(chosen);
            beliefs.add(belief);
        }
        List<EntityMention> all = mentions;
        if (!adopted.isEmpty()) {
            all = new ArrayList<>(mentions);
            all.addAll(adopted.values());
        }
        return new Chosen(new PaperFacts(facts.paper(), all, facts.codeUrls(), chosenResults), beliefs);
    }

    /**
     * The likeliest choice; a candidate that is not yet one of the paper's mentions only where its probability
     * reaches {@link #ADOPTION_BELIEF}, since choosing it adds an entity to the paper.
     */
    private static ResultSlotFeatures.Choice likeliest(LinearClassifier<String, String> classifier,
                                                       List<ResultSlotFeatures.Choice> choices) {
        ResultSlotFeatures.Choice best = null;
        double bestP = -1;
        for (ResultSlotFeatures.Choice c : choices) {
            double p = probability(classifier, c.features());
            boolean adopting = c.key() != null && c.features().containsKey(ResultSlotFeatures.OFFERED);
            if (p > bestP && (!adopting || p >= ADOPTION_BELIEF)) {
                bestP = p;
                best = c;
            }
        }
        return best;
    }

    static double probability(LinearClassifier<String, String> classifier, Map<String, Double> features) {
        return classifier.probabilityOf(new RVFDatum<>(CandidateModels.counter(features))).getCount(RIGHT);
    }

    void write(OutputStream out) throws IOException {
        CandidateModels.write(this, out);
    }

    static ResultSlots read(InputStream in) throws IOException {
        return CandidateModels.read(in, ResultSlots.class, "result slots");
    }
}
