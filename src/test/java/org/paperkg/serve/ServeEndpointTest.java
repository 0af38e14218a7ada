package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.UpdateExecutionException;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.vocab.PKG;

/**
 * A real Fuseki server on a free port over the fixture store, queried by clients that share no code with
 * Jena's server side: RDF4J's SPARQLRepository and java.net.http.
 */
class ServeEndpointTest {
    static final String P1 = PKG.ID + "paper/p1";

    @TempDir
    static Path dir;
    static FixtureServer fixture;
    static HttpClient http;
    static String leaderboard;

    @BeforeAll
    static void start() {
        fixture = FixtureServer.start(dir.resolve("db"), 1.0);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        leaderboard = QueryRunner.bind(QueryLibrary.bundled("leaderboard").orElseThrow(),
                Map.of("dataset", "ImageNet", "metric", "top-1 accuracy")).toString();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder postQuery(String url, String sparql, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(sparql));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    @Test
    void aRepeatedQueryGetsTheSameAnswerAndAnotherFormatIsNotMixedUp() throws Exception {
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(send(postQuery(fixture.sparqlUrl(), leaderboard, "application/sparql-results+json")));
        }
        for (HttpResponse<String> r : answers) {
            assertEquals(200, r.statusCode());
            assertEquals("application/sparql-results+json", contentType(r));
            assertEquals(answers.get(0).body(), r.body());
        }
        HttpResponse<String> csv = send(postQuery(fixture.sparqlUrl(), leaderboard, "text/csv"));
        assertEquals("text/csv", contentType(csv));
        assertNotEquals(answers.get(0).body(), csv.body());
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(fixture.sparqlUrl() + "?query=" + enc(leaderboard)))
                .header("Accept", "application/sparql-results+json").GET());
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(fixture.sparqlUrl() + "?query=" + enc(leaderboard)))
                .header("Accept", "application/sparql-results+json").GET());
        assertEquals(get.body(), again.body());
        assertEquals(answers.get(0).body(), again.body());
    }

    @Test
    void serverBindsLoopbackOnTheFreePortItWasGiven() {
        assertTrue(fixture.server().port() > 0);
        assertTrue(fixture.sparqlUrl().startsWith("http://127.0.0.1:" + fixture.server().port() + "/kg/sparql"));
    }

    @Test
    void rdf4jSparqlRepositoryGetsTheLeaderboardRows() {
        SPARQLRepository repo = new SPARQLRepository(fixture.sparqlUrl());
        try (RepositoryConnection conn = repo.getConnection()) {
            TupleQuery q = conn.prepareTupleQuery(QueryLanguage.SPARQL, leaderboard);
            List<String> rows = new ArrayList<>();
            try (TupleQueryResult result = q.evaluate()) {
                for (BindingSet b : result) {
                    rows.add(b.getValue("value").stringValue() + " | " + b.getValue("methodLabel").stringValue()
                            + " | " + b.getValue("datasetLabel").stringValue());
                }
            }
            assertEquals(List.of("83.1 | TinyFormer | ImageNet", "82.5 | FastNet | ImageNet", "76.1 | ResNet-50 | ImageNet"), rows);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void rdf4jConstructReadsTheUnionDefaultGraph() {
        SPARQLRepository repo = new SPARQLRepository(fixture.sparqlUrl());
        try (RepositoryConnection conn = repo.getConnection()) {
            Model m = new LinkedHashModel();
            conn.prepareGraphQuery("PREFIX pkg: <" + PKG.NS + "> CONSTRUCT { ?p a pkg:Paper } WHERE { ?p a pkg:Paper }")
                    .evaluate().forEach(m::add);
            assertEquals(4, m.size());
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void rdf4jUpdateIsRefused() {
        SPARQLRepository repo = new SPARQLRepository(fixture.sparqlUrl());
        try (RepositoryConnection conn = repo.getConnection()) {
            UpdateExecutionException e = assertThrows(UpdateExecutionException.class, () -> conn.prepareUpdate(
                    QueryLanguage.SPARQL, "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }").execute());
            assertTrue(e.getMessage().contains("No 'query=' parameter"), e.getMessage());
        } finally {
            repo.shutDown();
        }
        assertEquals("0", countOf("<urn:x:a>"));
    }

    private static String countOf(String subject) {
        try {
            HttpResponse<String> r = send(postQuery(fixture.sparqlUrl(),
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { " + subject + " ?p ?o } }", "text/csv"));
            return r.body().lines().skip(1).findFirst().orElse("").strip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void leaderboardInEveryResultsFormatByAcceptHeader() throws Exception {
        Map<String, String> accepts = Map.of(
                "application/sparql-results+json", "\"TinyFormer\"",
                "application/sparql-results+xml", "<literal>TinyFormer</literal>",
                "text/csv", "TinyFormer",
                "text/tab-separated-values", "\"TinyFormer\"");
        for (Map.Entry<String, String> a : accepts.entrySet()) {
            HttpResponse<String> r = send(postQuery(fixture.sparqlUrl(), leaderboard, a.getKey()));
            assertEquals(200, r.statusCode(), a.getKey() + ": " + r.body());
            assertEquals(a.getKey(), contentType(r));
            assertTrue(r.body().contains(a.getValue()), a.getKey() + ": " + r.body());
            assertTrue(r.body().indexOf("TinyFormer") < r.body().indexOf("FastNet"), "best first: " + r.body());
        }
        HttpResponse<String> csv = send(postQuery(fixture.sparqlUrl(), leaderboard, "text/csv"));
        assertEquals(4, csv.body().lines().count(), csv.body());
        assertTrue(csv.body().startsWith("datasetLabel,metricLabel,value,unit,methodLabel"), csv.body());
    }

    @Test
    void getFormPostAndDirectPostGiveTheSameRowsAtSparqlAndQuery() throws Exception {
        String q = "SELECT ?p WHERE { ?p a <" + PKG.NS + "Paper> } ORDER BY ?p";
        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/kg/sparql", "/kg/query", "/kg")) {
            String url = fixture.server().baseUrl() + path;
            bodies.add(send(HttpRequest.newBuilder(URI.create(url + "?query=" + enc(q))).header("Accept", "text/csv").GET()).body());
            bodies.add(send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(q)))).body());
            bodies.add(send(postQuery(url, q, "text/csv")).body());
        }
        assertEquals(5, bodies.get(0).lines().count(), bodies.get(0));
        bodies.forEach(b -> assertEquals(bodies.get(0), b));
    }

    @Test
    void constructAnswersInTurtle() throws Exception {
        HttpResponse<String> r = send(postQuery(fixture.sparqlUrl(),
                "CONSTRUCT { <" + P1 + "> ?p ?o } WHERE { <" + P1 + "> ?p ?o }", "text/turtle"));
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", contentType(r));
        Model m = Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
        assertEquals(1, m.filter(null, DCTERMS.TITLE, null).size());
        assertTrue(m.size() > 20, "triples: " + m.size());
    }

    @Test
    void graphStoreGetReturnsExactlyThatPapersNamedGraph() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(fixture.server().graphStoreUrl() + "?graph=" + enc(P1)))
                .header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode(), r.body());
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(served);
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(FixtureServer.FIXTURE.toString());
        assertTrue(served.isIsomorphicWith(expected.getGraph(NodeFactory.createURI(P1))), "graph of p1 as served");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(fixture.server().graphStoreUrl()
                + "?graph=" + enc(PKG.ID + "paper/nope"))).GET());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void everyWayOfWritingIsRefusedWithA4xxAndChangesNothing() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:w> <urn:x:b> <urn:x:c> } }";
        String base = fixture.server().baseUrl();
        List<HttpRequest.Builder> writes = List.of(
                HttpRequest.newBuilder(URI.create(base + "/kg/sparql")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)),
                HttpRequest.newBuilder(URI.create(base + "/kg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(insert))),
                HttpRequest.newBuilder(URI.create(base + "/kg")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)),
                HttpRequest.newBuilder(URI.create(base + "/kg/update")).header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)),
                HttpRequest.newBuilder(URI.create(base + "/kg/get?graph=urn:x:g")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:w> <urn:x:b> <urn:x:c> .")),
                HttpRequest.newBuilder(URI.create(base + "/kg/get?graph=urn:x:g")).header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:x:w> <urn:x:b> <urn:x:c> .")),
                HttpRequest.newBuilder(URI.create(base + "/kg/get?graph=" + enc(P1))).DELETE(),
                HttpRequest.newBuilder(URI.create(base + "/kg?graph=urn:x:g")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:w> <urn:x:b> <urn:x:c> .")));
        for (HttpRequest.Builder w : writes) {
            // A fresh client each time: Jetty may close a connection after refusing a request with a body,
            // and a pooled connection would then fail with "header parser received no bytes".
            HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(w.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            HttpRequest req = w.build();
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, req.method() + " " + req.uri() + " -> " + r.statusCode());
        }
        assertEquals("0", countOf("<urn:x:w>"));
        assertNotEquals("0", countOf("<" + P1 + ">"));
    }

    @Test
    void corsAllowsABrowserPageToQuery() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(fixture.sparqlUrl()))
                .header("Origin", "http://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(fixture.sparqlUrl() + "?query=" + enc("ASK {}")))
                .header("Origin", "http://example.org").GET());
        assertEquals(200, get.statusCode());
        String allowed = get.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("http://example.org"), get.headers().toString());
    }

    @Test
    void aQueryLongerThanTheTimeoutIsCancelled() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(postQuery(fixture.sparqlUrl(), crossProduct, "text/csv"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 10, "cancelled after " + seconds + " s");
        // and the server is still there
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(fixture.server().pingUrl())).GET()).statusCode());
    }

    @Test
    void pingAndStatsAnswer() throws Exception {
        HttpResponse<String> ping = send(HttpRequest.newBuilder(URI.create(fixture.server().pingUrl())).GET());
        assertEquals(200, ping.statusCode());
        HttpResponse<String> stats = send(HttpRequest.newBuilder(URI.create(fixture.server().statsUrl())).GET());
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("/kg"), stats.body());
        assertFalse(stats.body().isBlank());
    }
}
