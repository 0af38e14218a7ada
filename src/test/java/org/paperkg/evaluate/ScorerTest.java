package org.paperkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.EvalFiles;
import org.paperkg.External;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode rec(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void goldScoredAgainstItselfIsPerfect() throws Exception {
        JsonNode g = rec("{\"title\":\"T\",\"methods\":[{\"name\":\"FastNet\",\"role\":\"proposed\"}],"
                + "\"datasets\":[{\"name\":\"CIFAR-10\"}],\"metrics\":[{\"name\":\"accuracy\"}],\"tasks\":[],"
                + "\"code\":[\"https://github.com/a/b\"],\"results\":[{\"value\":91.2,\"metric\":\"accuracy\","
                + "\"method\":\"FastNet\",\"dataset\":\"CIFAR-10\"}]}");
        Score s = Scorer.score(List.of(g), List.of(g));
        for (String figure : List.of("methods", "datasets", "metrics", "proposed", "code", "results.full")) {
            assertEquals(1.0, s.figures().get(figure).f1(), figure);
        }
    }

    @Test
    void twoPredictionsOfOneGoldEntityAreOneHitAndOneFalsePositive() throws Exception {
        JsonNode g = rec("{\"title\":\"T\",\"datasets\":[{\"name\":\"ImageNet\",\"aliases\":[\"ImageNet-1k\"]}]}");
        JsonNode p = rec("{\"title\":\"t\",\"datasets\":[{\"name\":\"ImageNet\"},{\"name\":\"ImageNet-1k\"}]}");
        assertEquals(new Figures(1, 1, 0), Scorer.score(List.of(g), List.of(p)).figures().get("datasets"));
    }

    @Test
    void optionalGoldEntitiesNeitherCountNorPenalise() throws Exception {
        JsonNode g = rec("{\"title\":\"T\",\"metrics\":[{\"name\":\"latency\",\"optional\":true},{\"name\":\"FLOPs\"}]}");
        JsonNode p = rec("{\"title\":\"T\",\"metrics\":[{\"name\":\"latency\"}]}");
        assertEquals(new Figures(0, 0, 1), Scorer.score(List.of(g), List.of(p)).figures().get("metrics"));
    }

    @Test
    void figuresEqualThoseOfTheReferenceScorer(@TempDir Path tmp) throws Exception {
        External.requireRuns("python3", "--version");
        Path score = EvalFiles.path("score.py");
        Path gold = EvalFiles.path("dev.jsonl");
        // A prediction made from the gold itself with every other entity dropped and values shifted: imperfect on purpose.
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(line);
            if (n++ % 2 == 0 && node.get("methods").size() > 0) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node.get("methods")).remove(0);
            }
            lines.add(JSON.writeValueAsString(node));
        }
        Path pred = tmp.resolve("pred.jsonl");
        Files.write(pred, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", score.toString(), gold.toString(), pred.toString(), "--json")
                .redirectErrorStream(true).start();
        JsonNode reference = JSON.readTree(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "score.py failed");
        Score ours = Scorer.score(gold, pred);
        for (String figure : List.of("methods", "datasets", "metrics", "tasks", "proposed", "code", "entities_micro")) {
            JsonNode r = reference.get(figure);
            Figures f = ours.figures().get(figure);
            assertEquals(List.of(r.get("tp").asInt(), r.get("fp").asInt(), r.get("fn").asInt()), List.of(f.tp(), f.fp(), f.fn()), figure);
        }
        for (String level : List.of("value", "value_metric", "full")) {
            JsonNode r = reference.get("results").get(level);
            Figures f = ours.figures().get("results." + level);
            assertEquals(List.of(r.get("tp").asInt(), r.get("fp").asInt(), r.get("fn").asInt()), List.of(f.tp(), f.fp(), f.fn()), level);
        }
    }
}
