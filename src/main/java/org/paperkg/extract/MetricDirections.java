package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.MetricDirection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The direction of each metric: the {@code #higher} / {@code #lower} marker of its line in {@code metrics.txt};
 * for a metric the lexicon does not know ("joint goal accuracy", "validation loss"), the last word of its name
 * when that word settles it; else unknown.
 */
public final class MetricDirections {
    /** Last words that say which way a metric named by a phrase improves. */
    private static final Map<String, MetricDirection> BY_HEAD_WORD = new HashMap<>();

    static {
        for (String w : List.of("accuracy", "accuracies", "precision", "recall", "f1", "f-measure", "f1-score",
                "bleu", "rouge", "map", "ap", "auc", "auroc", "iou", "miou", "speedup", "speed-up", "throughput",
                "psnr", "ssim", "reward", "return", "recovery", "robustness", "fps")) {
            BY_HEAD_WORD.put(w, MetricDirection.HIGHER_IS_BETTER);
        }
        for (String w : List.of("error", "errors", "loss", "latency", "perplexity", "ppl", "fid", "time", "cost",
                "costs", "overhead", "parameters", "flops", "macs", "footprint", "consumption", "distance", "bpc",
                "bpd", "emissions", "regret")) {
            BY_HEAD_WORD.put(w, MetricDirection.LOWER_IS_BETTER);
        }
    }

    private final Map<String, MetricDirection> byKey = new HashMap<>();

    private MetricDirections() {
    }

    /** The directions of the bundled metric lexicon. */
    public static MetricDirections bundled() {
        MetricDirections d = new MetricDirections();
        for (String line : Lexicon.lines("/org/paperkg/lexicon/metrics.txt")) {
            Lexicon.Line parsed = Lexicon.Line.parse(line);
            if (parsed.forms().isEmpty() || parsed.direction() == null) {
                continue;
            }
            MetricDirection dir = parsed.direction().equals("higher") ? MetricDirection.HIGHER_IS_BETTER
                    : MetricDirection.LOWER_IS_BETTER;
            d.byKey.putIfAbsent(TermKey.of(parsed.forms().get(0)), dir);
        }
        return d;
    }

    /** The direction of the metric with this key (its lexicon key, or the key of the phrase naming it). */
    public MetricDirection of(String metricKey, String name) {
        if (metricKey == null) {
            return MetricDirection.UNKNOWN;
        }
        MetricDirection known = byKey.get(metricKey);
        if (known != null) {
            return known;
        }
        if (name == null || name.isBlank()) {
            return MetricDirection.UNKNOWN;
        }
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("[\\s/]+");
        return BY_HEAD_WORD.getOrDefault(words[words.length - 1], MetricDirection.UNKNOWN);
    }
}
