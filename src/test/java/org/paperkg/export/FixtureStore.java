package org.paperkg.export;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The hand-written fixture (src/test/resources/fixtures/kg.trig: 4 papers) loaded into a TDB2 store on disk. */
final class FixtureStore {
    static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "kg.trig");

    private FixtureStore() {
    }

    static KgStore load(Path dir) {
        KgStore store = KgStore.open(dir);
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), FIXTURE.toString()));
        return store;
    }

    /** The fixture as an in-memory dataset, parsed by Jena straight from the file. */
    static DatasetGraph expectedDataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, FIXTURE.toString());
        return dsg;
    }

    static byte[] export(KgStore store, String format, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormats.byName(format).exporter().export(store, out, options);
        return out.toByteArray();
    }

    static String exportText(KgStore store, String format, ExportOptions options) throws IOException {
        return new String(export(store, format, options), StandardCharsets.UTF_8);
    }
}
