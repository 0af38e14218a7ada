package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.store.KgStore;

/** The command line, run in-process: exit codes, messages, and what the commands print. */
class CliTest {
    private static final String TITLE_1 = "TurboNet: Faster Image Models for Phones";
    private static final String TITLE_2 = "A Study of Pruning for Small Networks";

    @TempDir
    static Path shared;
    static Path builtStore;
    static Cli firstBuild;

    @TempDir
    Path dir;

    static Path resource(Path target, String name) throws IOException {
        Path file = target.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = CliTest.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @BeforeAll
    static void buildOnce() throws IOException {
        builtStore = shared.resolve("db");
        Path input = resource(shared, "/cli/two-papers.jsonl");
        firstBuild = Cli.run("build", "--loc", builtStore.toString(), "--threads", "2", "-q", input.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "query", "export", "stats", "extract", "validate", "bench"})
    void helpOfEveryCommandExitsZeroAndPrintsUsage(String command) {
        Cli r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage:"), r.toString());
        assertTrue(r.out().contains("Exit status"), r.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    }

    @Test
    void buildOfASmallJsonLinesFileExitsZeroAndStatsShowsThePapers() {
        assertEquals(0, firstBuild.code(), firstBuild.toString());
        assertTrue(firstBuild.out().contains("2 extracted"), firstBuild.toString());
        Cli stats = Cli.run("stats", "--loc", builtStore.toString());
        assertEquals(0, stats.code(), stats.toString());
        assertTrue(stats.out().matches("(?s).*papers:\\s+2\\b.*"), stats.toString());
    }

    @Test
    void rebuildingTheSameFileSkipsUnchangedPapers() throws IOException {
        Path db = dir.resolve("db");
        Path input = resource(dir, "/cli/two-papers.jsonl");
        assertEquals(0, Cli.run("build", "--loc", db.toString(), "-q", "--threads", "2", input.toString()).code());
        Cli again = Cli.run("build", "--loc", db.toString(), "-q", "--threads", "2", input.toString());
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("0 extracted, 2 unchanged"), again.toString());
    }

    @Test
    void badRecordsAreSkippedWithFileAndLineAndExitThree() throws IOException {
        Path db = dir.resolve("db");
        Path input = resource(dir, "/cli/bad-records.jsonl");
        Cli r = Cli.run("build", "--loc", db.toString(), "-q", "--threads", "2", input.toString());
        assertEquals(ExitCodes.RECORDS_SKIPPED, r.code(), r.toString());
        assertTrue(r.err().contains(input + ":2"), "truncated line named: " + r);
        assertTrue(r.err().contains(input + ":4"), "record without abstract named: " + r);
        Cli stats = Cli.run("stats", "--loc", db.toString());
        assertTrue(stats.out().matches("(?s).*papers:\\s+2\\b.*"), stats.toString());
    }

    @Test
    void strictStopsWithANonZeroCodeAndTheStoreStillOpens() throws IOException {
        Path db = dir.resolve("db");
        Path input = resource(dir, "/cli/bad-records.jsonl");
        Cli r = Cli.run("build", "--strict", "--loc", db.toString(), "-q", "--threads", "2", input.toString());
        assertNotEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains(input + ":2"), r.toString());
        try (KgStore store = KgStore.openExisting(db)) {
            assertTrue(store.location().endsWith("db"));
        }
        Cli stats = Cli.run("stats", "--loc", db.toString());
        assertEquals(0, stats.code(), stats.toString());
    }

