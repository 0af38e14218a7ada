package org.paperkg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds byte fixtures that cannot be committed as text files (invalid UTF-8). */
final class TestBytes {
    private TestBytes() {
    }

    /** The UTF-8 bytes of {@code text} with each '§' replaced by the byte 0xFF, never valid in UTF-8. */
    static byte[] withInvalidByte(String text) {
        String[] parts = text.split("§", -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(0xFF);
            }
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
