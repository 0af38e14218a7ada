package org.paperkg.export;

import org.paperkg.store.KgStore;

import java.io.IOException;
import java.nio.file.Path;

/** An export that is several files, written into a folder (e.g. the Neo4j node and edge CSV files). */
public interface DirectoryExporter extends Exporter {
    void exportTo(KgStore store, Path dir, ExportOptions options) throws IOException;
}
