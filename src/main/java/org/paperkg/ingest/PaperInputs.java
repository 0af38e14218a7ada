package org.paperkg.ingest;

import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
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
                try (InputStream in = Files.newInputStream(file)) {
                    if (ContentSniffer.firstSignificantByte(in) == ContentSniffer.ONLY_WHITESPACE) {
                        return fileProblem(name, chosen, counted, "empty file, no records (only whitespace)");
                    }
                }
            }
            try (InputStream in = new ByteCountingInputStream(Files.newInputStream(file), bytesRead)) {
                chosen.reader().read(in, name, counted);
            }
        } catch (IOException e) {
            problem(counted, name, "cannot read file: " + describe(e));
        } catch (UncheckedIOException e) {
            problem(counted, name, "cannot read file: " + describe(e.getCause()));
        }
        return finish(name, chosen, counted);
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
