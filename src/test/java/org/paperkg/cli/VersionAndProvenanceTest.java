package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.Provenance;
import org.paperkg.build.StoreMetadata;
import org.paperkg.store.KgStore;

/** {@code --version} names paperkg, Jena, CoreNLP and Java; a store records which paperkg and model built it. */
class VersionAndProvenanceTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesPaperkgJenaCoreNlpAndJava() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.code(), r.toString());
        String[] lines = r.out().strip().split("\\R");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[0].matches("paperkg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? .*"), lines[0]);
        assertEquals("Apache Jena " + org.apache.jena.Jena.VERSION, lines[1]);
        assertTrue(lines[2].matches("Stanford CoreNLP \\d+\\.\\d+\\.\\d+"), lines[2]);
        assertTrue(lines[3].startsWith("Java " + System.getProperty("java.version")), lines[3]);
    }

    @Test
    void aBuildRecordsItsVersionAndModelAndStatsShowsThem() throws IOException {
        Path store = dir.resolve("db");
        Cli stats = statsAfterBuild(store, "--threads", "2");
        var extractor = org.paperkg.extract.RuleBasedExtractor.standard(1);
        String model = extractor.modelName();
        String expected = "built by:  paperkg " + Provenance.paperkgVersion() + ", model " + model + ", Stanford CoreNLP "
                + Provenance.corenlpVersion() + ", Apache Jena " + Provenance.jenaVersion();
        assertTrue(stats.out().contains(expected), stats.toString());
        String tier = extractor.tierConfidence().orElseThrow().toPlainString();
        assertTrue(stats.out().contains("leaderboards by default: results at confidence " + tier
                + " or above (the model's high-precision tier)"), stats.toString());

        try (KgStore kg = KgStore.openExisting(store)) {
            Optional<StoreMetadata> meta = StoreMetadata.readFrom(kg);
            assertEquals(Optional.of(StoreMetadata.current(extractor)), meta);
        }
    }

    @Test
    void aStoreBuiltByAModelWithoutATierShowsLeaderboardsAtHalfByDefault() throws IOException {
        Path store = dir.resolve("rules-db");
        Cli stats = statsAfterBuild(store, "--model", "rules");
        assertTrue(stats.out().contains("leaderboards by default: results at confidence 0.5 or above (the model measured"
                + " no high-precision tier)"), stats.toString());
        try (KgStore kg = KgStore.openExisting(store)) {
            assertEquals(Optional.empty(), StoreMetadata.readFrom(kg).orElseThrow().tierConfidence());
        }
    }

    @Test
    void aStoreWhosePapersTwoModelsExtractedSaysHowManyEachInStats() throws IOException {
        Path store = dir.resolve("mixed-db");
        statsAfterBuild(store, "--model", "rules");
        Path input = dir.resolve("two-papers.jsonl"); // copied there by statsAfterBuild
        Path first = dir.resolve("first-paper.jsonl");
        Files.writeString(first, Files.readAllLines(input).get(0) + "\n");
        Cli build = Cli.run("build", "--loc", store.toString(), "-q", first.toString());
        assertEquals(0, build.code(), build.toString());
        Cli stats = Cli.run("stats", "--loc", store.toString());
        String model = org.paperkg.extract.RuleBasedExtractor.standard(1).modelName();
        assertTrue(stats.out().contains("mixed:     papers extracted by more than one extractor"), stats.toString());
        assertTrue(stats.out().contains("  1 by " + Provenance.extractor(model) + System.lineSeparator()), stats.toString());
        assertTrue(stats.out().contains("  1 by " + Provenance.extractor("RuleBasedExtractor") + System.lineSeparator()),
                stats.toString());
    }

    /** Builds two papers into {@code store} with these options and returns what {@code stats} then prints. */
    private Cli statsAfterBuild(Path store, String... options) throws IOException {
        Path input = CliTest.resource(dir, "/cli/two-papers.jsonl");
        List<String> args = new ArrayList<>(List.of("build", "--loc", store.toString(), "-q"));
        args.addAll(List.of(options));
        args.add(input.toString());
        Cli build = Cli.run(args.toArray(String[]::new));
        assertEquals(0, build.code(), build.toString());
        Cli stats = Cli.run("stats", "--loc", store.toString());
        assertEquals(0, stats.code(), stats.toString());
        return stats;
    }

    @Test
    void aStoreWithoutMetadataSaysSo() {
        try (KgStore kg = KgStore.inMemory()) {
            assertTrue(StatsCommand.builtBy(kg).startsWith("built by:  not recorded"));
        }
    }
}
