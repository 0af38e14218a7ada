package org.paperkg.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8LineSourceTest {

    private static List<SourceLine> lines(byte[] bytes, int maxLineBytes) throws IOException {
        Utf8LineSource source = new Utf8LineSource(new ByteArrayInputStream(bytes), maxLineBytes);
        List<SourceLine> out = new ArrayList<>();
        SourceLine line;
        while ((line = source.next()) != null) {
            out.add(line);
        }
        return out;
    }

    private static List<SourceLine> lines(byte[] bytes) throws IOException {
        return lines(bytes, Utf8LineSource.DEFAULT_MAX_LINE_BYTES);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlineAndDropsTrailingCarriageReturn() throws IOException {
        List<SourceLine> lines = lines(utf8("one\r\ntwo\n\nthree\r\n"));
        assertEquals(List.of("one", "two", "", "three"), lines.stream().map(SourceLine::text).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), lines.stream().map(SourceLine::number).toList());
    }

    @Test
    void returnsFinalLineWithoutTerminator() throws IOException {
        assertEquals(List.of("a", "b"), lines(utf8("a\nb")).stream().map(SourceLine::text).toList());
    }

    @Test
    void emptyStreamHasNoLines() throws IOException {
        assertTrue(lines(new byte[0]).isEmpty());
    }

    @Test
    void skipsUtf8ByteOrderMark() throws IOException {
        List<SourceLine> lines = lines(utf8("\uFEFFfirst\nsecond"));
        assertEquals("first", lines.get(0).text());
    }

    @Test
    void decodesMultiByteCharacters() throws IOException {
        assertEquals("Schrödinger’s 猫 😺", lines(utf8("Schrödinger’s 猫 😺\n")).get(0).text());
    }

    @Test
    void reportsInvalidUtf8OnItsLineAndKeepsTheOthers() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'b', 'a', (byte) 0xC3, 'd', '\n', 'f', 'i', 'n', 'e', '\n'};
        List<SourceLine> lines = lines(bytes);
        assertEquals(3, lines.size());
        assertEquals("ok", lines.get(0).text());
        assertTrue(lines.get(1).isBad());
        assertEquals(2, lines.get(1).number());
        assertEquals("invalid UTF-8 at byte 3 of the line", lines.get(1).error());
        assertEquals("fine", lines.get(2).text());
    }

    @Test
    void reportsTruncatedMultiByteSequenceAtEndOfLine() throws IOException {
        byte[] bytes = {'x', (byte) 0xE2, (byte) 0x80};
        assertTrue(lines(bytes).get(0).isBad());
    }

    @Test
    void reportsBinaryStreamOnceAndStops() throws IOException {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        List<SourceLine> lines = lines(bytes);
        assertEquals(1, lines.size());
        assertEquals(Utf8LineSource.BINARY, lines.get(0).error());
    }

    @Test
    void reportsNulByteOnALateLineAsBinary() throws IOException {
        byte[] start = utf8("x".repeat(10_000) + "\nfine\n");
        byte[] bytes = new byte[start.length + 4];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = 'a';
        bytes[start.length + 1] = 0;
        bytes[start.length + 2] = 'b';
        bytes[start.length + 3] = '\n';
        List<SourceLine> lines = lines(bytes);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).error().startsWith(Utf8LineSource.BINARY), lines.get(2).error());
    }

    @Test
    void reportsUtf16AsWrongEncoding() throws IOException {
        List<SourceLine> lines = lines("\uFEFFtitle\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).error().contains("UTF-16"));
    }

    @Test
    void skipsLinesLongerThanTheLimitAndKeepsReading() throws IOException {
        List<SourceLine> lines = lines(utf8("short\n" + "y".repeat(100) + "\nafter\n"), 50);
        assertEquals("short", lines.get(0).text());
        assertTrue(lines.get(1).error().contains("longer than 50 bytes"));
        assertEquals("after", lines.get(2).text());
    }

    @Test
    void readsLinesLongerThanItsBuffer() throws IOException {
        String big = "z".repeat(300_000);
        List<SourceLine> lines = lines(utf8(big + "\r\nend"));
        assertEquals(big, lines.get(0).text());
        assertEquals("end", lines.get(1).text());
        assertNull(lines.get(1).error());
    }
}
