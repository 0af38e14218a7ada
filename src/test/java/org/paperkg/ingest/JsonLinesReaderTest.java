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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesReaderTest {

    private static RecordingSink readResource(String name) throws IOException {
        RecordingSink sink = new RecordingSink();
        try (InputStream in = JsonLinesReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            new JsonLinesReader().read(in, name, sink);
        }
        return sink;
    }

    private static RecordingSink read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RecordingSink read(byte[] bytes) throws IOException {
        RecordingSink sink = new RecordingSink();
        new JsonLinesReader().read(new ByteArrayInputStream(bytes), "t.jsonl", sink);
        return sink;
    }

    @Test
    void readsAllOptionalFieldsAndIgnoresUnknownKeys() throws IOException {
        RecordingSink sink = readResource("papers.jsonl");
        assertTrue(sink.problems.isEmpty(), sink.problemText());
        Paper full = sink.papers.get(0);
        assertEquals(new Paper("p1", "Full Record", "An abstract with every optional field.",
                List.of("Ada Lovelace", "Alan Turing"), 2023, "ICLR", "https://example.org/p1",
                new SourceLocation("papers.jsonl", 1)), full);
    }

    @Test
    void acceptsNumericIdSingleAuthorStringAndYearAsText() throws IOException {
        Paper p = readResource("papers.jsonl").papers.get(1);
        assertEquals("42", p.id());
        assertEquals(List.of("Grace Hopper"), p.authorNames());
        assertEquals(2021, p.year());
        assertNull(p.venue());
        assertNull(p.url());
        assertEquals(3, p.source().line());
    }

    @Test
    void skipsBlankLinesSilentlyAndKeepsLineNumbers() throws IOException {
        RecordingSink sink = readResource("papers.jsonl");
        assertEquals(List.of("Full Record", "Numeric Id", "Minimal Record"), sink.titles());
        Paper minimal = sink.papers.get(2);
        assertEquals(5, minimal.source().line());
        assertNull(minimal.id());
        assertNull(minimal.year());
        assertTrue(minimal.authors().isEmpty());
    }

    @Test
    void truncatedLineIsAProblemAndTheLinesAroundItAreRead() throws IOException {
        RecordingSink sink = readResource("truncated.jsonl");
        assertEquals(List.of("First Good", "Second Good"), sink.titles());
        assertEquals(1, sink.problems.size());
        IngestProblem problem = sink.problems.get(0);
        assertEquals(new SourceLocation("truncated.jsonl", 2), problem.where());
        assertTrue(problem.message().startsWith("not valid JSON: Unexpected end-of-input"), problem.message());
    }

    @Test
    void recordWithoutAbstractIsAProblem() throws IOException {
        RecordingSink sink = readResource("no-abstract.jsonl");
        assertEquals(List.of("Has Abstract"), sink.titles());
        assertEquals(List.of(2L, 3L), sink.problemLines());
        assertEquals("record without an abstract", sink.problems.get(0).message());
        assertTrue(sink.problems.get(1).message().startsWith("record without an abstract"));
    }

    @Test
    void recordWithoutTitleIsAProblem() throws IOException {
        RecordingSink sink = read("{\"abstract\": \"Text.\"}\n{\"title\": \"\", \"abstract\": \"Text.\"}\n");
        assertEquals(List.of(1L, 2L), sink.problemLines());
        assertTrue(sink.problems.get(0).message().startsWith("record without a title"));
    }

    @Test
    void wrongTypesAreProblemsNamingTheField() throws IOException {
        RecordingSink sink = read(String.join("\n",
                "{\"title\": 7, \"abstract\": \"A.\"}",
                "{\"title\": \"T\", \"abstract\": \"A.\", \"year\": \"soon\"}",
                "{\"title\": \"T\", \"abstract\": \"A.\", \"authors\": [\"X\", 3]}",
                "{\"title\": \"T\", \"abstract\": \"A.\", \"venue\": []}",
                "{\"title\": \"T\", \"abstract\": \"A.\", \"id\": true}"));
        assertTrue(sink.papers.isEmpty());
        List<String> messages = sink.problems.stream().map(IngestProblem::message).toList();
        assertEquals(List.of(
                "\"title\" must be a string, not a number (7)",
                "\"year\" must be an integer or a numeric string, not a string (\"soon\")",
                "\"authors\" must hold only strings, not a number (3)",
                "\"venue\" must be a string or null, not an array",
                "\"id\" must be a string or a number, not a boolean (true)"), messages);
    }

    @Test
    void lineThatIsNotAnObjectIsAProblem() throws IOException {
        RecordingSink sink = read("[1, 2]\n\"text\"\n");
        assertEquals(List.of(1L, 2L), sink.problemLines());
        assertEquals("not a JSON object but an array", sink.problems.get(0).message());
    }

    @Test
    void trailingContentAfterTheObjectIsAProblem() throws IOException {
        RecordingSink sink = read("{\"title\": \"T\", \"abstract\": \"A.\"} {\"x\": 1}\n");
        assertTrue(sink.papers.isEmpty());
        assertTrue(sink.problems.get(0).message().startsWith("not valid JSON"), sink.problemText());
    }

    @Test
    void invalidUtf8OnOneLineKeepsTheOthers() throws IOException {
        RecordingSink sink = read(TestBytes.withInvalidByte(String.join("\n",
                "{\"title\": \"One\", \"abstract\": \"A.\"}",
                "{\"title\": \"Bad §\", \"abstract\": \"A.\"}",
                "{\"title\": \"Three\", \"abstract\": \"A.\"}")));
        assertEquals(List.of("One", "Three"), sink.titles());
        assertEquals(List.of(2L), sink.problemLines());
        assertTrue(sink.problems.get(0).message().startsWith("invalid UTF-8"));
    }

    @Test
    void readsCrlfLinesAndByteOrderMark() throws IOException {
        RecordingSink sink = read("\uFEFF{\"title\": \"One\", \"abstract\": \"A.\"}\r\n\r\n{\"title\": \"Two\", \"abstract\": \"B.\"}\r\n");
        assertEquals(List.of("One", "Two"), sink.titles());
        assertTrue(sink.problems.isEmpty(), sink.problemText());
        assertEquals(3, sink.papers.get(1).source().line());
    }

    @Test
    void handlesAFiveMegabyteAbstract() throws IOException {
        String huge = "token ".repeat(900_000) + "end.";
        RecordingSink sink = read("{\"title\": \"Huge\", \"abstract\": \"" + huge + "\"}\n{\"title\": \"Next\", \"abstract\": \"N.\"}\n");
        assertTrue(sink.problems.isEmpty(), sink.problemText());
        assertEquals(huge, sink.papers.get(0).abstractText());
        assertEquals("Next", sink.papers.get(1).title());
    }

    @Test
    void listingTextReadAsJsonLinesGivesAProblemPerNonBlankLine() throws IOException {
        RecordingSink sink = readResource("listing-small.txt");
        assertTrue(sink.papers.isEmpty());
        assertEquals(List.of(1L, 3L, 5L, 7L, 9L, 11L, 13L, 15L, 17L, 19L), sink.problemLines());
        assertTrue(sink.problems.stream().allMatch(p -> p.message().startsWith("not valid JSON")), sink.problemText());
    }

    @Test
    void sinkThrowingStopsTheReadAtTheFirstProblem() {
        List<Paper> delivered = new java.util.ArrayList<>();
        PaperSink strict = new PaperSink() {
            @Override
            public void paper(Paper paper) {
                delivered.add(paper);
            }

            @Override
            public void problem(IngestProblem problem) {
                throw new IngestAbortedException(problem);
            }
        };
        IngestAbortedException e = assertThrows(IngestAbortedException.class, () -> {
            try (InputStream in = getClass().getResourceAsStream("/ingest/truncated.jsonl")) {
                new JsonLinesReader().read(in, "truncated.jsonl", strict);
            }
        });
        assertEquals(2, e.problem().where().line());
        assertEquals(List.of("First Good"), delivered.stream().map(Paper::title).toList());
    }
}
