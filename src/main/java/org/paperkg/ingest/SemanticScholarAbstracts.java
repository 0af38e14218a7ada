package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.Paper;
import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The Semantic Scholar {@code abstracts} dataset ({@code corpusid}, {@code abstract}, JSON lines), kept for the
 * {@code papers} records of the same build to find their abstract by corpus id. The texts go to a temporary
 * file and only their offsets stay in memory, so that the abstracts of millions of papers do not fill the heap.
 * As a reader it indexes and gives no papers itself.
 */
public final class SemanticScholarAbstracts extends JsonLineReader implements AutoCloseable {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "s2-abstracts";

    private final Map<Long, Long> offsets = new HashMap<>();
    private Path file;
    private FileChannel channel;

    @Override
    Paper toPaper(JsonNode o, SourceLocation where, PaperSink sink) throws BadRecord {
        JsonNode id = o.get("corpusid");
        if (id == null || !id.canConvertToLong()) {
            throw new BadRecord("abstracts record without a numeric \"corpusid\"");
        }
        String text = Texts.oneLine(text(o, "abstract"));
        if (text == null) {
            throw new BadRecord("record without an abstract (corpusid " + id.asLong() + ")");
        }
        put(id.asLong(), text);
        return null;
    }

    /** Number of abstracts kept. */
    public int size() {
        return offsets.size();
    }

    private void put(long corpusId, String text) {
        try {
            if (channel == null) {
                file = Files.createTempFile("paperkg-s2-abstracts-", ".bin");
                file.toFile().deleteOnExit();
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long at = channel.size();
            ByteBuffer buf = ByteBuffer.allocate(Integer.BYTES + bytes.length).putInt(bytes.length).put(bytes).flip();
            while (buf.hasRemaining()) {
                channel.write(buf, at + buf.position());
            }
            offsets.put(corpusId, at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep Semantic Scholar abstracts in a temporary file", e);
        }
    }

    /** The abstract of the paper with this corpus id, or null when no abstracts record gave one. */
    String abstractOf(long corpusId) {
        Long at = offsets.get(corpusId);
        if (at == null) {
            return null;
        }
        try {
            ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
            channel.read(length, at);
            ByteBuffer text = ByteBuffer.allocate(length.flip().getInt());
            while (text.hasRemaining()) {
                if (channel.read(text, at + Integer.BYTES + text.position()) < 0) {
                    break;
                }
            }
            return new String(text.array(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the temporary file of Semantic Scholar abstracts", e);
        }
    }

    /** Indexes one abstracts file (problems go to {@code sink}). */
    public void index(InputStream in, String name, PaperSink sink) throws IOException {
        read(in, name, sink);
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is removed at exit
        }
    }
}
