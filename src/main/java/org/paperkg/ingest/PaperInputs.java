package org.paperkg.ingest;

import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.function.LongConsumer;

/**
 * Opens an input (a file or a bundled classpath resource), picks its format and runs the reader,
 * turning everything that goes wrong with the input as a whole (missing, a directory, unreadable,
 * empty, nothing readable in it) into problems at line 0 instead of exceptions, so that one bad
 * input among several is reported like a bad record. Whether a problem stops the run is the sink's
 * choice: an {@link IngestAbortedException} thrown by the sink propagates to the caller.
 */
public final class PaperInputs {
    /** Classpath location of the bundled sample corpus (102 deep-learning papers, listing format). */
    public static final String SAMPLE_RESOURCE = "/org/paperkg/sample/hf-papers-dnn.txt";
    /** Display name of the bundled sample corpus in messages and provenance. */
    public static final String SAMPLE_NAME = "sample:hf-papers-dnn.txt";

    private PaperInputs() {
    }

    /** Reads {@code file} in the format its extension or content suggests. */
    public static IngestSummary read(Path file, PaperSink sink) {
        return read(file, null, sink);
    }

    /**
     * Reads {@code file} as {@code format}, or as the detected format when {@code format} is null.
     * The file's path as given is its name in messages and provenance.
     */
    public static IngestSummary read(Path file, InputFormat format, PaperSink sink) {
        return read(file, format, sink, NO_COUNT);
    }

    /** Ignores byte counts: for callers that show no progress. */
    private static final LongConsumer NO_COUNT = n -> {
    };

    /**
     * As {@link #read(Path, InputFormat, PaperSink)}, telling {@code bytesRead} how many bytes of the file each read
     * took (for progress as a share of the input's size; format detection is not counted).
     */
    public static IngestSummary read(Path file, InputFormat format, PaperSink sink, LongConsumer bytesRead) {
        return read(file, format, sink, bytesRead, null);
    }

