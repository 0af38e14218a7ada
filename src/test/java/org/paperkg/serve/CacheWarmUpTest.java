package org.paperkg.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheWarmUpTest {
    private static HttpResponse<String> ask(String url, String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", CacheWarmer.ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWarmedServerAnswersEveryCannedQueryFromMemoryTheFirstTime(@TempDir Path dir) throws Exception {
        try (FixtureServer fixture = FixtureServer.start(dir, new ServeOptions("127.0.0.1", 0, 5, true))) {
            assertTrue(fixture.server().warmUpSummary().orElseThrow().contains("canned queries answered in advance"));
            for (Map.Entry<String, String> q : LoadTest.cannedQueries().entrySet()) {
                HttpResponse<String> r = ask(fixture.sparqlUrl(), q.getValue());
                assertEquals(200, r.statusCode(), q.getKey());
                assertEquals("HIT", r.headers().firstValue(ResultCache.CACHE_HEADER).orElse(""), q.getKey());
            }
        }
    }

    @Test
    void withoutWarmUpTheFirstAnswerIsComputedAndTheSecondRemembered(@TempDir Path dir) throws Exception {
        try (FixtureServer fixture = FixtureServer.start(dir, 5)) {
            assertTrue(fixture.server().warmUpSummary().isEmpty());
            String q = LoadTest.cannedQueries().get("leaderboard");
            assertEquals("MISS", ask(fixture.sparqlUrl(), q).headers().firstValue(ResultCache.CACHE_HEADER).orElse(""));
            assertEquals("HIT", ask(fixture.sparqlUrl(), q).headers().firstValue(ResultCache.CACHE_HEADER).orElse(""));
        }
    }

    @Test
    void theTimeoutStillCancelsUsersQueriesAfterAWarmUp(@TempDir Path dir) throws Exception {
        try (FixtureServer fixture = FixtureServer.start(dir, new ServeOptions("127.0.0.1", 0, 0.2, true))) {
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            HttpResponse<String> r = ask(fixture.sparqlUrl(), heavy);
            assertEquals(503, r.statusCode());
        }
    }
}
