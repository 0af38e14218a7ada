package org.paperkg.export;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;

import java.nio.file.Path;

/** Test classes that read the fixture store: one TDB2 copy on disk per class, released after it. */
abstract class OnFixtureStore {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void load() {
        store = FixtureStore.load(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }
}
