package org.paperkg.ingest;

import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Compressed inputs, read directly: a gzip or bzip2 stream is recognised by its magic bytes (commons-compress),
 * whatever the file is called; concatenated members (as {@code pigz} and {@code pbzip2} write) are read through.
 */
final class Compression {
    private Compression() {
    }

    /** {@code in} decompressed when it is gzip or bzip2, else {@code in} itself (buffered). */
    static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        String kind;
        try {
            kind = CompressorStreamFactory.detect(buffered);
        } catch (CompressorException e) {
            return buffered; // no known signature: not compressed
        }
        return switch (kind) {
            case CompressorStreamFactory.GZIP -> new BufferedInputStream(new GzipMembers(buffered), 64 * 1024);
            case CompressorStreamFactory.BZIP2 -> new BufferedInputStream(new BZip2CompressorInputStream(buffered, true), 64 * 1024);
            default -> buffered; // other compressors are not among the inputs we promise
        };
    }

    /**
     * Concatenated gzip members read one after the other, each by its own decompressor: a member that breaks off
     * (a truncated download) fails only the reads after the members before it were delivered whole, so their
     * records are kept. (commons-compress's concatenated mode inflates across a member's end within one read and
     * loses what that read had decoded when the next member is damaged.)
     */
    private static final class GzipMembers extends InputStream {
        private final BufferedInputStream source;
        private GzipCompressorInputStream member;

        GzipMembers(BufferedInputStream source) throws IOException {
            this.source = source;
            this.member = new GzipCompressorInputStream(source, false);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = member.read(b, off, len);
            if (n >= 0) {
                return n;
            }
            source.mark(1);
            if (source.read() < 0) {
                return -1;
            }
            source.reset();
            member = new GzipCompressorInputStream(source, false); // the next member, read by a later call
            return member.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            member.close();
            source.close();
        }
    }

    /** "works.jsonl.gz" -> "works.jsonl": the name the content had before compression. */
    static String withoutSuffix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : new String[]{".gz", ".bz2", ".gzip", ".bzip2"}) {
            if (lower.endsWith(suffix)) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }
}
