package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Splits a byte stream into lines itself and decodes each one with a strict UTF-8 decoder.
 * <p>
 * Why not a {@code BufferedReader}: a reader decodes the whole stream, so one invalid byte either
 * aborts the file or is silently replaced. Splitting the bytes first lets every bad line become a
 * problem with its line number while the other lines are still read. Lines end at {@code \n}; a
 * trailing {@code \r} is dropped, a UTF-8 byte order mark is skipped, and a stream whose first block
 * holds NUL bytes is reported once as binary data. Memory stays bounded by the longest line, and
 * lines longer than {@link #DEFAULT_MAX_LINE_BYTES} are skipped rather than buffered.
 * The stream is not closed here: whoever opened it closes it.
 */
public final class Utf8LineSource {
    /** Longest line kept, in bytes: far above any abstract, small enough to keep memory in check. */
    public static final int DEFAULT_MAX_LINE_BYTES = 32 << 20;
    /** Message for a stream that is not text at all. */
    public static final String BINARY = "binary data, not text";

    private static final int SNIFF_BYTES = 8192;
    private static final int KEEP_LINE_BUFFER_BYTES = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private boolean finished;
    private byte[] line = new byte[8192];
    private long lineNumber;

    /** Reads {@code in} with the default line-length limit. */
    public Utf8LineSource(InputStream in) {
        this(in, DEFAULT_MAX_LINE_BYTES);
    }

    /** Reads {@code in}, skipping (and reporting) lines longer than {@code maxLineBytes}. */
    public Utf8LineSource(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line, or null at the end of the stream. A final line without a terminator is returned;
     * the empty "line" after a final {@code \n} is not.
     */
    public SourceLine next() throws IOException {
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            SourceLine verdict = checkStart();
            if (verdict != null) {
                finished = true;
                return verdict;
            }
        }
        return readLine();
    }

    /** Skips a UTF-8 BOM; returns a problem line when the stream is UTF-16 or binary. */
    private SourceLine checkStart() throws IOException {
        fillAtLeast(SNIFF_BYTES);
        int n = limit - pos;
        if (n >= 2 && ((buf[pos] == (byte) 0xFF && buf[pos + 1] == (byte) 0xFE)
                || (buf[pos] == (byte) 0xFE && buf[pos + 1] == (byte) 0xFF))) {
            return SourceLine.bad(1, "UTF-16 text (byte order mark), expected UTF-8");
        }
        if (n >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
        for (int i = pos, end = Math.min(limit, pos + SNIFF_BYTES); i < end; i++) {
            if (buf[i] == 0) {
                return SourceLine.bad(1, BINARY);
            }
        }
        return null;
    }

    private SourceLine readLine() throws IOException {
        if (line.length > KEEP_LINE_BUFFER_BYTES) {
            line = new byte[8192]; // do not keep a huge buffer alive after one huge line
        }
        int len = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        boolean terminated = false;
        while (!terminated) {
            if (pos >= limit && !fill()) {
                break;
            }
            sawAny = true;
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            int chunk = end - pos;
            if (!tooLong) {
                if ((long) len + chunk > maxLineBytes) {
                    tooLong = true;
                } else {
                    ensureCapacity(len + chunk);
                    System.arraycopy(buf, pos, line, len, chunk);
                    len += chunk;
                }
            }
            pos = end;
            if (end < limit) {
                pos++; // consume '\n'
                terminated = true;
            }
        }
        if (!sawAny) {
            finished = true;
            return null;
        }
        lineNumber++;
        if (tooLong) {
            return SourceLine.bad(lineNumber, "line longer than " + maxLineBytes + " bytes, skipped");
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        return decode(len);
    }

    private SourceLine decode(int len) {
        for (int i = 0; i < len; i++) {
            if (line[i] == 0) {
                return SourceLine.bad(lineNumber, BINARY + " (NUL byte at byte " + (i + 1) + " of the line)");
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, len);
        CharBuffer chars = CharBuffer.allocate(len); // UTF-8 never yields more chars than bytes
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return SourceLine.bad(lineNumber, "invalid UTF-8 at byte " + (bytes.position() + 1) + " of the line");
        }
        chars.flip();
        return SourceLine.ok(lineNumber, chars.toString());
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            long grown = Math.max((long) line.length * 2, needed);
            byte[] bigger = new byte[(int) Math.min(grown, Math.max(needed, maxLineBytes))];
            System.arraycopy(line, 0, bigger, 0, line.length);
            line = bigger;
        }
    }

    /** A read failure met while sniffing, after some bytes: thrown when those bytes are used up. */
    private IOException deferred;

    /** Refills the empty buffer; false at end of stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (deferred != null) {
            throw deferred;
        }
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        return true;
    }

    /** Reads until the buffer holds {@code want} bytes or the stream ends (used once, at the start). */
    private void fillAtLeast(int want) throws IOException {
        while (!eof && limit - pos < want) {
            int n;
            try {
                n = in.read(buf, limit, buf.length - limit);
            } catch (IOException e) {
                if (limit == pos) {
                    throw e;
                }
                // the stream broke off after some bytes (a truncated gzip member): their lines are read first
                deferred = e;
                return;
            }
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }
}
