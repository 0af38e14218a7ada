package org.paperkg.export;

import org.paperkg.store.KgStore;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the whole store in one format, streaming, reading only from the store (SPARQL or quads). */
public interface Exporter {
    void export(KgStore store, OutputStream out) throws IOException;

    /** With view options; formats that have no views ignore them. */
    default void export(KgStore store, OutputStream out, ExportOptions options) throws IOException {
        export(store, out);
    }
}