    private Path titlesQuery() throws IOException {
        return write("my.rq", """
                # title: Paper titles
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?title WHERE { ?p a pkg:Paper ; dcterms:title ?title } ORDER BY ?title
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "tsv", "xml", "text"})
    void queryFileReturnsRowsInEveryResultsFormat(String format) throws IOException {
        Cli r = Cli.run("query", "--loc", builtStore.toString(), titlesQuery().toString(), "--results", format);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("TurboNet: Faster Image Models for Phones"), r.toString());
        assertTrue(r.out().contains(TITLE_2), r.toString());
    }

    @Test
    void jsonResultsAreValidSparqlJson() throws IOException {
        Cli r = Cli.run("query", "--loc", builtStore.toString(), titlesQuery().toString(), "--results", "json");
        var bindings = new ObjectMapper().readTree(r.out()).path("results").path("bindings");
        assertEquals(2, bindings.size(), r.toString());
        assertEquals(TITLE_2, bindings.get(0).path("title").path("value").asText());
    }

    @Test
    void declaredParameterIsBound() throws IOException {
        Path q = write("by-title.rq", """
                # title: One paper by title
                # param: title = "nothing" -- the exact title
                PREFIX pkg: <https://w3id.org/paperkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?p WHERE { ?p a pkg:Paper ; dcterms:title $title }
                """);
        Cli r = Cli.run("query", "--loc", builtStore.toString(), q.toString(), "--results", "csv", "--param", "title=" + TITLE_1);
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, r.out().strip().lines().count(), "header and one row: " + r);
        Cli none = Cli.run("query", "--loc", builtStore.toString(), q.toString(), "--results", "csv");
        assertEquals(1, none.out().strip().lines().count(), "the default matches nothing: " + none);
    }

    @Test
    void limitCapsTheRowsAndZeroReturnsThemAll() throws IOException {
        Cli one = Cli.run("query", "--loc", builtStore.toString(), titlesQuery().toString(), "--results", "csv", "--limit", "1");
        assertEquals(0, one.code(), one.toString());
        assertEquals(2, one.out().strip().lines().count(), "header and one row: " + one);
        assertTrue(one.err().contains("--limit 0 for all"), "says that rows may be missing: " + one);
        Cli all = Cli.run("query", "--loc", builtStore.toString(), titlesQuery().toString(), "--results", "csv", "--limit", "0");
        assertEquals(3, all.out().strip().lines().count(), "header and both rows: " + all);
        assertFalse(all.err().contains("--limit"), all.toString());
    }

    @Test
    void aLeaderboardAtItsDefaultSaysItShowsTheTierAndHowToSeeMore() {
        String tier = org.paperkg.extract.RuleBasedExtractor.standard(1).tierConfidence().orElseThrow().toPlainString();
        Cli byDefault = Cli.run("query", "--loc", builtStore.toString(), "leaderboard", "--results", "csv");
        assertEquals(0, byDefault.code(), byDefault.toString());
        assertTrue(byDefault.err().contains("results at confidence " + tier + " or above (minConfidence=tier"),
                byDefault.toString());
        assertTrue(byDefault.err().contains("--param minConfidence=0.5 for more, 0 for all"), byDefault.toString());
        Cli all = Cli.run("query", "--loc", builtStore.toString(), "leaderboard", "--param", "minConfidence=0");
        assertFalse(all.err().contains("minConfidence=tier"), all.toString());
    }

    @Test
    void everyCannedListingQueryStopsAtAHundredRowsByDefault() {
        for (String name : org.paperkg.query.QueryLibrary.names()) {
            org.apache.jena.query.Query q = org.paperkg.query.QueryRunner.bind(
                    org.paperkg.query.QueryLibrary.bundled(name).orElseThrow(), java.util.Map.of());
            if (!name.equals("entity-counts")) {
                assertEquals(100, q.getLimit(), name);
            }
        }
    }

    @Test
    void unknownQueryParameterIsAUsageError() throws IOException {
        Cli r = Cli.run("query", "--loc", builtStore.toString(), titlesQuery().toString(), "--param", "nope=1");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("nope"), r.toString());
    }

    @Test
    void unknownResultsFormatIsAUsageError() throws IOException {
        Cli r = Cli.run("query", "--loc", builtStore.toString(), titlesQuery().toString(), "--results", "yaml");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
    }

    @Test
    void exportJsonLinesToAFile() throws IOException {
        Path out = dir.resolve("sub/export.jsonl");
        Cli r = Cli.run("export", "--loc", builtStore.toString(), "--format", "jsonl", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        List<String> titles = lines.stream().map(l -> {
            try {
                return json.readTree(l).get("title").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sorted().toList();
        assertEquals(List.of(TITLE_2, TITLE_1), titles);
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void exportToStandardOutput() {
        Cli r = Cli.run("export", "--loc", builtStore.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, r.out().strip().lines().count(), r.toString());
    }

    @Test
    void unknownExportFormatIsAUsageError() {
        Cli r = Cli.run("export", "--loc", builtStore.toString(), "--format", "nope");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("jsonl"), "names the known formats: " + r);
    }

    @Test
    void statsOnADirectoryWithoutAStoreIsStoreUnavailable() {
        Cli r = Cli.run("stats", "--loc", dir.toString());
        assertEquals(ExitCodes.STORE_UNAVAILABLE, r.code(), r.toString());
    }

    @Test
    void exportAndQueryWithoutAStoreAreStoreUnavailable() throws IOException {
        Path missing = dir.resolve("missing");
        assertEquals(ExitCodes.STORE_UNAVAILABLE, Cli.run("export", "--loc", missing.toString()).code());
        assertEquals(ExitCodes.STORE_UNAVAILABLE,
                Cli.run("query", "--loc", missing.toString(), titlesQuery().toString()).code());
    }

    @Test
    void buildOfAnEmptyFileExitsThreeWithAClearMessage() throws IOException {
        Path empty = write("empty.jsonl", "");
        Cli r = Cli.run("build", "--loc", dir.resolve("db").toString(), "-q", empty.toString());
        assertEquals(ExitCodes.RECORDS_SKIPPED, r.code(), r.toString());
        assertTrue(r.err().contains(empty.toString()) && r.err().contains("empty file"), r.toString());
    }

    @Test
    void buildOfADirectoryExitsThreeWithAClearMessage() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("inputs"));
        Cli r = Cli.run("build", "--loc", dir.resolve("db").toString(), "-q", sub.toString());
        assertEquals(ExitCodes.RECORDS_SKIPPED, r.code(), r.toString());
        assertTrue(r.err().contains(sub.toString()) && r.err().contains("directory"), r.toString());
    }

    @Test
    void extractWritesRecordsWithoutAStore() throws IOException {
        Path input = resource(dir, "/cli/two-papers.jsonl");
        Path out = dir.resolve("out.jsonl");
        Cli r = Cli.run("extract", input.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, Files.readAllLines(out).size());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("Data-")));
        }
    }
}
