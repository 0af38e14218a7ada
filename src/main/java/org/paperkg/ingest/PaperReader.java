package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input format, streaming: never holds more than one record in memory. */
public interface PaperReader {
    /**
     * Reads every record of {@code in}, sending good ones to {@code sink.paper} and bad ones to
     * {@code sink.problem}. A bad record never stops the others from being read.
     *
     * @param in   the raw bytes (decoded here, so that invalid UTF-8 is reported with its line)
     * @param name the file name used in messages and provenance
     */
    void read(InputStream in, String name, PaperSink sink) throws IOException;
}
