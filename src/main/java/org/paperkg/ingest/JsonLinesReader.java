package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.paperkg.model.Paper;
import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON lines: one object per line with a required {@code title} and {@code abstract} and
 * optional {@code id}, {@code authors}, {@code year}, {@code venue} and {@code url}; other keys are
 * ignored. Each line is parsed on its own (after strict UTF-8 decoding by {@link Utf8LineSource}), so
 * a truncated or malformed line becomes one problem naming its line and the lines around it are
 * still read. Blank lines are skipped. A field of the wrong type rejects its record with a message
 * naming the field rather than being dropped silently.
 */
public final class JsonLinesReader implements PaperReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "jsonl";

    // An abstract may be megabytes long; the line source already caps the length of a line.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Utf8LineSource.DEFAULT_MAX_LINE_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public void read(InputStream in, String name, PaperSink sink) throws IOException {
        Utf8LineSource lines = new Utf8LineSource(in);
        SourceLine line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            SourceLocation where = new SourceLocation(name, line.number());
            if (line.isBad()) {
                sink.problem(new IngestProblem(where, line.error()));
                continue;
            }
            Paper paper;
            try {
                paper = toPaper(parse(line.text()), where);
            } catch (BadRecord e) {
                sink.problem(new IngestProblem(where, e.getMessage()));
                continue;
            }
            sink.paper(paper);
        }
    }

    private static JsonNode parse(String text) throws BadRecord {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            int sourceRef = detail.indexOf(" (start marker at [Source");
            if (sourceRef >= 0) {
                detail = detail.substring(0, sourceRef);
            }
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new BadRecord("not valid JSON: " + detail.replace('\n', ' ')
                    + (column > 0 ? " (column " + column + ")" : ""));
        }
        if (node == null || !node.isObject()) {
            throw new BadRecord("not a JSON object but " + describe(node));
        }
        return node;
    }

    private static Paper toPaper(JsonNode o, SourceLocation where) throws BadRecord {
        String title = requiredText(o, "title", "record without a title");
        String abstractText = requiredText(o, "abstract", "record without an abstract");
        return new Paper(id(o), title, abstractText, authors(o), year(o),
                optionalText(o, "venue"), optionalText(o, "url"), where);
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

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String quote(String field) {
        return "\"" + field + "\"";
    }

    /** A short description of a JSON value for messages: its type, and its text when short. */
    private static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        String type = switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
        String text = v.toString();
        return v.isContainerNode() || v.isNull() || text.length() > 40 ? type : type + " (" + text + ")";
    }

    /** A record that cannot become a paper; its message is the problem's. */
    private static final class BadRecord extends Exception {
        BadRecord(String message) {
            super(message, null, false, false);
        }
    }
}
