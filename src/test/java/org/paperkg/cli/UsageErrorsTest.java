package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

/** Mistakes a new user makes get a clear reason, exit 2, and leave nothing behind. */
class UsageErrorsTest extends OnFixtureStoreFolder {
    @Test
    void exportToAFolderSaysSoExitsTwoAndLeavesNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out-folder"));
        Cli r = Cli.run("export", "--loc", db.toString(), "--out", folder.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is a folder") && r.err().contains("kg.jsonl"), r.toString());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "nothing written into the folder");
        }
        try (Stream<Path> left = Files.list(folder.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".paperkg-export")), "no temporary file left");
        }
    }

    @Test
    void aGraphViewWithAnRdfFormatIsAnErrorNotSilentlyIgnored() {
        Cli r = Cli.run("export", "--loc", db.toString(), "--format", "turtle", "--view", "method-dataset");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--view applies to the graph formats"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void aMissingGoldFileIsNamedWithTheReason() {
        Cli r = Cli.run("evaluate", "--gold", dir.resolve("no-such.jsonl").toString(), "--loc", db.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no-such.jsonl: no such file"), r.toString());
    }

    @Test
    void aGoldFolderIsNamedWithTheReason() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("gold-folder"));
        Cli r = Cli.run("evaluate", "--gold", folder.toString(), "--loc", db.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is a folder; give a JSON-lines file"), r.toString());
    }
}
