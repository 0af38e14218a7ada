package org.paperkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Paper;
import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class PaperInputsTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PaperInputsTest.class.getResource("/ingest/" + name).toURI());
    }

    /** Asserts that the only thing read is one file-level problem with this message. */
    private static void assertSingleFileProblem(RecordingSink sink, IngestSummary summary, String message) {
        assertTrue(sink.papers.isEmpty());
        assertEquals(1, sink.problems.size(), sink.problemText());
        assertEquals(0, sink.problems.get(0).where().line());
        assertEquals(message, sink.problems.get(0).message());
        assertEquals(0, summary.papers());
        assertEquals(1, summary.problems());
    }

    @Test
    void bundledSampleGives102PapersStartingWithHarmonizing() {
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.readSample(sink);
        assertTrue(sink.problems.isEmpty(), sink.problemText());
        assertEquals(102, sink.papers.size());
        assertEquals(new IngestSummary(PaperInputs.SAMPLE_NAME, InputFormat.LISTING, 102, 0), summary);
        Paper first = sink.papers.get(0);
        assertEquals("Harmonizing the object recognition strategies of deep neural networks with humans", first.title());
        assertTrue(first.abstractText().startsWith("The many successes of deep neural networks (DNNs)"));
        assertEquals(new SourceLocation(PaperInputs.SAMPLE_NAME, 11), first.source());
        assertEquals("DRACO: Co-Optimizing Hardware Utilization, and Performance of DNNs on Systolic Accelerator",
                sink.papers.get(1).title());
        assertEquals(415, sink.papers.get(101).source().line());
        assertTrue(sink.papers.stream().allMatch(p -> p.abstractText().length() > 1000 && p.title().length() < 200));
    }

    @Test
    void everySampleTitleIsFollowedByItsAbstractInTheRawText() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream(PaperInputs.SAMPLE_RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        RecordingSink sink = new RecordingSink();
        PaperInputs.readSample(sink);
        for (Paper p : sink.papers) {
            int titleIndex = (int) p.source().line() - 1;
            assertEquals(p.title(), lines.get(titleIndex).strip());
            assertEquals(p.abstractText(), lines.get(titleIndex + 2).strip());
        }
    }

    @Test
    void resourceFormatIsDetectedFromItsName() {
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.readResource("/ingest/papers.jsonl", "demo", null, sink);
        assertEquals(InputFormat.JSONL, summary.format());
        assertEquals(3, summary.papers());
        assertEquals("demo", sink.papers.get(0).source().file());
    }

    @Test
    void missingResourceIsAProblem() {
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.readResource("/ingest/nothing-here.txt", "nothing", null, sink);
        assertSingleFileProblem(sink, summary, "no such resource: /ingest/nothing-here.txt");
    }

    @Test
    void readsAFileInTheDetectedFormat() throws URISyntaxException {
        RecordingSink sink = new RecordingSink();
        Path file = fixture("truncated.jsonl");
        IngestSummary summary = PaperInputs.read(file, sink);
        assertEquals(new IngestSummary(file.toString(), InputFormat.JSONL, 2, 1), summary);
        assertEquals(new SourceLocation(file.toString(), 2), sink.problems.get(0).where());
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        RecordingSink sink = new RecordingSink();
        Path missing = dir.resolve("missing.jsonl");
        IngestSummary summary = PaperInputs.read(missing, sink);
        assertSingleFileProblem(sink, summary, "no such file");
        assertEquals(missing.toString(), sink.problems.get(0).where().file());
        assertNull(summary.format());
    }

    @Test
    void directoryIsAProblemNotAnException() {
        RecordingSink sink = new RecordingSink();
        assertSingleFileProblem(sink, PaperInputs.read(dir, sink), "is a directory, not a file");
    }

    @Test
    void unreadableFileIsAProblemNotAnException() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Title\n\nAbstract text.\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");
        RecordingSink sink = new RecordingSink();
        assertSingleFileProblem(sink, PaperInputs.read(file, sink), "cannot read file: permission denied");
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = Files.createFile(dir.resolve("empty.jsonl"));
        assertSingleFileProblem(sink, PaperInputs.read(file, sink), "empty file, no records");
    }

    @Test
    void whitespaceOnlyFileIsAnEmptyFileProblem() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \n\r\n\t\n");
        assertSingleFileProblem(sink, PaperInputs.read(file, sink), "empty file, no records (only whitespace)");
    }

    @Test
    void binaryFileIsOneProblemThenANoRecordsProblem() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("image.bin"), bytes);
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.read(file, sink);
        assertTrue(sink.papers.isEmpty());
        assertEquals(new IngestProblem(new SourceLocation(file.toString(), 1), "binary data, not text"),
                sink.problems.get(0));
        assertEquals(2, summary.problems());
        assertTrue(sink.problems.get(1).message().startsWith("no readable records"));
    }

    @Test
    void invalidUtf8LineInAFileIsReportedAndTheOthersKept() throws IOException {
        Path file = Files.write(dir.resolve("mixed.jsonl"), TestBytes.withInvalidByte(
                "{\"title\": \"One\", \"abstract\": \"A.\"}\n{\"title\": \"§\", \"abstract\": \"B.\"}\n"
                        + "{\"title\": \"Three\", \"abstract\": \"C.\"}\n"));
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.read(file, sink);
        assertEquals(List.of("One", "Three"), sink.titles());
        assertEquals(List.of(2L), sink.problemLines());
        assertEquals(2, summary.papers());
    }

    @Test
    void listingTextGivenExplicitlyAsJsonLinesGivesProblemsPerLine() throws URISyntaxException {
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.read(fixture("listing-small.txt"), InputFormat.JSONL, sink);
        assertEquals(0, summary.papers());
        assertEquals(11, summary.problems()); // ten lines, then "no readable records"
        assertTrue(sink.problems.get(10).message().startsWith("no readable records"));
    }

    @Test
    void jsonLinesGivenExplicitlyAsListingDoNotCrash() throws IOException {
        String line = "{\"id\": \"x\", \"title\": \"Short\", \"abstract\": \"" + "long text ".repeat(50) + "\"}\n";
        Path file = Files.writeString(dir.resolve("records.jsonl"), line + line + "\n" + line);
        RecordingSink sink = new RecordingSink();
        IngestSummary summary = PaperInputs.read(file, InputFormat.LISTING, sink);
        assertEquals(InputFormat.LISTING, summary.format());
        assertEquals(0, summary.papers());
        assertEquals(List.of(1L, 2L, 4L, 0L), sink.problemLines());
    }

    @Test
    void fileWithOnlyHeaderLinesSaysNoRecordsFound() throws IOException {
        Path file = Files.writeString(dir.resolve("header.txt"), "new\n\nSubscribe\n\nMar 14\n");
        RecordingSink sink = new RecordingSink();
        assertSingleFileProblem(sink, PaperInputs.read(file, sink), "no records found (read as listing)");
    }

    @Test
    void crlfFileWithByteOrderMarkIsRead() throws IOException {
        Path file = Files.write(dir.resolve("windows.txt"),
                "\uFEFFnew\r\n\r\nTitle A\r\n\r\nAbstract of paper A.\r\n\r\nTitle B\r\n\r\nAbstract of paper B.\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        RecordingSink sink = new RecordingSink();
        PaperInputs.read(file, sink);
        assertEquals(List.of("Title A", "Title B"), sink.titles());
        assertEquals("Abstract of paper B.", sink.papers.get(1).abstractText());
        assertTrue(sink.problems.isEmpty(), sink.problemText());
    }

    @Test
    void fiveMegabyteAbstractIsReadFromAFile() throws IOException {
        String huge = "x".repeat(5 * 1024 * 1024);
        Path file = Files.writeString(dir.resolve("huge.jsonl"),
                "{\"title\": \"Huge\", \"abstract\": \"" + huge + "\"}\n");
        RecordingSink sink = new RecordingSink();
        PaperInputs.read(file, sink);
        assertTrue(sink.problems.isEmpty(), sink.problemText());
        assertEquals(huge.length(), sink.papers.get(0).abstractText().length());
    }

    @Test
    void strictSinkStopsTheReadAndTheExceptionPropagates() throws URISyntaxException {
        List<Paper> delivered = new ArrayList<>();
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
        Path file = fixture("truncated.jsonl");
        IngestAbortedException e = assertThrows(IngestAbortedException.class, () -> PaperInputs.read(file, strict));
        assertEquals(new SourceLocation(file.toString(), 2), e.problem().where());
        assertEquals(1, delivered.size());
    }

    @Test
    void strictSinkAlsoStopsOnFileLevelProblems() {
        PaperSink strict = new PaperSink() {
            @Override
            public void paper(Paper paper) {
            }

            @Override
            public void problem(IngestProblem problem) {
                throw new IngestAbortedException(problem);
            }
        };
        IngestAbortedException e = assertThrows(IngestAbortedException.class,
                () -> PaperInputs.read(dir.resolve("missing.txt"), strict));
        assertEquals("no such file", e.problem().message());
        assertFalse(e.getMessage().isBlank());
    }
}
