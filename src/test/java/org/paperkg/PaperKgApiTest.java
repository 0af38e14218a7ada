package org.paperkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.BuildReport;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServeOptions;

/** The Java API: build, query with parameters, export, stats, serve; and the README example runs. */
class PaperKgApiTest {
    @TempDir
    Path dir;

    private static void loadFixture(PaperKg kg) {
        Txn.executeWrite(kg.store().dataset(), () -> RDFDataMgr.read(kg.store().dataset(),
                "src/test/resources/fixtures/kg.trig"));
    }

    @Test
    void queryReturnsRowsOfACannedQueryWithParameters() {
        try (PaperKg kg = PaperKg.inMemory()) {
            loadFixture(kg);
            List<Map<String, String>> rows = kg.query("leaderboard", Map.of("dataset", "ImageNet", "metric", "top-1 accuracy"));
            assertEquals(List.of("TinyFormer", "FastNet", "ResNet-50"), rows.stream().map(r -> r.get("methodLabel")).toList());
            assertEquals("83.1", rows.get(0).get("value"));
            assertEquals(4, kg.stats().papers());
            assertThrows(IllegalArgumentException.class, () -> kg.query("leaderboard", Map.of("nope", "x")));
            assertThrows(IllegalArgumentException.class, () -> kg.query("no-such-query", Map.of()));
        }
    }

    @Test
    void readmeExampleRunsOnAStore() {
        Path store = dir.resolve("db");
        try (PaperKg kg = PaperKg.open(store)) {
            loadFixture(kg);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            PaperKgExample.run(store, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        } finally {
            TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString()));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("papers:    4"), out);
        assertTrue(out.contains("  83.1 %   TinyFormer           TinyFormer: A Compact Vision Transformer"), out);
        assertTrue(out.contains("ImageNet 2"), out);
    }

    @Test
    void buildExportAndServeFromTheApi() throws Exception {
        Path input = dir.resolve("two-papers.jsonl");
        try (InputStream in = PaperKgApiTest.class.getResourceAsStream("/cli/two-papers.jsonl")) {
            Files.copy(in, input);
        }
        try (PaperKg kg = PaperKg.inMemory()) {
            BuildReport report = kg.build(List.of(input), SharedExtractor.get());
            assertEquals(2, report.extracted());
            assertEquals(2, kg.stats().papers());
            Path out = dir.resolve("out/kg.jsonl");
            kg.export("jsonl", out);
            assertEquals(2, Files.readAllLines(out).size());
            try (KgServer server = kg.serve(new ServeOptions("127.0.0.1", 0, 5))) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()
                        + "?query=" + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?p a <https://w3id.org/paperkg/ontology#Paper> }",
                        StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals("n\r\n2\r\n", r.body());
            }
        }
    }
}