    /**
     * Reads every input of one build: directories are walked (files in name order, hidden ones skipped), and the
     * Semantic Scholar abstracts files are read first, so that the papers files, wherever they stand in the
     * list, find their abstracts. One summary per file read.
     */
    public static List<IngestSummary> readAll(List<Path> inputs, InputFormat format, PaperSink sink,
                                              LongConsumer bytesRead) {
        List<IngestSummary> summaries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> inside = filesIn(input);
                if (inside.isEmpty()) {
                    summaries.add(fileProblem(input.toString(), null, new CountingSink(sink),
                            "is a directory without input files"));
                }
                files.addAll(inside);
            } else {
                files.add(input);
            }
        }
        try (SemanticScholarAbstracts abstracts = new SemanticScholarAbstracts()) {
            List<Path> rest = new ArrayList<>();
            for (Path file : files) {
                InputFormat chosen = format != null ? format : Files.isRegularFile(file) ? InputFormat.detect(file) : null;
                if (chosen == InputFormat.S2_ABSTRACTS) {
                    summaries.add(read(file, chosen, sink, bytesRead, abstracts));
                } else {
                    rest.add(file);
                }
            }
            for (Path file : rest) {
                summaries.add(read(file, format, sink, bytesRead, abstracts));
            }
        }
        return summaries;
    }

    /** The regular, visible files under {@code dir}, in name order. */
    public static List<Path> filesIn(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static IngestSummary read(Path file, InputFormat format, PaperSink sink, LongConsumer bytesRead,
                                      SemanticScholarAbstracts abstracts) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        String name = file.toString();
        CountingSink counted = new CountingSink(sink);
        if (!Files.exists(file)) {
            return fileProblem(name, null, counted, "no such file");
        }
        if (Files.isDirectory(file)) {
            return fileProblem(name, null, counted, "is a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            return fileProblem(name, null, counted, "cannot read file: permission denied");
        }
        InputFormat chosen = format != null ? format : InputFormat.detect(file);
        try {
            // Pre-checks open the file twice: fine for files, impossible for pipes, which skip them.
            if (Files.isRegularFile(file)) {
                if (Files.size(file) == 0) {
                    return fileProblem(name, chosen, counted, "empty file, no records");
                }
                try (InputStream in = Compression.decompressed(Files.newInputStream(file))) {
                    if (ContentSniffer.firstSignificantByte(in) == ContentSniffer.ONLY_WHITESPACE) {
                        return fileProblem(name, chosen, counted, "empty file, no records (only whitespace)");
                    }
                } catch (IOException e) {
                    // a damaged compressed file: reading it reports where it breaks
                }
            }
            try (InputStream in = Compression.decompressed(new ByteCountingInputStream(open(file),
                    bytesRead))) {
                readerFor(chosen, abstracts).read(in, name, counted);
            }
        } catch (IOException e) {
            readFailure(counted, name, e);
        } catch (UncheckedIOException e) {
            readFailure(counted, name, e.getCause());
        }
        if (chosen == InputFormat.S2_ABSTRACTS && abstracts != null) {
            return new IngestSummary(name, chosen, counted.papers(), counted.problems());
        }
        return finish(name, chosen, counted);
    }

    /**
     * A file's bytes. A named pipe is read through a {@link java.io.FileInputStream}: the channel stream of
     * {@code Files.newInputStream} answers {@code available()} by seeking, which a pipe refuses ("Illegal seek").
     */
    private static InputStream open(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.newInputStream(file) : new java.io.FileInputStream(file.toFile());
    }

    /** The reader of a format; Semantic Scholar files share the build's abstracts. */
    private static PaperReader readerFor(InputFormat format, SemanticScholarAbstracts abstracts) {
        if (abstracts != null && format == InputFormat.S2_ABSTRACTS) {
            return abstracts::index;
        }
        if (abstracts != null && format == InputFormat.S2_PAPERS) {
            return new SemanticScholarPapersReader(abstracts);
        }
        return format.reader();
    }

    /**
     * A file that breaks off while being read (a truncated gzip, a disk error): the problem names the line after
     * the last record read, and the records before it stay read.
     */
    private static void readFailure(CountingSink counted, String name, IOException e) {
        if (counted.lastLine() > 0) {
            counted.problem(new IngestProblem(new SourceLocation(name, counted.lastLine() + 1),
                    "the file breaks off after line " + counted.lastLine() + " (truncated or damaged compressed data?): "
                            + describe(e) + "; the " + counted.papers() + " records before it are kept"));
        } else {
            problem(counted, name, "cannot read file: " + describe(e));
        }
    }

    /** Reads the bundled sample corpus. */
    public static IngestSummary readSample(PaperSink sink) {
        return readSample(sink, NO_COUNT);
    }

    /** Reads the bundled sample corpus, telling {@code bytesRead} how many bytes each read took. */
    public static IngestSummary readSample(PaperSink sink, LongConsumer bytesRead) {
        return readResource(SAMPLE_RESOURCE, SAMPLE_NAME, InputFormat.LISTING, sink, bytesRead);
    }

    /**
     * Reads a classpath resource (an absolute path such as {@link #SAMPLE_RESOURCE}) under
     * {@code displayName}, as {@code format} or, when null, as the format its name or content suggests.
     */
    public static IngestSummary readResource(String resource, String displayName, InputFormat format,
                                             PaperSink sink) {
        return readResource(resource, displayName, format, sink, NO_COUNT);
    }

    private static IngestSummary readResource(String resource, String displayName, InputFormat format,
                                              PaperSink sink, LongConsumer bytesRead) {
        Objects.requireNonNull(resource, "resource");
        return read(displayName != null ? displayName : resource, resource,
                () -> PaperInputs.class.getResourceAsStream(resource), "resource", format, sink, bytesRead);
    }

    /** Opens an input anew each time it is called; null when there is no such input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads an input that the caller opens (a classpath resource, a Hadoop path for the Spark job...) under
     * {@code name}, as {@code format} or, when null, as the format its name or content suggests (content detection
     * opens it twice).
     */
    public static IngestSummary read(String name, Opener opener, InputFormat format, PaperSink sink) {
        return read(name, name, opener, "input", format, sink, NO_COUNT);
    }

    /** {@code path} names the input for format detection and {@code kind} in messages ("no such resource: path"). */
    private static IngestSummary read(String name, String path, Opener opener, String kind, InputFormat format,
                                      PaperSink sink, LongConsumer bytesRead) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sink, "sink");
        CountingSink counted = new CountingSink(sink);
        InputFormat chosen = format;
        try {
            if (chosen == null) {
                chosen = InputFormat.byExtension(path);
            }
            if (chosen == null) {
                try (InputStream in = opener.open()) {
                    chosen = in == null ? InputFormat.LISTING : InputFormat.byContent(in);
                }
            }
            try (InputStream in = opener.open()) {
                if (in == null) {
                    return fileProblem(name, null, counted, "no such " + kind + ": " + path);
                }
                chosen.reader().read(new ByteCountingInputStream(in, bytesRead), name, counted);
            }
        } catch (IOException e) {
            problem(counted, name, "cannot read " + kind + ": " + describe(e));
        } catch (UncheckedIOException e) {
            problem(counted, name, "cannot read " + kind + ": " + describe(e.getCause()));
        }
        return finish(name, chosen, counted);
    }

    /** Adds the input-level problem for an input that gave no papers. */
    private static IngestSummary finish(String name, InputFormat format, CountingSink counted) {
        if (counted.papers() == 0) {
            if (counted.problems() == 0) {
                problem(counted, name, "no records found (read as " + format + ")");
            } else {
                problem(counted, name, "no readable records: every record had a problem (read as "
                        + format + ")");
            }
        }
        return new IngestSummary(name, format, counted.papers(), counted.problems());
    }

    private static IngestSummary fileProblem(String name, InputFormat format, CountingSink counted,
                                             String message) {
        problem(counted, name, message);
        return new IngestSummary(name, format, counted.papers(), counted.problems());
    }

    private static void problem(PaperSink sink, String name, String message) {
        sink.problem(new IngestProblem(new SourceLocation(name, 0), message));
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
