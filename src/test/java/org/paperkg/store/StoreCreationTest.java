package org.paperkg.store;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.HandMadeFacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new store appears whole: made in a staging folder, moved into place; what a killed creation left is cleared. */
class StoreCreationTest {
    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewStoreHasItsDataFolderAndNoStagingLeft(@TempDir Path dir) throws Exception {
        Path loc = dir.resolve("db");
        try (KgStore kg = KgStore.open(loc)) {
            kg.replace(List.of(HandMadeFacts.paperA()));
            TDBInternal.expel(kg.dataset().asDatasetGraph());
        }
        List<String> names = names(loc);
        assertTrue(names.contains("Data-0001"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith(".paperkg-creating-")), names.toString());
        try (KgStore again = KgStore.openExisting(loc)) {
            assertEquals(1, org.paperkg.query.GraphStats.of(again).papers());
            TDBInternal.expel(again.dataset().asDatasetGraph());
        }
    }

    @Test
    void halfMadeFilesOfAKilledCreationAreClearedAndTheStoreIsMadeAgain(@TempDir Path dir) throws Exception {
        Path loc = dir.resolve("db");
        // what a process killed part-way through creating the store leaves: index files without their first block
        Path stale = loc.resolve(".paperkg-creating-" + Long.MAX_VALUE).resolve("Data-0001");
        Files.createDirectories(stale);
        Files.write(stale.resolve("SPO.dat"), new byte[8192]);
        try (KgStore kg = KgStore.open(loc)) {
            kg.replace(List.of(HandMadeFacts.paperA()));
            assertEquals(1, org.paperkg.query.GraphStats.of(kg).papers());
            TDBInternal.expel(kg.dataset().asDatasetGraph());
        }
        assertFalse(Files.exists(loc.resolve(".paperkg-creating-" + Long.MAX_VALUE)));
    }
}
