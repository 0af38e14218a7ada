package org.paperkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

/**
 * Reads the Semantic Scholar {@code papers} dataset, JSON lines: {@code corpusid}, {@code externalids}
 * ({@code ArXiv, DOI, PubMed, MAG, ...}), {@code title}, {@code authors} ([{authorId, name}]), {@code venue},
 * {@code year}, {@code publicationdate} and {@code url}. The abstract comes from the {@code abstracts} dataset
 * given to the same build ({@link SemanticScholarAbstracts}), or from an {@code abstract} field of the record.
 */
public final class SemanticScholarPapersReader extends JsonLineReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "s2-papers";

    private final SemanticScholarAbstracts abstracts;

    /** A reader that finds abstracts only in the records themselves. */
    public SemanticScholarPapersReader() {
        this(null);
    }

    /** A reader that looks abstracts up in {@code abstracts} (null: none given). */
    public SemanticScholarPapersReader(SemanticScholarAbstracts abstracts) {
        this.abstracts = abstracts;
    }

    @Override
    Paper toPaper(JsonNode o, SourceLocation where, PaperSink sink) throws BadRecord {
        Paper.Builder b = new Paper.Builder();
        b.source = where;
        JsonNode corpus = o.get("corpusid");
        if (corpus == null || !corpus.canConvertToLong()) {
            throw new BadRecord("record without a numeric \"corpusid\"");
        }
        b.id = corpus.asText();
        b.id(PaperId.semanticScholar(b.id));
        b.title = Texts.oneLine(required(o, "title", "record without a title"));
        String inline = Texts.oneLine(text(o, "abstract"));
        b.abstractText = inline != null ? inline : abstracts == null ? null : abstracts.abstractOf(corpus.asLong());
        if (b.abstractText == null) {
            throw new BadRecord("record without an abstract (corpusid " + b.id + " is in no abstracts file of this"
                    + " build" + (abstracts == null || abstracts.size() == 0 ? "; give the abstracts dataset too" : "") + ")");
        }
        JsonNode ids = o.path("externalids");
        b.id(PaperId.doi(ids.path("DOI").asText(null)));
        b.id(PaperId.arxiv(ids.path("ArXiv").asText(null)));
        b.id(PaperId.pmid(ids.path("PubMed").asText(null)));
        for (JsonNode a : o.path("authors")) {
            String name = Texts.oneLine(a.path("name").asText(""));
            if (name != null) {
                b.authors.add(Author.named(name));
            }
        }
        b.venue = Texts.oneLine(text(o, "venue"));
        JsonNode year = o.get("year");
        if (year != null && year.canConvertToInt()) {
            b.year = year.intValue();
        }
        b.date(Texts.isoDate(text(o, "publicationdate")));
        b.url = text(o, "url");
        return b.build();
    }
}
