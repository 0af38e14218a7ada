package org.paperkg.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scoring run, named as in shared/eval/score.py: methods, datasets, metrics, tasks,
 * proposed, code, entities_micro, results.value, results.value_metric, results.full.
 */
public record Score(Map<String, Figures> figures, int goldPapers, List<String> missingPapers) {
    public Score {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        missingPapers = List.copyOf(missingPapers);
    }

    /** A table like score.py's. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-22s%7s%7s%7s%6s%6s%6s%n", "figure", "P", "R", "F1", "tp", "fp", "fn"));
        figures.forEach((name, f) -> sb.append(String.format(java.util.Locale.ROOT, "%-22s%7.3f%7.3f%7.3f%6d%6d%6d%n",
                name, f.precision(), f.recall(), f.f1(), f.tp(), f.fp(), f.fn())));
        if (!missingPapers.isEmpty()) {
            sb.append(String.format("papers missing in prediction: %d of %d%n", missingPapers.size(), goldPapers));
        }
        return sb.toString();
    }
}
