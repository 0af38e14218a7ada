package org.paperkg.cli;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

import java.nio.file.Path;

/** Command-line tests on the fixture store: a TDB2 folder per class that the commands open themselves. */
abstract class OnFixtureStoreFolder {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void load() {
        db = dir.resolve("db");
        try (KgStore store = KgStore.open(db)) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "src/test/resources/fixtures/kg.trig"));
        }
    }

    @AfterAll
    static void release() {
        try (KgStore store = KgStore.open(db)) {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }
}
