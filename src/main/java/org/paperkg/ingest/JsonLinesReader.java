package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON lines: one object per line with a required {@code title} and {@code abstract} and
 * optional {@code id}, {@code authors}, {@code year}, {@code venue}, {@code url}, {@code doi} and
 * {@code arxiv_id} (the last two name the paper across sources); other keys are
 * ignored. Each line is parsed on its own (after strict UTF-8 decoding by {@link Utf8LineSource}), so
 * a truncated or malformed line becomes one problem naming its line and the lines around it are
 * still read. Blank lines are skipped. A field of the wrong type rejects its record with a message
 * naming the field rather than being dropped silently.
 */
public final class JsonLinesReader extends JsonLineReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "jsonl";

    @Override
    Paper toPaper(JsonNode o, SourceLocation where, PaperSink sink) throws BadRecord {
        Paper.Builder b = new Paper.Builder();
        b.title = requiredText(o, "title", "record without a title");
        b.abstractText = requiredText(o, "abstract", "record without an abstract");
        b.id = id(o);
        authors(o).forEach(name -> b.authors.add(Author.named(name)));
        b.year = year(o);
        b.venue = optionalText(o, "venue");
        b.url = optionalText(o, "url");
        b.source = where;
        // Flat files name papers only when they say which identifier they give; their "id" is their own.
        b.id(PaperId.doi(optionalText(o, "doi")));
        String arxiv = optionalText(o, "arxiv_id");
        b.id(PaperId.arxiv(arxiv));
        b.version = PaperId.arxivVersion(arxiv);
        return b.build();
    }

    private static String requiredText(JsonNode o, String field, String missing) throws BadRecord {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new BadRecord(missing);
        }
        if (!v.isTextual()) {
            throw new BadRecord(quote(field) + " must be a string, not " + describe(v));
        }
        String text = v.textValue().strip();
        if (text.isEmpty()) {
            throw new BadRecord(missing + " (" + quote(field) + " is blank)");
        }
        return text;
    }

    private static String optionalText(JsonNode o, String field) throws BadRecord {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRecord(quote(field) + " must be a string or null, not " + describe(v));
        }
        return blankToNull(v.textValue());
    }

    private static String id(JsonNode o) throws BadRecord {
        JsonNode v = o.get("id");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return blankToNull(v.textValue());
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        throw new BadRecord("\"id\" must be a string or a number, not " + describe(v));
    }

    private static List<String> authors(JsonNode o) throws BadRecord {
        JsonNode v = o.get("authors");
        List<String> authors = new ArrayList<>();
        if (v == null || v.isNull()) {
            return authors;
        }
        if (v.isTextual()) {
            addAuthor(authors, v.textValue());
            return authors;
        }
        if (!v.isArray()) {
            throw new BadRecord("\"authors\" must be an array of strings or a string, not " + describe(v));
        }
        for (JsonNode a : v) {
            if (a.isNull()) {
                continue;
            }
            if (!a.isTextual()) {
                throw new BadRecord("\"authors\" must hold only strings, not " + describe(a));
            }
            addAuthor(authors, a.textValue());
        }
        return authors;
    }

    private static void addAuthor(List<String> authors, String name) {
        String n = blankToNull(name);
        if (n != null) {
            authors.add(n);
        }
    }

    private static Integer year(JsonNode o) throws BadRecord {
        JsonNode v = o.get("year");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber() && v.canConvertToExactIntegral() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            String s = v.textValue().strip();
            if (s.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new BadRecord("\"year\" must be an integer or a numeric string, not " + describe(v));
    }

    private static String quote(String field) {
        return "\"" + field + "\"";
    }
}
