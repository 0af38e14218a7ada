package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The input formats paperkg reads, as data (one registry, like Rio's formats): each has a name for the
 * command line, its usual file extensions and a reader. A file's format is found from its content: XML by its
 * root element (OAI-PMH, PubmedArticleSet), JSON lines by the keys of the first record (arXiv snapshot,
 * OpenAlex, Semantic Scholar papers or abstracts, else flat JSON lines), BibTeX by its {@code @}; the extension
 * decides only for {@code .txt} (listing text) and when the content says nothing. Compressed files (gzip, bzip2)
 * are looked at after decompression.
 */
public enum InputFormat {
    /** Text copied from a papers-listing page: title, blank line, abstract. */
    LISTING(ListingTextReader.FORMAT, List.of("txt"), ListingTextReader::new),
    /** One flat JSON object per line: title, abstract, optional id, authors, year, venue, url, doi, arxiv_id. */
    JSONL(JsonLinesReader.FORMAT, List.of("jsonl", "ndjson", "json"), JsonLinesReader::new),
    /** arXiv OAI-PMH ListRecords pages, metadataPrefix arXiv or oai_dc. */
    ARXIV_OAI(ArxivOaiReader.FORMAT, List.of(), ArxivOaiReader::new),
    /** The arXiv metadata snapshot, JSON lines. */
    ARXIV_JSON(ArxivSnapshotReader.FORMAT, List.of(), ArxivSnapshotReader::new),
    /** OpenAlex works, JSON lines. */
    OPENALEX(OpenAlexReader.FORMAT, List.of(), OpenAlexReader::new),
    /** Semantic Scholar papers dataset, JSON lines (abstracts from an s2-abstracts file of the same build). */
    S2_PAPERS(SemanticScholarPapersReader.FORMAT, List.of(), SemanticScholarPapersReader::new),
    /** Semantic Scholar abstracts dataset, JSON lines: joined to the papers of the same build by corpus id. */
    S2_ABSTRACTS(SemanticScholarAbstracts.FORMAT, List.of(), SemanticScholarAbstracts::new),
    /** PubMed/MEDLINE XML (PubmedArticleSet). */
    PUBMED(PubMedReader.FORMAT, List.of(), PubMedReader::new),
    /** BibTeX entries with an abstract field. */
    BIBTEX(BibTexReader.FORMAT, List.of("bib", "bibtex"), BibTexReader::new);

    /** Bytes of an XML file looked at for its root element: enough for a prolog, a DOCTYPE and comments. */
    static final int XML_SNIFF_BYTES = 64 * 1024;
    /** Longest first line parsed to tell the JSON formats apart (an arXiv or OpenAlex record is a few KB). */
    static final int JSON_SNIFF_BYTES = 4 << 20;

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

    /** File extensions (lower case, no dot) that suggest this format. */
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

    /** The format for a file name's extension (after .gz or .bz2), or null when the extension names none. */
    public static InputFormat byExtension(String fileName) {
        String name = Compression.withoutSuffix(fileName);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The format of {@code file}, from its content (decompressed) and, where that says nothing, its extension.
     * A file that cannot be read is taken as its extension says, else as listing text; reading it then reports
     * why it cannot be read.
     */
    public static InputFormat detect(Path file) {
        Path fileName = file.getFileName();
        InputFormat byExt = fileName == null ? null : byExtension(fileName.toString());
        if (byExt == LISTING) {
            return LISTING;
        }
        if (!Files.isRegularFile(file)) {
            // A pipe can be read once: looking into it would eat what the reader needs.
            return byExt != null ? byExt : LISTING;
        }
        try (InputStream in = Compression.decompressed(Files.newInputStream(file))) {
            return byContent(in, byExt);
        } catch (IOException | RuntimeException e) {
            return byExt != null ? byExt : LISTING;
        }
    }

    /** The format suggested by the content of {@code in} (which is consumed): as {@link #byContent(InputStream, InputFormat)}. */
    public static InputFormat byContent(InputStream in) throws IOException {
        return byContent(in, null);
    }

    /**
     * The format the content of {@code in} (consumed) shows; {@code fallback} (an extension's guess) when the
     * content looks like none, else listing text.
     */
    static InputFormat byContent(InputStream raw, InputFormat fallback) throws IOException {
        // The sniffer reads blocks: mark the start, then read the record or root element from there again.
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark((int) ContentSniffer.MAX_SCAN_BYTES + JSON_SNIFF_BYTES);
        int first = ContentSniffer.firstSignificantByte(in);
        in.reset();
        InputFormat otherwise = fallback != null ? fallback : LISTING;
        return switch (first) {
            case '<' -> xmlFormat(in, otherwise);
            case '{' -> jsonFormat(in);
            case '[' -> JSONL;
            case '@' -> BIBTEX;
            case '%' -> fallback != null ? fallback : BIBTEX; // a BibTeX file often starts with comment lines
            default -> otherwise;
        };
    }

    private static InputFormat xmlFormat(InputStream in, InputFormat otherwise) throws IOException {
        String head = new String(in.readNBytes(XML_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.contains("<OAI-PMH")) {
            return ARXIV_OAI;
        }
        if (head.contains("<PubmedArticleSet") || head.contains("<PubmedArticle")) {
            return PUBMED;
        }
        return otherwise;
    }

    /** Tells the JSON-lines formats apart by the keys of the first record. */
    private static InputFormat jsonFormat(InputStream in) throws IOException {
        String first;
        do {
            first = new String(readLine(in), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } while (first.isBlank());
        JsonNode o;
        try {
            o = JsonLineReader.parse(first);
        } catch (BadRecord e) {
            return JSONL; // the reader reports the line
        }
        if (o.has("authors_parsed") || (o.has("versions") && o.has("submitter"))) {
            return ARXIV_JSON;
        }
        if (o.has("abstract_inverted_index") || o.has("authorships")
                || o.path("id").asText("").startsWith("https://openalex.org/")) {
            return OPENALEX;
        }
        if (o.has("corpusid")) {
            return o.has("title") ? S2_PAPERS : S2_ABSTRACTS;
        }
        return JSONL;
    }

    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n' && out.size() < JSON_SNIFF_BYTES) {
            out.write(b);
        }
        if (b < 0 && out.size() == 0) {
            throw new java.io.EOFException("no JSON line");
        }
        return out.toByteArray();
    }
}
