package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written by Jena's and Jackson's writers, passed to picocli's PrintWriter so that tests driving the
 * CLI in-process see them. Buffers until flush; the writers produce UTF-8.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
        if (buffer.size() >= 1 << 16) {
            drain();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        if (buffer.size() >= 1 << 16) {
            drain();
        }
    }

    @Override
    public void flush() throws IOException {
        writer.write(buffer.toString(StandardCharsets.UTF_8));
        buffer.reset();
        writer.flush();
    }

    /** Splits only at a line end or when complete, so no multi-byte character is cut in two. */
    private void drain() {
        byte[] bytes = buffer.toByteArray();
        int cut = bytes.length;
        while (cut > 0 && (bytes[cut - 1] & 0xC0) == 0x80) {
            cut--;
        }
        if (cut > 0 && (bytes[cut - 1] & 0x80) != 0) {
            cut--;
        }
        writer.write(new String(bytes, 0, cut, StandardCharsets.UTF_8));
        buffer.reset();
        buffer.write(bytes, cut, bytes.length - cut);
    }
}
