package org.paperkg.extract;

import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.MetricDirection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence that a claimed result is read right, as named features for {@link ResultConfidence}: what the
 * rules attached to the number and how (their own confidence says which rule read the metric), whether the
 * metric and dataset are named in the result's own sentence, how crowded that sentence is with numbers, and
 * how sure the filter is of the entities it names.
 */
public final class ResultFeatures {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** Counts of numbers in the sentence above this share one feature. */
    private static final int MAX_COUNTED_NUMBERS = 6;
    /** Entity counts of a paper above this share one feature. */
    private static final int MAX_COUNTED_ENTITIES = 3;
    /** Entity confidences are given in this many bins. */
    private static final int CONFIDENCE_BINS = 5;
    /** Characters between a value and a name within which they are "near" (about three words). */
    private static final int NEAR_CHARS = 20;
    /**
     * Substrings of the lower-cased sentence, each a feature "cue=..." of the trained confidence model. Kept here,
     * not in a cue list: their spaces matter (" than " is a whole word, "improv" a stem) and an edit needs a retrain.
     */
    private static final List<String> SENTENCE_CUES = List.of("respectively", " from ", " vs", " than ", "improv",
            "outperform", "reduc", "up to", "only");

    private ResultFeatures() {
    }

    public static Map<String, Double> of(ClaimedResult r, List<EntityMention> mentions) {
        return of(r, mentions, Map.of());
    }

    /** @param belief how likely the learned choice of each slot is right ({@link ResultSlots}), empty without one */
    public static Map<String, Double> of(ClaimedResult r, List<EntityMention> mentions, Map<ResultSlot, Double> belief) {
        Map<String, Double> f = new TreeMap<>();
        belief.forEach((slot, p) -> f.put(slot.name().toLowerCase(Locale.ROOT) + "Belief="
                + Math.min(CONFIDENCE_BINS - 1, (int) (p * CONFIDENCE_BINS)), 1.0));
        String sentence = r.evidence().text();
        String lower = sentence.toLowerCase(Locale.ROOT);
        f.put("bias", 1.0);
        f.put("rule=" + String.format(Locale.ROOT, "%.2f", r.confidence()), 1.0);
        f.put("kind=" + r.kind(), 1.0);
        f.put("unit=" + unitClass(r.unit()), 1.0);
        f.put("direction=" + (r.metricDirection() == MetricDirection.UNKNOWN ? "unknown" : "known"), 1.0);
        int at = lower.indexOf(r.value().toPlainString());
        reference(f, "metric", r.metricKey(), EntityType.METRIC, mentions, lower, at);
        reference(f, "dataset", r.datasetKey(), EntityType.DATASET, mentions, lower, at);
        reference(f, "method", r.methodKey(), EntityType.METHOD, mentions, lower, at);
        if (r.baselineKey() != null || r.baselineText() != null) {
            f.put("baseline", 1.0);
        }
        int numbers = 0;
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            numbers++;
        }
        f.put("numbers=" + Math.min(numbers, MAX_COUNTED_NUMBERS), 1.0);
        f.put("datasetsInPaper=" + Math.min(count(mentions, EntityType.DATASET), MAX_COUNTED_ENTITIES), 1.0);
        f.put("metricsInPaper=" + Math.min(count(mentions, EntityType.METRIC), MAX_COUNTED_ENTITIES), 1.0);
        for (String cue : SENTENCE_CUES) {
            if (lower.contains(cue)) {
                f.put("cue=" + cue.strip(), 1.0);
            }
        }
        double v = Math.abs(r.value().doubleValue());
        f.put("magnitude=" + (v < 1 ? "<1" : v < 10 ? "<10" : v < 100 ? "<100" : ">=100"), 1.0);
        return f;
    }

    /** Whether a reference is there, named in the sentence itself, and how sure the filter is of it. */
    private static void reference(Map<String, Double> f, String role, String key, EntityType type,
                                  List<EntityMention> mentions, String sentence, int valueAt) {
        if (key == null) {
            f.put(role + "=none", 1.0);
            return;
        }
        EntityMention e = mentions.stream().filter(x -> x.type() == type && x.key().equals(key)).findFirst().orElse(null);
        if (e == null) {
            f.put(role + "=implied", 1.0);
            return;
        }
        int nearest = -1;
        for (String form : forms(e)) {
            int i = sentence.indexOf(form.toLowerCase(Locale.ROOT));
            if (i >= 0 && (nearest < 0 || Math.abs(i - valueAt) < Math.abs(nearest - valueAt))) {
                nearest = i;
            }
        }
        f.put(role + "=" + (nearest >= 0 ? "inSentence" : "elsewhere"), 1.0);
        if (nearest >= 0 && valueAt >= 0) {
            int gap = Math.abs(nearest - valueAt);
            f.put(role + "Gap=" + (nearest < valueAt ? "before" : "after") + (gap <= NEAR_CHARS ? "Near" : gap <= 3 * NEAR_CHARS ? "Mid" : "Far"), 1.0);
        }
        f.put(role + "Known=" + (e.canonical() != null), 1.0);
        f.put(role + "Confidence=" + Math.min(CONFIDENCE_BINS - 1, (int) (e.confidence() * CONFIDENCE_BINS)), 1.0);
    }

    /** An entity's name and aliases, name first. */
    static List<String> forms(EntityMention e) {
        List<String> forms = new java.util.ArrayList<>(e.aliases());
        forms.add(0, e.name());
        return forms;
    }

    private static int count(List<EntityMention> mentions, EntityType type) {
        return (int) mentions.stream().filter(x -> x.type() == type).count();
    }

    private static String unitClass(String unit) {
        if (unit == null) {
            return "none";
        }
        return switch (unit) {
            case "%", "x", "pp", "points" -> unit;
            default -> "other";
        };
    }
}
