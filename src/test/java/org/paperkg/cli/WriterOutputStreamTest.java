package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The bridge from byte-writing exporters to picocli's PrintWriter. */
class WriterOutputStreamTest {

    private static String through(String text, int chunk) throws IOException {
        StringWriter sink = new StringWriter();
        WriterOutputStream out = new WriterOutputStream(new PrintWriter(sink));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += chunk) {
            out.write(bytes, i, Math.min(chunk, bytes.length - i));
        }
        out.flush();
        return sink.toString();
    }

    @Test
    void textEndingWithANewlinePassesUnchanged() throws IOException {
        assertEquals("caf\u00e9 \u6f22\u5b57 \uD83D\uDE00\n", through("caf\u00e9 \u6f22\u5b57 \uD83D\uDE00\n", 1));
    }

    @Test
    void largeOutputWithMultiByteCharactersAcrossTheBufferLimitPassesUnchanged() throws IOException {
        String text = "\u00e9\u6f22\uD83D\uDE00x".repeat(20_000) + "\n";
        assertEquals(text, through(text, 4093));
    }

    @Test
    void textEndingWithAMultiByteCharacterIsWrittenWholeOnFlush() throws IOException {
        assertEquals("caf\u00e9", through("caf\u00e9", 3));
    }
}
