package org.paperkg.ingest;

import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads PubMed/MEDLINE XML ({@code PubmedArticleSet}, baseline and update files): per
 * {@code PubmedArticle/MedlineCitation} the {@code PMID}, {@code Article/ArticleTitle},
 * {@code Article/Abstract/AbstractText} (repeated with a {@code Label} in structured abstracts, joined as
 * "LABEL: text"), {@code AuthorList/Author/{LastName, ForeName, CollectiveName, AffiliationInfo, Identifier}},
 * {@code Journal/Title}, {@code PubDate} ({@code Year/Month/Day} or {@code MedlineDate}) and
 * {@code ELocationID[@EIdType=doi]}; {@code PubmedData/ArticleIdList} adds a DOI or arXiv id when given there.
 * {@code DeleteCitation} in update files withdraws the papers of its PMIDs.
 */
public final class PubMedReader extends XmlRecordReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "pubmed";

    @Override
    Set<String> recordElements() {
        return Set.of("PubmedArticle", "DeleteCitation");
    }

    @Override
    void record(XmlElement record, SourceLocation where, PaperSink sink) throws BadRecord {
        if (record.name().equals("DeleteCitation")) {
            for (XmlElement pmid : record.all("PMID")) {
                PaperId id = PaperId.pmid(Texts.oneLine(pmid.allText()));
                if (id != null) {
                    sink.deleted(id, where);
                }
            }
            return;
        }
        XmlElement citation = record.child("MedlineCitation");
        if (citation == null) {
            throw new BadRecord("PubmedArticle without MedlineCitation");
        }
        Paper.Builder b = new Paper.Builder();
        b.source = where;
        b.id = citation.textAt("PMID");
        PaperId pmid = PaperId.pmid(b.id);
        if (pmid == null) {
            throw new BadRecord("record without a PMID");
        }
        b.id(pmid);
        XmlElement article = citation.child("Article");
        if (article == null) {
            throw new BadRecord("record without an Article (PMID " + b.id + ")");
        }
        b.title = article.textAt("ArticleTitle");
        if (b.title == null) {
            throw new BadRecord("record without a title (PMID " + b.id + ")");
        }
        b.abstractText = abstractOf(article.child("Abstract"));
        if (b.abstractText == null) {
            throw new BadRecord("record without an abstract (PMID " + b.id + ")");
        }
        authors(article.child("AuthorList"), b);
        b.venue = article.textAt("Journal", "Title");
        pubDate(article.at("Journal", "JournalIssue", "PubDate"), b);
        for (XmlElement e : article.all("ELocationID")) {
            if ("doi".equalsIgnoreCase(e.attributes().get("EIdType"))) {
                b.id(PaperId.doi(Texts.oneLine(e.allText())));
            }
        }
        XmlElement ids = record.at("PubmedData", "ArticleIdList");
        if (ids != null) {
            for (XmlElement e : ids.all("ArticleId")) {
                String type = e.attributes().getOrDefault("IdType", "");
                String value = Texts.oneLine(e.allText());
                if (type.equals("doi")) {
                    b.id(PaperId.doi(value));
                } else if (type.equals("arxiv")) {
                    b.id(PaperId.arxiv(value));
                }
            }
        }
        b.url = pmid.landingPage();
        sink.paper(b.build());
    }

    private static String abstractOf(XmlElement abstractElement) {
        if (abstractElement == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (XmlElement t : abstractElement.all("AbstractText")) {
            String text = Texts.oneLine(t.allText());
            if (text == null) {
                continue;
            }
            String label = t.attributes().get("Label");
            parts.add(label == null || label.isBlank() ? text : label.strip() + ": " + text);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static void authors(XmlElement list, Paper.Builder b) {
        if (list == null) {
            return;
        }
        for (XmlElement a : list.all("Author")) {
            String name = a.textAt("CollectiveName");
            if (name == null) {
                String fore = a.textAt("ForeName");
                String last = a.textAt("LastName");
                name = Texts.oneLine((fore == null ? "" : fore) + " " + (last == null ? "" : last));
            }
            if (name == null) {
                continue;
            }
            String orcid = null;
            for (XmlElement id : a.all("Identifier")) {
                if ("ORCID".equalsIgnoreCase(id.attributes().get("Source"))) {
                    orcid = Author.orcidOf(Texts.oneLine(id.allText()));
                }
            }
            b.authors.add(new Author(name, orcid, a.textAt("AffiliationInfo", "Affiliation")));
        }
    }

    private static void pubDate(XmlElement date, Paper.Builder b) {
        if (date == null) {
            return;
        }
        String year = date.textAt("Year");
        if (year == null) {
            String medline = date.textAt("MedlineDate"); // "1998 Dec-1999 Jan": the year it starts with
            if (medline != null && medline.length() >= 4 && medline.substring(0, 4).chars().allMatch(Character::isDigit)) {
                b.year = Integer.valueOf(medline.substring(0, 4));
            }
            return;
        }
        if (!year.matches("\\d{4}")) {
            return;
        }
        b.year = Integer.valueOf(year);
        int month = Texts.month(date.textAt("Month"));
        String day = date.textAt("Day");
        if (month > 0 && day != null && day.matches("\\d{1,2}")) {
            b.date(String.format("%s-%02d-%02d", year, month, Integer.parseInt(day)));
            if (Texts.isoDate(b.date) == null) {
                b.date = null;
            }
        }
    }
}
