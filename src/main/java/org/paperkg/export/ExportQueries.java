package org.paperkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SPARQL text of the exporters' queries, kept as resources beside them ({@code org/paperkg/export/*.rq}). */
final class ExportQueries {
    private ExportQueries() {
    }

    static String text(String name) {
        try (InputStream in = ExportQueries.class.getResourceAsStream("/org/paperkg/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing export query " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
