package org.paperkg.serve;

import org.paperkg.query.CannedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load test of a SPARQL endpoint: every canned query with its default parameters, sent round-robin by
 * concurrent clients for a fixed number of requests (and never longer than a time limit). Loopback only:
 * it is a benchmark of this machine's server, not a tool to load someone else's.
 */
public final class LoadTest {
    /** One request's outcome. */
    public record Sample(String query, long nanos, boolean ok, String error, boolean cacheHit) {
        public Sample(String query, long nanos, boolean ok, String error) {
            this(query, nanos, ok, error, false);
        }
    }

    /** How the varied page queries are sent. */
    public enum Via {
        /** As the pages send them: {@code GET /api/query/NAME?PARAMS} on the endpoint's host and port. */
        API,
        /** As SPARQL text with the parameters bound, {@code POST}ed to the endpoint. */
        SPARQL
    }

    private final URI endpoint;
    private final int clients;
    private final int requests;
    private final Duration limit;
    private final Map<String, String> queries;
    private final VariedRequests varied;
    private final Via via;

    public LoadTest(String url, int clients, int requests, Duration limit) {
        this(url, clients, requests, limit, false, Via.API);
    }

    /**
     * With {@code vary}, the requests are the web pages' canned queries with parameters drawn from the most
     * mentioned entities of the store (see {@link VariedRequests}), sent {@code via} the JSON API as the pages
     * send them or as SPARQL text to the endpoint, with {@code Cache-Control: no-cache} so that the server's
     * answer cache does not count: what varied browsing costs.
     */
    public LoadTest(String url, int clients, int requests, Duration limit, boolean vary, Via via) {
        this.endpoint = URI.create(url);
        this.via = via;
        requireLoopback(endpoint);
        if (clients < 1 || requests < 1) {
            throw new IllegalArgumentException("clients and requests must be at least 1");
        }
        this.clients = clients;
        this.requests = requests;
        this.limit = limit;
        this.queries = cannedQueries();
        this.varied = vary ? VariedRequests.drawnFrom(url) : null;
    }

    private static void requireLoopback(URI uri) {
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("give an http:// URL of a SPARQL endpoint, not '" + uri + "'");
        }
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load test only runs against this machine (loopback), not " + uri.getHost());
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + uri.getHost(), e);
        }
    }

    /** Every bundled query, parameters bound to their defaults, as SPARQL text. */
    static Map<String, String> cannedQueries() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : QueryLibrary.names()) {
            CannedQuery q = QueryLibrary.bundled(name).orElseThrow();
            m.put(name, QueryRunner.bind(q, Map.of()).toString());
        }
        return m;
    }

    /** With {@code --vary}, each page query is timed alone with this many drawn parameters (the median is shown). */
    public static final int ALONE_SAMPLES = 9;

    /**
     * Each query once, one at a time: what a single query costs on this store. With {@code vary}, each page
     * query with {@link #ALONE_SAMPLES} drawn parameters, one at a time; the sample of median time is kept.
     */
    public Map<String, Sample> singleRun() {
        HttpClient http = client(1);
        Map<String, Sample> out = new LinkedHashMap<>();
        if (varied == null) {
            queries.forEach((name, text) -> out.put(name, send(http, new Call(name, sparqlPost(text)))));
            return out;
        }
        Map<String, List<Sample>> byName = new java.util.TreeMap<>();
        List<Call> calls = variedCalls(ALONE_SAMPLES * varied.kinds());
        for (Call c : calls) {
            byName.computeIfAbsent(c.query(), k -> new ArrayList<>()).add(send(http, c));
        }
        byName.forEach((name, samples) -> {
            samples.sort(java.util.Comparator.comparingLong(Sample::nanos));
            out.put(name, samples.stream().filter(s -> !s.ok()).findFirst().orElse(samples.get(samples.size() / 2)));
        });
        return out;
    }

    /** The concurrent run. */
    public LoadTestReport run() throws InterruptedException {
        HttpClient http = client(clients);
        // every request made before the clocks start: the load generator shares the cores with the server
        List<Call> calls = new ArrayList<>();
        if (varied != null) {
            calls.addAll(variedCalls(requests));
        } else {
            List<Call> each = new ArrayList<>();
            queries.forEach((name, text) -> each.add(new Call(name, sparqlPost(text))));
            for (int i = 0; i < requests; i++) {
                calls.add(each.get(i % each.size()));
            }
        }
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                        samples.add(send(http, calls.get(i)));
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return new LoadTestReport(clients, requests, List.copyOf(samples), elapsed);
    }

    private HttpClient client(int threads) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, threads)))
                .build();
    }

    /** One request, ready to send: the canned query it runs and the HTTP request. */
    private record Call(String query, HttpRequest request) {
    }

    /** The first {@code n} varied requests, as the pages send them or as SPARQL text. */
    private List<Call> variedCalls(int n) {
        List<Call> calls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            VariedRequests.Request r = varied.request(i);
            calls.add(new Call(r.query(), via == Via.API ? apiGet(r.apiPath()) : sparqlPost(r.sparql())));
        }
        return calls;
    }

    private HttpRequest sparqlPost(String sparql) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(limit)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (varied != null) {
            builder.header("Cache-Control", "no-cache"); // the server computes every answer afresh
        }
        return builder.build();
    }

    /** A GET of the JSON API on the endpoint's host and port (it has no answer cache). */
    private HttpRequest apiGet(String path) {
        return HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(limit)
                .header("Accept", "application/sparql-results+json")
                .header("Cache-Control", "no-cache")
                .GET()
                .build();
    }

    private Sample send(HttpClient http, Call call) {
        String name = call.query();
        HttpRequest req = call.request();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            boolean ok = resp.statusCode() == 200;
            boolean hit = "HIT".equals(resp.headers().firstValue(ResultCache.CACHE_HEADER).orElse(""));
            return new Sample(name, t, ok, ok ? null : "HTTP " + resp.statusCode(), hit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(name, System.nanoTime() - t0, false, "interrupted");
        } catch (java.io.IOException e) {
            return new Sample(name, System.nanoTime() - t0, false, e.getClass().getSimpleName());
        }
    }
}
