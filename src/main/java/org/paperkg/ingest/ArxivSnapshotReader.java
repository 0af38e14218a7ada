package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

/**
 * Reads the arXiv metadata snapshot (Kaggle's {@code arxiv-metadata-oai-snapshot.json}): JSON lines with
 * {@code id}, {@code submitter}, {@code authors}, {@code authors_parsed} ([last, first, suffix] per author),
 * {@code title}, {@code abstract}, {@code categories} (space-separated), {@code doi}, {@code journal-ref},
 * {@code license}, {@code versions} ([{version: "v2", created: RFC 1123 time}]) and {@code update_date}.
 * Titles and abstracts are wrapped with line breaks and indentation: each becomes one line. The paper is
 * named by its arXiv id; its version is the last of {@code versions}, its date the first version's.
 */
public final class ArxivSnapshotReader extends JsonLineReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "arxiv-json";
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v\\d{1,6}");
    private static final java.util.regex.Pattern AUTHOR_SEPARATOR = java.util.regex.Pattern.compile(",\\s*|\\s+and\\s+");

    @Override
    Paper toPaper(JsonNode o, SourceLocation where, PaperSink sink) throws BadRecord {
        Paper.Builder b = new Paper.Builder();
        b.source = where;
        String id = required(o, "id", "record without an \"id\"");
        PaperId arxiv = PaperId.arxiv(id);
        if (arxiv == null) {
            throw new BadRecord("\"id\" is not an arXiv id: " + id);
        }
        b.id = id;
        b.id(arxiv);
        b.title = Texts.oneLine(required(o, "title", "record without a title"));
        b.abstractText = Texts.oneLine(required(o, "abstract", "record without an abstract"));
        if (b.title == null || b.abstractText == null) {
            throw new BadRecord(b.title == null ? "record without a title" : "record without an abstract");
        }
        authors(o, b);
        String categories = text(o, "categories");
        if (categories != null) {
            for (String c : WHITESPACE.split(categories)) {
                b.categories.add(c);
            }
        }
        b.id(PaperId.doi(text(o, "doi")));
        b.venue = Texts.oneLine(text(o, "journal-ref"));
        b.license = text(o, "license");
        b.url = "https://arxiv.org/abs/" + arxiv.value();
        versions(o, b);
        return b.build();
    }

    private static void authors(JsonNode o, Paper.Builder b) throws BadRecord {
        JsonNode parsed = o.get("authors_parsed");
        if (parsed != null && parsed.isArray()) {
            for (JsonNode a : parsed) {
                if (!a.isArray() || a.isEmpty()) {
                    throw new BadRecord("\"authors_parsed\" must hold [last, first, suffix] arrays, not " + describe(a));
                }
                String last = a.path(0).asText("").strip();
                String first = a.path(1).asText("").strip();
                String suffix = a.path(2).asText("").strip();
                String name = Texts.oneLine((first + " " + last + " " + suffix));
                if (name != null) {
                    b.authors.add(Author.named(name));
                }
            }
            return;
        }
        String names = Texts.oneLine(text(o, "authors"));
        if (names != null) {
            for (String n : AUTHOR_SEPARATOR.split(names)) {
                if (!n.isBlank()) {
                    b.authors.add(Author.named(n.strip()));
                }
            }
        }
    }

    /** Version number and dates: the first version's date is the paper's, the last one's is this record's. */
    private static void versions(JsonNode o, Paper.Builder b) {
        JsonNode versions = o.get("versions");
        String first = null;
        String last = null;
        Integer number = null;
        if (versions != null && versions.isArray()) {
            for (JsonNode v : versions) {
                String created = Texts.rfc1123Date(v.path("created").asText(null));
                if (first == null) {
                    first = created;
                }
                last = created != null ? created : last;
                String version = v.path("version").asText("");
                if (VERSION.matcher(version).matches()) {
                    number = Integer.valueOf(version.substring(1));
                }
            }
        }
        b.version = number;
        b.revised = last != null ? last : Texts.isoDate(o.path("update_date").asText(null));
        b.date(first);
    }
}
