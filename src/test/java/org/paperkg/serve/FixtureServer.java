package org.paperkg.serve;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.store.KgStore;

import java.nio.file.Path;

/** The hand-written fixture (src/test/resources/fixtures/kg.trig) in a TDB2 store on disk, served on a free port. */
public final class FixtureServer implements AutoCloseable {
    public static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "kg.trig");

    private final KgStore store;
    private final KgServer server;

    private FixtureServer(KgStore store, KgServer server) {
        this.store = store;
        this.server = server;
    }

    /** Loads the fixture into a store in {@code dir} and serves it with this query timeout. */
    public static FixtureServer start(Path dir, double timeoutSeconds) {
        return start(dir, new ServeOptions("127.0.0.1", 0, timeoutSeconds));
    }

    /** Loads the fixture into a store in {@code dir} and serves it with these options. */
    public static FixtureServer start(Path dir, ServeOptions options) {
        KgStore store = KgStore.open(dir);
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), FIXTURE.toString()));
        return new FixtureServer(store, KgServer.start(store, options));
    }

    public KgServer server() {
        return server;
    }

    public KgStore store() {
        return store;
    }

    public String sparqlUrl() {
        return server.sparqlUrl();
    }

    @Override
    public void close() {
        server.close();
        store.close();
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }
}
