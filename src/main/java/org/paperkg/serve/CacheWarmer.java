package org.paperkg.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks a just-started server every bundled canned query once (default parameters, SPARQL JSON, the way
 * {@link LoadTest} and most clients ask), so that the answers are in its {@link ResultCache} before the first
 * user comes: on a large store an aggregate over all paper graphs takes seconds, its cached answer
 * milliseconds. Goes through HTTP so that the cached answers are exactly what a client gets.
 */
final class CacheWarmer {
    /** What the warm-up did. */
    record Report(int queries, List<String> failed, double seconds) {
    }

    static final String ACCEPT = "application/sparql-results+json";

    private CacheWarmer() {
    }

    static Report warm(String sparqlUrl) {
        long t0 = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> failed = new ArrayList<>();
        Map<String, String> queries = LoadTest.cannedQueries();
        queries.forEach((name, text) -> {
            HttpRequest req = HttpRequest.newBuilder(URI.create(sparqlUrl))
                    .timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", ACCEPT)
                    .POST(HttpRequest.BodyPublishers.ofString(text))
                    .build();
            try {
                HttpResponse<Void> resp = http.send(req, HttpResponse.BodyHandlers.discarding());
                if (resp.statusCode() != 200) {
                    failed.add(name + " (HTTP " + resp.statusCode() + ")");
                }
            } catch (java.io.IOException e) {
                failed.add(name + " (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(name + " (interrupted)");
            }
        });
        return new Report(queries.size(), List.copyOf(failed), (System.nanoTime() - t0) / 1e9);
    }
}
