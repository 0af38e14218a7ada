package org.paperkg.ingest;

import org.junit.jupiter.api.Test;
import org.paperkg.model.Paper;
import org.paperkg.model.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListingTextReaderTest {
    private static final String ABSTRACT_A = "We propose method A and it works well on benchmark B.";
    private static final String ABSTRACT_C = "Method C improves accuracy by 3% on dataset D.";

    private static RecordingSink read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordingSink read(byte[] bytes) throws IOException {
        RecordingSink sink = new RecordingSink();
        new ListingTextReader().read(new ByteArrayInputStream(bytes), "t.txt", sink);
        return sink;
    }

    @Test
    void listingReaderYieldsTitleAndAbstractPerBlock() throws IOException {
        RecordingSink sink = new RecordingSink();
        try (InputStream in = getClass().getResourceAsStream("/ingest/listing-small.txt")) {
            new ListingTextReader().read(in, "listing-small.txt", sink);
        }
        assertEquals(List.of("Sparse Widgets for Dense Prediction", "Tiny Transformers Are Enough"), sink.titles());
        Paper first = sink.papers.get(0);
        assertTrue(first.abstractText().startsWith("We introduce sparse widgets"));
        assertTrue(first.abstractText().endsWith("over a dense baseline."));
        assertEquals(new SourceLocation("listing-small.txt", 11), first.source());
        assertEquals(new SourceLocation("listing-small.txt", 17), sink.papers.get(1).source());
        assertNull(first.id());
        assertTrue(first.authors().isEmpty());
    }

    @Test
    void pageHeaderLinesAreSkippedSilently() throws IOException {
        RecordingSink sink = read("new\n\nSubscribe\n\nMar 14\n\nTitle A\n\n" + ABSTRACT_A + "\n");
        assertEquals(List.of("Title A"), sink.titles());
        assertTrue(sink.problems.isEmpty(), sink.problemText());
    }

    @Test
    void fileWithoutHeaderStartsWithAPaper() throws IOException {
        RecordingSink sink = read("Title A\n\n" + ABSTRACT_A + "\n\nTitle C\n\n" + ABSTRACT_C);
        assertEquals(List.of("Title A", "Title C"), sink.titles());
        assertEquals(ABSTRACT_C, sink.papers.get(1).abstractText());
    }

    @Test
    void titleWithoutAbstractIsAProblemNamingItsLine() throws IOException {
        RecordingSink sink = read("Title A\n\n" + ABSTRACT_A + "\n\nOrphan Title\n\nTitle C\n\n" + ABSTRACT_C + "\n");
        assertEquals(List.of("Title A", "Title C"), sink.titles());
        assertEquals(1, sink.problems.size());
        assertEquals(new SourceLocation("t.txt", 5), sink.problems.get(0).where());
        assertEquals("record without an abstract", sink.problems.get(0).message());
    }

    @Test
    void lastTitleWithoutAbstractIsAProblem() throws IOException {
        RecordingSink sink = read("Title A\n\n" + ABSTRACT_A + "\n\nDangling Title\n\n");
        assertEquals(List.of("Title A"), sink.titles());
        assertEquals(List.of(5L), sink.problemLines());
        assertEquals("record without an abstract", sink.problems.get(0).message());
    }

    @Test
    void trimsOddSpacingAroundTitleAndAbstract() throws IOException {
        RecordingSink sink = read("  Title A \t\n\n   " + ABSTRACT_A + "  \n");
        assertEquals("Title A", sink.papers.get(0).title());
        assertEquals(ABSTRACT_A, sink.papers.get(0).abstractText());
    }

    @Test
    void readsCrlfLineEndings() throws IOException {
        RecordingSink sink = read("new\r\n\r\nTitle A\r\n\r\n" + ABSTRACT_A + "\r\n\r\nTitle C\r\n\r\n" + ABSTRACT_C + "\r\n");
        assertEquals(List.of("Title A", "Title C"), sink.titles());
        assertEquals(ABSTRACT_A, sink.papers.get(0).abstractText());
        assertEquals(3, sink.papers.get(0).source().line());
    }

    @Test
    void skipsByteOrderMark() throws IOException {
        RecordingSink sink = read("\uFEFFTitle A\n\n" + ABSTRACT_A + "\n");
        assertEquals(List.of("Title A"), sink.titles());
    }

    @Test
    void invalidUtf8InOneAbstractSkipsThatPaperOnlyWithOneProblem() throws IOException {
        RecordingSink sink = read(TestBytes.withInvalidByte("Title A\n\n" + ABSTRACT_A
                + "\n\nTitle B\n\nBad § abstract of B.\n\nTitle C\n\n" + ABSTRACT_C + "\n"));
        assertEquals(List.of("Title A", "Title C"), sink.titles());
        assertEquals(List.of(7L), sink.problemLines());
        assertEquals("invalid UTF-8 at byte 5 of the line", sink.problems.get(0).message());
    }

    @Test
    void invalidUtf8InATitleSkipsItsAbstractWithoutASecondProblem() throws IOException {
        RecordingSink sink = read(TestBytes.withInvalidByte("Title A\n\n" + ABSTRACT_A + "\n\nTitle §B\n\n" + ABSTRACT_C
                + "\n\nTitle D\n\n" + ABSTRACT_A + "\n"));
        assertEquals(List.of("Title A", "Title D"), sink.titles());
        assertEquals(List.of(5L), sink.problemLines());
    }

    @Test
    void handlesAFiveMegabyteAbstract() throws IOException {
        String huge = "word ".repeat(1_000_000) + "end.";
        RecordingSink sink = read("Huge Paper\n\n" + huge + "\n\nTitle A\n\n" + ABSTRACT_A + "\n");
        assertEquals(List.of("Huge Paper", "Title A"), sink.titles());
        assertEquals(huge.strip(), sink.papers.get(0).abstractText());
    }

    @Test
    void jsonLinesReadAsListingGiveProblemsNotPapers() throws IOException {
        String record = "{\"title\": \"T\", \"abstract\": \"" + "x".repeat(400) + "\"}";
        RecordingSink sink = read(record + "\n" + record + "\n");
        assertTrue(sink.papers.isEmpty(), sink.titles().toString());
        assertEquals(List.of(1L, 2L), sink.problemLines());
        assertTrue(sink.problems.get(0).message().startsWith("not a paper block"), sink.problemText());
    }

    @Test
    void sinkThrowingStopsTheRead() {
        PaperSink strict = new PaperSink() {
            @Override
            public void paper(Paper paper) {
            }

            @Override
            public void problem(IngestProblem problem) {
                throw new IngestAbortedException(problem);
            }
        };
        String text = "Title A\n\n" + ABSTRACT_A + "\n\nOrphan\n\nAnother Orphan\n\nTitle C\n\n" + ABSTRACT_C + "\n";
        IngestAbortedException e = assertThrows(IngestAbortedException.class, () -> new ListingTextReader()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt", strict));
        assertNotNull(e.problem());
        assertEquals(5, e.problem().where().line());
    }
}
