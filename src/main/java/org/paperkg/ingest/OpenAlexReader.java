package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.util.Iterator;
import java.util.Map;

/**
 * Reads OpenAlex works, JSON lines (a snapshot's {@code works} files or saved API results): {@code id},
 * {@code doi}, {@code title} or {@code display_name}, {@code publication_year}, {@code publication_date},
 * {@code ids} ({@code openalex, doi, mag, pmid, pmcid}), {@code authorships} ({@code author{id, display_name,
 * orcid}, institutions, raw_author_name}), {@code primary_location} ({@code source.display_name},
 * {@code landing_page_url}, {@code license}) and {@code abstract_inverted_index}, the abstract as word ->
 * positions, from which the text is rebuilt. An index with a position missing (a hole) is a damaged record:
 * reported, not guessed at. An arXiv DOI or an arXiv landing page gives the arXiv id.
 */
public final class OpenAlexReader extends JsonLineReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "openalex";
    /** Positions taken from an inverted index at most: far above any abstract, a bound on a damaged one. */
    static final int MAX_WORDS = 50_000;

    @Override
    Paper toPaper(JsonNode o, SourceLocation where, PaperSink sink) throws BadRecord {
        Paper.Builder b = new Paper.Builder();
        b.source = where;
        b.id = text(o, "id");
        b.id(PaperId.openAlex(b.id));
        String title = Texts.oneLine(text(o, "title"));
        b.title = title != null ? title : Texts.oneLine(required(o, "display_name", "record without a title"));
        JsonNode index = o.get("abstract_inverted_index");
        if (index == null || index.isNull() || index.isEmpty()) {
            throw new BadRecord("record without an abstract (no abstract_inverted_index)");
        }
        b.abstractText = rebuild(index);
        b.id(PaperId.doi(text(o, "doi")));
        JsonNode ids = o.path("ids");
        b.id(PaperId.doi(ids.path("doi").asText(null)));
        b.id(PaperId.pmid(ids.path("pmid").asText(null)));
        for (JsonNode a : o.path("authorships")) {
            JsonNode author = a.path("author");
            String name = Texts.oneLine(author.path("display_name").asText(a.path("raw_author_name").asText("")));
            if (name != null) {
                JsonNode institution = a.path("institutions").path(0).path("display_name");
                b.authors.add(new Author(name, Author.orcidOf(author.path("orcid").asText(null)),
                        institution.isTextual() ? institution.asText() : null));
            }
        }
        JsonNode year = o.get("publication_year");
        if (year != null && year.canConvertToInt()) {
            b.year = year.intValue();
        }
        b.date(Texts.isoDate(text(o, "publication_date")));
        JsonNode location = o.path("primary_location");
        JsonNode venue = location.path("source").path("display_name");
        b.venue = venue.isTextual() ? Texts.oneLine(venue.asText()) : null;
        JsonNode landing = location.path("landing_page_url");
        if (landing.isTextual()) {
            b.url = landing.asText();
            int abs = b.url.indexOf("arxiv.org/abs/");
            if (abs >= 0) {
                b.id(PaperId.arxiv(b.url.substring(abs + "arxiv.org/abs/".length())));
            }
        }
        JsonNode license = location.path("license");
        b.license = license.isTextual() ? license.asText() : null;
        return b.build();
    }

    /** The abstract's text from word -> positions; a missing or doubled position is a bad record. */
    static String rebuild(JsonNode index) throws BadRecord {
        if (!index.isObject()) {
            throw new BadRecord("\"abstract_inverted_index\" must be an object, not " + describe(index));
        }
        int count = 0;
        int max = -1;
        for (JsonNode positions : index) {
            for (JsonNode p : positions) {
                if (!p.canConvertToInt() || p.intValue() < 0 || p.intValue() >= MAX_WORDS) {
                    throw new BadRecord("abstract_inverted_index holds a position that is not a word index: " + p);
                }
                count++;
                max = Math.max(max, p.intValue());
            }
        }
        String[] words = new String[max + 1];
        for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode p : e.getValue()) {
                if (words[p.intValue()] != null) {
                    throw new BadRecord("abstract_inverted_index gives position " + p.intValue() + " two words ('"
                            + words[p.intValue()] + "', '" + e.getKey() + "')");
                }
                words[p.intValue()] = e.getKey();
            }
        }
        if (count != words.length) {
            int hole = 0;
            while (words[hole] != null) {
                hole++;
            }
            throw new BadRecord("abstract_inverted_index has holes: " + (words.length - count) + " of "
                    + words.length + " word positions missing (first at position " + hole + "); the abstract"
                    + " cannot be rebuilt");
        }
        String text = Texts.oneLine(String.join(" ", words));
        if (text == null) {
            throw new BadRecord("record without an abstract (empty abstract_inverted_index)");
        }
        return text;
    }
}
