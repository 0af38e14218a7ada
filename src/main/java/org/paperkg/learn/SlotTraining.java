package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.evaluate.Scorer;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ResultSlot;
import org.paperkg.extract.ResultSlotFeatures;
import org.paperkg.extract.ResultSlots;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.PaperFacts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns {@link ResultSlots} from held-out extractions: each claimed result is paired with the first unused
 * gold result of its paper with the same value (as score.py pairs them), and for every slot where that gold
 * result names an entity the paper's choices are labelled right when they name it (any of its gold forms).
 * Slots the gold leaves empty, and those whose gold entity no choice names, teach nothing.
 */
final class SlotTraining {
    /** One choice for one slot of one held-out result. */
    record Example(int fold, ResultSlot slot, Map<String, Double> features, boolean right) {
    }

    private SlotTraining() {
    }

    /** The labelled choices of one fold's extraction ({@code gold} in the same order as {@code facts}). */
    static List<Example> examples(int fold, List<Extraction> extractions, List<JsonNode> gold) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < extractions.size(); i++) {
            PaperFacts pf = extractions.get(i).facts();
            List<EntityMention> offered = extractions.get(i).offered();
            // a choice's name: an offered candidate's, else a kept mention's
            List<EntityMention> named = new ArrayList<>(offered);
            named.addAll(pf.mentions());
            JsonNode g = gold.get(i);
            ResultSlotFeatures.PaperWords words = ResultSlotFeatures.PaperWords.of(pf.paper());
            Map<ResultSlot, Map<String, Set<String>>> forms = new EnumMap<>(ResultSlot.class);
            for (ResultSlot slot : ResultSlot.values()) {
                forms.put(slot, Scorer.formsByName(g, plural(slot)));
            }
            List<JsonNode> goldResults = new ArrayList<>();
            g.path("results").forEach(goldResults::add);
            boolean[] used = new boolean[goldResults.size()];
            for (ClaimedResult r : pf.results()) {
                JsonNode match = pair(r, goldResults, used);
                if (match == null) {
                    continue;
                }
                for (ResultSlot slot : ResultSlot.values()) {
                    String goldName = match.path(field(slot)).asText("");
                    if (goldName.isEmpty()) {
                        continue;
                    }
                    List<ResultSlotFeatures.Choice> choices = ResultSlotFeatures.of(slot, r, pf.mentions(), offered, words);
                    List<Boolean> right = choices.stream().map(c -> c.key() != null
                            && Scorer.sameRef(goldName, ResultTraining.nameOf(c.key(), slot.type(), named, r.evidence().text()), forms.get(slot))).toList();
                    if (!right.contains(true)) {
                        continue;
                    }
                    for (int c = 0; c < choices.size(); c++) {
                        out.add(new Example(fold, slot, choices.get(c).features(), right.get(c)));
                    }
                }
            }
        }
        return out;
    }

    /** A model from the examples that {@code use} accepts. */
    static ResultSlots fit(List<Example> examples, java.util.function.IntPredicate useFold) {
        Map<ResultSlot, List<Map<String, Double>>> features = new EnumMap<>(ResultSlot.class);
        Map<ResultSlot, List<Boolean>> right = new EnumMap<>(ResultSlot.class);
        for (Example e : examples) {
            if (useFold.test(e.fold())) {
                features.computeIfAbsent(e.slot(), s -> new ArrayList<>()).add(e.features());
                right.computeIfAbsent(e.slot(), s -> new ArrayList<>()).add(e.right());
            }
        }
        return ResultSlots.fit(features, right);
    }

    /** The first unused gold result with the result's value, marked used; null when none. */
    private static JsonNode pair(ClaimedResult r, List<JsonNode> goldResults, boolean[] used) {
        double v = r.value().doubleValue();
        for (int j = 0; j < goldResults.size(); j++) {
            if (!used[j] && ResultTraining.sameValue(goldResults.get(j).get("value"), v)) {
                used[j] = true;
                return goldResults.get(j);
            }
        }
        return null;
    }

    private static String field(ResultSlot slot) {
        return slot.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String plural(ResultSlot slot) {
        return field(slot) + "s";
    }
}
