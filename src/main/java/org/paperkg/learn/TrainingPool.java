package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.evaluate.Scorer;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The annotated papers to learn from: gold records (FORMAT.md) joined by normalized title with the texts
 * they annotate, each put in one of k folds by a seeded hash of its title, so that a paper and its gold stay
 * on one side of every split and the same seed gives the same folds on any machine.
 */
public final class TrainingPool {
    /** The name that stands for the bundled sample corpus among input files. */
    public static final String SAMPLE = "sample";

    private TrainingPool() {
    }

    /**
     * @param goldFiles  gold records
     * @param inputs     files with the texts (any format build reads), or {@link #SAMPLE}
     * @param folds      number of cross-validation folds
     * @param seed       seed of the split
     * @param problems   told of input records that could not be read, and of gold papers without a text
     */
    public static List<PoolPaper> load(List<Path> goldFiles, List<String> inputs, int folds, long seed,
                                       Consumer<String> problems) throws IOException {
        Map<String, JsonNode> goldByTitle = new LinkedHashMap<>();
        for (Path g : goldFiles) {
            for (JsonNode record : Scorer.read(g)) {
                goldByTitle.putIfAbsent(Scorer.norm(record.path("title").asText()), record);
            }
        }
        Map<String, Paper> textByTitle = new HashMap<>();
        PaperSink sink = new PaperSink() {
            @Override
            public void paper(Paper paper) {
                textByTitle.putIfAbsent(Scorer.norm(paper.title()), paper);
            }

            @Override
            public void problem(IngestProblem problem) {
                problems.accept(problem.toString());
            }
        };
        for (String in : inputs) {
            if (in.equals(SAMPLE)) {
                PaperInputs.readSample(sink);
            } else {
                PaperInputs.read(Path.of(in), sink);
            }
        }
        List<String> titles = new ArrayList<>();
        for (String title : goldByTitle.keySet()) {
            if (textByTitle.containsKey(title)) {
                titles.add(title);
            } else {
                problems.accept("gold paper without a text in the inputs: " + goldByTitle.get(title).path("title").asText());
            }
        }
        // Sorting by a seeded hash, then dealing the papers out in turn, gives folds of equal size.
        titles.sort(Comparator.comparingLong((String t) -> mix(seed, t)).thenComparing(t -> t));
        List<PoolPaper> out = new ArrayList<>(titles.size());
        for (int i = 0; i < titles.size(); i++) {
            JsonNode gold = goldByTitle.get(titles.get(i));
            out.add(new PoolPaper(textByTitle.get(titles.get(i)), gold, i % folds, forms(gold, false), forms(gold, true),
                    roles(gold)));
        }
        return out;
    }

    private static Map<EntityType, Set<String>> forms(JsonNode gold, boolean optional) {
        Map<EntityType, Set<String>> out = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            Set<String> s = new HashSet<>();
            for (JsonNode e : gold.path(t.plural())) {
                if (e.path("optional").asBoolean(false) == optional) {
                    add(s, e.path("name").asText(""));
                    e.path("aliases").forEach(a -> add(s, a.asText("")));
                }
            }
            out.put(t, s);
        }
        return out;
    }

    private static Map<String, MethodRole> roles(JsonNode gold) {
        Map<String, MethodRole> out = new HashMap<>();
        for (JsonNode m : gold.path("methods")) {
            String role = m.path("role").asText("used").toUpperCase(java.util.Locale.ROOT);
            MethodRole r = switch (role) {
                case "PROPOSED" -> MethodRole.PROPOSED;
                case "COMPARED" -> MethodRole.COMPARED;
                default -> MethodRole.USED;
            };
            Set<String> forms = new HashSet<>();
            add(forms, m.path("name").asText(""));
            m.path("aliases").forEach(a -> add(forms, a.asText("")));
            forms.forEach(f -> out.putIfAbsent(f, r));
        }
        return out;
    }

    private static void add(Set<String> forms, String surface) {
        String f = Scorer.norm(surface);
        if (!f.isEmpty()) {
            forms.add(f);
        }
    }

    /** A 64-bit mix of the seed and a title (splitmix64 finalizer over the title's hash). */
    private static long mix(long seed, String title) {
        long z = seed * 0x9E3779B97F4A7C15L + title.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
