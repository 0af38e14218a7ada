package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.serve.FixtureServer;

/** {@code query --service} against a real server, its exit codes, and {@code serve} in a process of its own. */
class ServeCliTest {
    @TempDir
    static Path dir;
    static FixtureServer fixture;

    @BeforeAll
    static void start() {
        fixture = FixtureServer.start(dir.resolve("db"), 5);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void queryServiceLeaderboardAsCsv() {
        Cli r = Cli.run("query", "--service", fixture.sparqlUrl(), "leaderboard", "--results", "csv",
                "--param", "dataset=ImageNet", "--param", "metric=top-1 accuracy");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("datasetLabel,metricLabel,value,unit,methodLabel"), r.toString());
        assertTrue(lines.get(1).contains("83.1") && lines.get(1).contains("TinyFormer"), r.toString());
    }

    @Test
    void unreachableEndpointExitsOneWithAClearMessage() {
        Cli r = Cli.run("query", "--service", "http://127.0.0.1:1/kg/sparql", "entity-counts");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("cannot reach the SPARQL endpoint http://127.0.0.1:1/kg/sparql"), r.toString());
    }

    @Test
    void unknownPathAtTheEndpointExitsOneWithTheHttpStatus() {
        Cli r = Cli.run("query", "--service", fixture.server().baseUrl() + "/nope/sparql", "entity-counts");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("answered HTTP 404"), r.toString());
    }

    @Test
    void queryThatDoesNotParseExitsTwo(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x WHERE { ?x ?y }\n");
        Cli r = Cli.run("query", "--service", fixture.sparqlUrl(), bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is not valid SPARQL") && r.err().contains("line 1, column 25"), r.toString());
    }

    /** TDB2 locks a store per process: a second process must be told, not corrupt it. */
    @Test
    void serveInAnotherProcessLocksTheStoreAndBuildSaysWhatToDo(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("db");
        try (org.paperkg.store.KgStore kg = org.paperkg.store.KgStore.open(store)) {
            kg.replace(List.of(org.paperkg.HandMadeFacts.paperA()));
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString()));
        }
        Path log = tmp.resolve("serve.log");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PaperKgCommand.class.getName(),
                "serve", "--loc", store.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String url = awaitUrl(log, serve);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(url.replace("/kg/sparql", "/$/ping"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());

            Cli build = Cli.run("build", "--loc", store.toString(), "-q", "nonexistent.jsonl");
            assertEquals(4, build.code(), build.toString());
            assertTrue(build.err().contains("is in use by another process (pid " + serve.pid() + ")"), build.toString());
            assertTrue(build.err().contains("Stop that process"), build.toString());
        } finally {
            serve.destroy();   // SIGTERM: the shutdown hook stops the server and closes the store
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
        Cli stats = Cli.run("stats", "--loc", store.toString());
        assertEquals(0, stats.code(), stats.toString());
        assertTrue(stats.out().contains("papers:    1"), stats.toString());
    }

    private static String awaitUrl(Path log, Process p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("SPARQL query:\\s+(\\S+)").matcher(text);
            if (m.find()) {
                return m.group(1);
            }
            if (!p.isAlive()) {
                throw new AssertionError("serve exited " + p.exitValue() + ":\n" + text);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not print its URL:\n" + Files.readString(log));
    }
}
