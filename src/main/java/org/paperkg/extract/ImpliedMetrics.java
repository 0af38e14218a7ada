package org.paperkg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words that name the metric of a comparison though they are not metric names ("34% fewer parameters",
 * "3x faster", "90% sparsity"): {@code implied-metrics.txt}.
 */
final class ImpliedMetrics {
    private final Map<String, String> metricByWord = new HashMap<>();

    static ImpliedMetrics bundled() {
        ImpliedMetrics implied = new ImpliedMetrics();
        for (String line : Lexicon.lines("/org/paperkg/lexicon/implied-metrics.txt")) {
            String[] parts = line.split("\t");
            implied.metricByWord.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return implied;
    }

    /** The metric a word implies, by its canonical name. */
    Optional<String> metricOf(String word) {
        return Optional.ofNullable(metricByWord.get(word.toLowerCase(Locale.ROOT)));
    }
}
