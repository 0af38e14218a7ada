package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.EvalFiles;
import org.paperkg.External;
import org.paperkg.HandMadeFacts;
import org.paperkg.SharedExtractor;
import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildOptions;
import org.paperkg.build.BuildReport;
import org.paperkg.build.GraphBuild;
import org.paperkg.model.PaperFacts;
import org.paperkg.store.KgStore;

/** The JSON-lines export of shared/eval/FORMAT.md. */
class JsonLinesExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RECORD_KEYS = Set.of("id", "title", "methods", "datasets", "metrics", "tasks", "code", "results");
    private static final Set<String> RESULT_KEYS = Set.of("value", "unit", "metric", "method", "dataset", "baseline", "kind", "evidence");
    private static final String[] ENTITY_KEYS = {"methods", "datasets", "metrics", "tasks"};

    @TempDir
    Path dir;

    static List<JsonNode> export(KgStore store) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.byName("jsonl").exporter().export(store, out);
        return parseLines(out.toString(StandardCharsets.UTF_8));
    }

    static List<JsonNode> parseLines(String text) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    /** Entities are a set per type: sorted by name so that the golden file does not fix an order. */
    private static Map<String, JsonNode> normalized(List<JsonNode> records) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode r : records) {
            ObjectNode copy = r.deepCopy();
            for (String key : ENTITY_KEYS) {
                List<JsonNode> items = new ArrayList<>();
                copy.withArray(key).forEach(items::add);
                items.sort(Comparator.comparing(n -> n.path("name").asText()));
                ArrayNode sorted = JSON.createArrayNode();
                items.forEach(sorted::add);
                copy.set(key, sorted);
            }
            byId.put(r.get("id").asText(), copy);
        }
        return byId;
    }

    private KgStore handMadeStore() {
        KgStore store = KgStore.open(dir.resolve("db"));
        store.replace(List.of(HandMadeFacts.paperA(), HandMadeFacts.paperB()));
        return store;
    }

    @Test
    void onePaperIsOneLine() throws IOException {
        try (KgStore store = handMadeStore()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportFormats.byName("jsonl").exporter().export(store, out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n"));
            assertEquals(2, text.split("\n").length, text);
        }
    }

    @Test
    void everyRecordHasTheKeysOfTheFormat() throws IOException {
        try (KgStore store = handMadeStore()) {
            for (JsonNode r : export(store)) {
                assertEquals(RECORD_KEYS, keys(r), r.toString());
                assertTrue(r.get("id").isTextual() && !r.get("id").asText().isBlank());
                assertTrue(r.get("title").isTextual());
                for (String key : ENTITY_KEYS) {
                    for (JsonNode e : r.get(key)) {
                        assertTrue(e.get("name").isTextual(), e.toString());
                        assertEquals("methods".equals(key), e.has("role"), e.toString());
                        if (e.has("aliases")) {
                            assertTrue(e.get("aliases").isArray() && e.get("aliases").size() > 0, e.toString());
                        }
                        if (e.has("role")) {
                            assertTrue(Set.of("proposed", "compared", "used").contains(e.get("role").asText()));
                        }
                    }
                }
                r.get("code").forEach(u -> assertTrue(u.isTextual()));
                for (JsonNode res : r.get("results")) {
                    assertEquals(RESULT_KEYS, keys(res), res.toString());
                    assertTrue(res.get("value").isNumber(), res.toString());
                    assertTrue(Set.of("absolute", "relative").contains(res.get("kind").asText()));
                    assertTrue(res.get("evidence").isTextual());
                }
            }
        }
    }

    @Test
    void exportMatchesTheGoldenFile() throws IOException {
        List<JsonNode> golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/export/hand-made-two-papers.jsonl")) {
            assertNotNull(in);
            golden = parseLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (KgStore store = handMadeStore()) {
            List<JsonNode> actual = export(store);
            assertEquals(normalized(golden), normalized(actual));
            assertEquals(List.of("pa", "pb"), actual.stream().map(r -> r.get("id").asText()).toList(), "stable order");
        }
    }

    @Test
    void valueIsANumberNotAString() throws IOException {
        try (KgStore store = handMadeStore()) {
            JsonNode value = export(store).get(0).get("results").get(0).get("value");
            assertTrue(value.isNumber(), value.toString());
            assertEquals(0, value.decimalValue().compareTo(new java.math.BigDecimal("1.5")));
        }
    }

    @Test
    void paperWithoutIdStillGetsAnId() throws IOException {
        try (KgStore store = KgStore.inMemory()) {
            store.replace(List.of(new PaperFacts(HandMadeFacts.paper(null, "Untitled Work", "Text."), List.of(), List.of(), List.of())));
            JsonNode r = export(store).get(0);
            assertFalse(r.get("id").asText().isBlank());
            assertEquals("Untitled Work", r.get("title").asText());
        }
    }

    @Test
    void unknownFormatIsRejectedWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormats.byName("nope"));
        assertTrue(e.getMessage().contains("jsonl"), e.getMessage());
    }

    @Test
    void scorerAcceptsTheExportOfAnExtractedStore() throws Exception {
        External.requireRuns("python3", "--version");
        Path score = EvalFiles.path("score.py");
        Path input = Path.of(getClass().getResource("/cli/two-papers.jsonl").toURI());
        Path gold = Path.of(getClass().getResource("/export/gold-two-papers.jsonl").toURI());
        Path pred = dir.resolve("pred.jsonl");
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            BuildReport report = new GraphBuild(store, SharedExtractor.get(), new BuildOptions(false, false, 8, 2),
                    BuildListener.SILENT).run(List.of(input), null);
            assertEquals(2, report.extracted(), report.toString());
            try (var out = Files.newOutputStream(pred)) {
                ExportFormats.byName("jsonl").exporter().export(store, out);
            }
        }
        Process p = new ProcessBuilder("python3", score.toString(), gold.toString(), pred.toString(), "--json")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        JsonNode figures = JSON.readTree(output);
        assertEquals(2, figures.path("papers").path("gold").asInt(), output);
        assertTrue(figures.path("datasets").path("tp").asInt() >= 1, output);
        assertTrue(figures.path("results").path("value").path("tp").asInt() >= 1, output);
    }

    private static JsonNode byId(List<JsonNode> records, String id) {
        return records.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode named(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (name.equals(n.path("name").asText())) {
                return n;
            }
        }
        throw new AssertionError("no '" + name + "' in " + array);
    }

    @Test
    void extractedPapersExportTheirEntitiesRolesLinksAndResults() throws Exception {
        Path input = Path.of(getClass().getResource("/cli/two-papers.jsonl").toURI());
        try (KgStore store = KgStore.inMemory()) {
            new GraphBuild(store, SharedExtractor.get(), new BuildOptions(false, false, 8, 2), BuildListener.SILENT)
                    .run(List.of(input), null);
            List<JsonNode> records = export(store);
            assertEquals(2, records.size());
            JsonNode t1 = byId(records, "t1");
            assertEquals("TurboNet: Faster Image Models for Phones", t1.get("title").asText());
            assertEquals("proposed", named(t1.get("methods"), "TurboNet").get("role").asText());
            assertEquals("compared", named(t1.get("methods"), "MobileNetV2").get("role").asText());
            named(t1.get("datasets"), "ImageNet");
            named(t1.get("metrics"), "top-1 accuracy");
            assertEquals("https://github.com/owner/turbonet", t1.get("code").get(0).asText());
            JsonNode r = t1.get("results").get(0);
            assertEquals(1, t1.get("results").size(), t1.toString());
            assertEquals(0, r.get("value").decimalValue().compareTo(new java.math.BigDecimal("1.5")));
            assertEquals("%", r.get("unit").asText());
            assertEquals("relative", r.get("kind").asText());
            assertEquals("top-1 accuracy", r.get("metric").asText());
            assertEquals("ImageNet", r.get("dataset").asText());
            assertEquals("TurboNet", r.get("method").asText());
            assertEquals("MobileNetV2", r.get("baseline").asText());
            assertTrue(r.get("evidence").asText().contains("1.5%"));

            JsonNode t2 = byId(records, "t2");
            named(t2.get("tasks"), "image classification");
            assertEquals(2, t2.get("results").size(), t2.toString());
            JsonNode abs = t2.get("results").get(0);
            assertEquals("absolute", abs.get("kind").asText(), abs.toString());
            assertEquals(0, abs.get("value").decimalValue().compareTo(new java.math.BigDecimal("71.2")));
            JsonNode speed = t2.get("results").get(1);
            assertEquals("x", speed.get("unit").asText(), speed.toString());
            assertEquals("relative", speed.get("kind").asText(), speed.toString());
            assertTrue(speed.get("baseline").asText().contains("dense model"), speed.toString());
        }
    }

    private static Set<String> keys(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
