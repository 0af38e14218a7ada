package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The input formats paperkg reads, so that the command line can name one or let the file decide:
 * each has a name, its usual file extensions and a reader. Detection goes by extension first and
 * otherwise by the first non-blank byte ('{' or '[' means JSON lines, anything else listing text).
 */
public enum InputFormat {
    /** Text copied from a papers-listing page: title, blank line, abstract. */
    LISTING(ListingTextReader.FORMAT, List.of("txt"), ListingTextReader::new),
    /** One JSON object per line. */
    JSONL(JsonLinesReader.FORMAT, List.of("jsonl", "ndjson", "json"), JsonLinesReader::new);

    private final String formatName;
    private final List<String> extensions;
    private final Supplier<PaperReader> reader;

    InputFormat(String formatName, List<String> extensions, Supplier<PaperReader> reader) {
        this.formatName = formatName;
        this.extensions = extensions;
        this.reader = reader;
    }

    /** The name used on the command line and in messages, e.g. "jsonl". */
    public String formatName() {
        return formatName;
    }

    /** File extensions (lower case, no dot) that select this format. */
    public List<String> extensions() {
        return extensions;
    }

    /** A new reader for this format. */
    public PaperReader reader() {
        return reader.get();
    }

    @Override
    public String toString() {
        return formatName;
    }

    /** The format of the given name (case-insensitive). */
    public static InputFormat byName(String name) {
        for (InputFormat f : values()) {
            if (f.formatName.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name + "'; known formats: " + names());
    }

    /** The known format names, comma-separated, for help texts and messages. */
    public static String names() {
        return Arrays.stream(values()).map(InputFormat::formatName).collect(Collectors.joining(", "));
    }

    /** The format for a file name's extension, or null when the extension names none. */
    public static InputFormat byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The format of {@code file}: by extension, else by content. A file that cannot be read is taken
     * as listing text; reading it then reports why it cannot be read.
     */
    public static InputFormat detect(Path file) {
        Path fileName = file.getFileName();
        InputFormat byExt = fileName == null ? null : byExtension(fileName.toString());
        if (byExt != null) {
            return byExt;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return byContent(in);
        } catch (IOException | RuntimeException e) {
            return LISTING;
        }
    }

    /** The format suggested by the first non-blank byte of {@code in} (which is consumed). */
    public static InputFormat byContent(InputStream in) throws IOException {
        int first = ContentSniffer.firstSignificantByte(in);
        return first == '{' || first == '[' ? JSONL : LISTING;
    }
}
