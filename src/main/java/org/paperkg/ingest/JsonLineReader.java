package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.paperkg.model.Paper;
import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;

/**
 * The common part of the JSON-lines formats: each line is decoded strictly ({@link Utf8LineSource}) and
 * parsed on its own, so a line that is not JSON is one problem naming its line and the lines around it are
 * still read; the format's subclass turns one object into a paper or says why it cannot.
 */
abstract class JsonLineReader implements PaperReader {
    // An abstract may be megabytes long; the line source already caps the length of a line.
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Utf8LineSource.DEFAULT_MAX_LINE_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The paper of one JSON object, or null when the record is no paper and says nothing wrong (skipped). */
    abstract Paper toPaper(JsonNode o, SourceLocation where, PaperSink sink) throws BadRecord;

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
                paper = toPaper(parse(line.text()), where, sink);
            } catch (BadRecord e) {
                sink.problem(new IngestProblem(where, e.getMessage()));
                continue;
            }
            if (paper != null) {
                sink.paper(paper);
            }
        }
    }

    static JsonNode parse(String text) throws BadRecord {
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

    /** The text of a string field, blank as null; a value of another type is a bad record. */
    static String text(JsonNode o, String field) throws BadRecord {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return blankToNull(v.textValue());
        }
        if (v.isNumber()) {
            return v.asText();
        }
        throw new BadRecord("\"" + field + "\" must be a string or null, not " + describe(v));
    }

    /** A required non-blank string field. */
    static String required(JsonNode o, String field, String missing) throws BadRecord {
        String s = text(o, field);
        if (s == null) {
            throw new BadRecord(missing);
        }
        return s;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** A short description of a JSON value for messages: its type, and its text when short. */
    static String describe(JsonNode v) {
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
}
