package org.paperkg.ingest;

import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.util.Set;

/**
 * Reads arXiv OAI-PMH {@code ListRecords} responses, one file per response page, in either metadata format:
 * <ul>
 *   <li>{@code arXiv} (namespace {@code http://arxiv.org/OAI/arXiv/}): {@code id}, {@code created},
 *   {@code updated}, {@code authors/author/{keyname, forenames, suffix, affiliation}}, {@code title},
 *   {@code categories}, {@code doi}, {@code journal-ref}, {@code license}, {@code abstract};</li>
 *   <li>{@code oai_dc}: {@code dc:title}, {@code dc:creator} ("Last, First"), {@code dc:subject},
 *   {@code dc:description} (the first is the abstract), {@code dc:date} (first: submitted, last: this version),
 *   {@code dc:identifier} (the abs page, a DOI).</li>
 * </ul>
 * Titles and abstracts are wrapped with line breaks and leading spaces: each becomes one line. A record whose
 * header says {@code status="deleted"} withdraws the paper. The arXiv format has no version numbers: versions
 * are ordered by their date ({@code updated}, else {@code created}).
 */
public final class ArxivOaiReader extends XmlRecordReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "arxiv-oai";

    @Override
    Set<String> recordElements() {
        return Set.of("record");
    }

    @Override
    void record(XmlElement record, SourceLocation where, PaperSink sink) throws BadRecord {
        XmlElement header = record.child("header");
        PaperId fromHeader = header == null ? null : PaperId.arxiv(oaiId(header.textAt("identifier")));
        if (header != null && "deleted".equals(header.attributes().get("status"))) {
            if (fromHeader != null) {
                sink.deleted(fromHeader, where);
            }
            return;
        }
        XmlElement metadata = record.child("metadata");
        if (metadata == null || metadata.children().isEmpty()) {
            throw new BadRecord("OAI record without metadata");
        }
        XmlElement m = metadata.children().get(0);
        Paper.Builder b = new Paper.Builder();
        b.source = where;
        if (m.name().equals("arXiv")) {
            arxivFormat(m, b);
        } else if (m.name().equals("dc")) {
            dublinCore(m, b);
        } else {
            throw new BadRecord("OAI metadata format <" + m.name() + "> is not read; use arXiv or oai_dc");
        }
        PaperId arxiv = PaperId.strongest(b.ids.stream().filter(i -> i.scheme() == PaperId.Scheme.ARXIV).toList());
        if (arxiv == null) {
            arxiv = fromHeader;
            b.id(arxiv);
        }
        if (arxiv == null) {
            throw new BadRecord("record without an arXiv id");
        }
        b.id = arxiv.value();
        b.url = "https://arxiv.org/abs/" + arxiv.value();
        if (b.title == null) {
            throw new BadRecord("record without a title (arXiv " + arxiv.value() + ")");
        }
        if (b.abstractText == null) {
            throw new BadRecord("record without an abstract (arXiv " + arxiv.value() + ")");
        }
        sink.paper(b.build());
    }

    private static void arxivFormat(XmlElement m, Paper.Builder b) {
        b.id(PaperId.arxiv(m.textAt("id")));
        b.title = m.textAt("title");
        b.abstractText = m.textAt("abstract");
        XmlElement authors = m.child("authors");
        if (authors != null) {
            for (XmlElement a : authors.all("author")) {
                String name = Texts.oneLine(nz(a.textAt("forenames")) + " " + nz(a.textAt("keyname")) + " "
                        + nz(a.textAt("suffix")));
                if (name != null) {
                    b.authors.add(new Author(name, null, a.textAt("affiliation")));
                }
            }
        }
        String categories = m.textAt("categories");
        if (categories != null) {
            b.categories.addAll(java.util.List.of(categories.split(" ")));
        }
        b.id(PaperId.doi(m.textAt("doi")));
        b.venue = m.textAt("journal-ref");
        b.license = m.textAt("license");
        String created = Texts.isoDate(m.textAt("created"));
        String updated = Texts.isoDate(m.textAt("updated"));
        b.date(created);
        b.revised = updated != null ? updated : created;
    }

    private static void dublinCore(XmlElement m, Paper.Builder b) {
        b.title = m.textAt("title");
        var descriptions = m.all("description");
        b.abstractText = descriptions.isEmpty() ? null : Texts.oneLine(descriptions.get(0).allText());
        for (XmlElement creator : m.all("creator")) {
            String name = Texts.oneLine(creator.allText());
            if (name != null) {
                int comma = name.indexOf(", ");
                b.authors.add(Author.named(comma > 0 ? name.substring(comma + 2) + " " + name.substring(0, comma) : name));
            }
        }
        for (XmlElement subject : m.all("subject")) {
            String s = Texts.oneLine(subject.allText());
            if (s != null) {
                b.categories.add(s);
            }
        }
        for (XmlElement identifier : m.all("identifier")) {
            String id = Texts.oneLine(identifier.allText());
            if (id == null) {
                continue;
            }
            int abs = id.indexOf("arxiv.org/abs/");
            if (abs >= 0) {
                b.id(PaperId.arxiv(id.substring(abs + "arxiv.org/abs/".length())));
            } else {
                b.id(PaperId.doi(id));
            }
        }
        var dates = m.all("date");
        if (!dates.isEmpty()) {
            b.date(Texts.isoDate(Texts.oneLine(dates.get(0).allText())));
            b.revised = Texts.isoDate(Texts.oneLine(dates.get(dates.size() - 1).allText()));
        }
    }

    /** "oai:arXiv.org:2301.04567" -> "2301.04567". */
    private static String oaiId(String identifier) {
        if (identifier == null) {
            return null;
        }
        int colon = identifier.lastIndexOf("arXiv.org:");
        return colon >= 0 ? identifier.substring(colon + "arXiv.org:".length()) : identifier;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
