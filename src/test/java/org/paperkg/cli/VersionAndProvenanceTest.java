package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
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
        Path input = CliTest.resource(dir, "/cli/two-papers.jsonl");
        Cli build = Cli.run("build", "--loc", store.toString(), "--threads", "2", "-q", input.toString());
        assertEquals(0, build.code(), build.toString());

        Cli stats = Cli.run("stats", "--loc", store.toString());
        assertEquals(0, stats.code(), stats.toString());
        String model = org.paperkg.extract.RuleBasedExtractor.standard(1).modelName();
        String expected = "built by:  paperkg " + Provenance.paperkgVersion() + ", model " + model + ", Stanford CoreNLP "
                + Provenance.corenlpVersion() + ", Apache Jena " + Provenance.jenaVersion();
        assertTrue(stats.out().contains(expected), stats.toString());

        try (KgStore kg = KgStore.openExisting(store)) {
            Optional<StoreMetadata> meta = StoreMetadata.readFrom(kg);
            assertEquals(Optional.of(StoreMetadata.current(model)), meta);
        }
    }

    @Test
    void aStoreWithoutMetadataSaysSo() {
        try (KgStore kg = KgStore.inMemory()) {
            assertTrue(StatsCommand.builtBy(kg).startsWith("built by:  not recorded"));
        }
    }
}
