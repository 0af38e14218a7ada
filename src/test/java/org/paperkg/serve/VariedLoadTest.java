package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loadtest --vary} on the fixture store: its page queries, sent through the JSON API as the pages send them
 * (bound into queries parsed once) or as bound SPARQL text to the endpoint, get the same rows, and both ways of
 * sending run without errors.
 */
class VariedLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static FixtureServer fixture;
    static HttpClient http;

    @BeforeAll
    static void serve() {
        fixture = FixtureServer.start(dir, 30);
        fixture.store().ensureSummary(); // what serve does before it starts; the fixture is loaded as triples
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode rows(HttpRequest request) throws Exception {
        HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), request.uri() + ": " + res.body());
        return JSON.readTree(res.body()).path("results").path("bindings");
    }

    @Test
    void eachPageQueryThroughTheApiAnswersTheRowsOfItsBoundTextAtTheEndpoint() throws Exception {
        VariedRequests varied = VariedRequests.drawnFrom(fixture.sparqlUrl());
        int withRows = 0;
        for (int i = 0; i < 3 * varied.kinds(); i++) {
            VariedRequests.Request r = varied.request(i);
            JsonNode viaApi = rows(HttpRequest.newBuilder(URI.create(fixture.server().baseUrl() + r.apiPath())).GET().build());
            JsonNode viaText = rows(HttpRequest.newBuilder(URI.create(fixture.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(r.sparql())).build());
            // the fixture's answers are shorter than any page's limit, so the pages' paging changes nothing here
            assertEquals(viaText, viaApi, r.query() + " " + r.params());
            withRows += viaApi.isEmpty() ? 0 : 1;
        }
        assertTrue(withRows >= 2 * varied.kinds(), withRows + " requests found rows");
    }

    @Test
    void theLoadTestSendsThePageQueriesThroughTheApiOrAsSparqlWithoutErrors() throws Exception {
        for (LoadTest.Via via : LoadTest.Via.values()) {
            LoadTest test = new LoadTest(fixture.sparqlUrl(), 4, 40, Duration.ofSeconds(60), true, via);
            test.singleRun().forEach((name, s) -> assertTrue(s.ok(), via + " " + name + ": " + s.error()));
            LoadTestReport report = test.run();
            assertEquals(40, report.samples().size(), via.toString());
            assertEquals(0, report.errors(), via + "\n" + report.describe());
            assertTrue(report.samples().stream().noneMatch(LoadTest.Sample::cacheHit), via.toString());
        }
    }
}
