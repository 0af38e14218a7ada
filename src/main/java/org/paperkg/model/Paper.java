package org.paperkg.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One paper as read from an input file, before any NLP.
 *
 * @param id           the source's own id of the record, or null when the source has none
 * @param title        the title as ingested (exports must carry it unchanged)
 * @param abstractText the abstract text
 * @param authors      authors in the source's order, possibly empty
 * @param year         publication year, or null
 * @param venue        venue (journal, conference) name, or null
 * @param url          landing page, or null
 * @param source       where the record was read from, for messages
 * @param ids          identifiers that name the paper across sources (DOI, arXiv id...), possibly empty
 * @param date         publication date as an ISO date (2023-01-11), or null
 * @param categories   subject categories as the source names them (cs.LG), possibly empty
 * @param license      license IRI or name, or null
 * @param version      arXiv version number of this record, or null when unknown
 * @param revised      ISO date of this version of the record, or null (orders versions when numbers are missing)
 */
public record Paper(String id, String title, String abstractText, List<Author> authors, Integer year,
                    String venue, String url, SourceLocation source, List<PaperId> ids, String date,
                    List<String> categories, String license, Integer version, String revised) {
    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
        ids = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        categories = categories == null ? List.of() : List.copyOf(new LinkedHashSet<>(categories));
    }

    /** A paper with author names only and no identifiers, as the flat JSON lines give it. */
    public Paper(String id, String title, String abstractText, List<String> authorNames, Integer year, String venue,
                 String url, SourceLocation source) {
        this(id, title, abstractText, authorNames == null ? List.of() : authorNames.stream().map(Author::named).toList(),
                year, venue, url, source, List.of(), null, List.of(), null, null, null);
    }

    /** A paper with only a title and an abstract, as in the listing-page format. */
    public static Paper of(String title, String abstractText, SourceLocation source) {
        return new Paper(null, title, abstractText, List.of(), null, null, null, source);
    }

    /** The authors' names, in order. */
    public List<String> authorNames() {
        return authors.stream().map(Author::name).toList();
    }

    /** The identifier that names this paper: its strongest identifier, else its title key. */
    public PaperId key() {
        PaperId strongest = PaperId.strongest(ids);
        return strongest != null ? strongest : PaperId.title(title);
    }

    /** This paper with its identifiers replaced. */
    public Paper withIds(List<PaperId> newIds) {
        return new Paper(id, title, abstractText, authors, year, venue, url, source, newIds, date, categories, license,
                version, revised);
    }

    /**
     * This record completed by another source's record of the same paper: this one's text and fields win, the
     * other adds identifiers and categories, and fills what this one lacks (authors, ORCIDs, year, venue...).
     */
    public Paper mergedWith(Paper other) {
        List<PaperId> allIds = new ArrayList<>(ids);
        allIds.addAll(other.ids);
        List<String> allCategories = new ArrayList<>(categories);
        allCategories.addAll(other.categories);
        return new Paper(id != null ? id : other.id, title, abstractText, mergedAuthors(other.authors),
                year != null ? year : other.year, venue != null ? venue : other.venue, url != null ? url : other.url,
                source, allIds, date != null ? date : other.date, allCategories,
                license != null ? license : other.license, version, revised);
    }

    /** This record's authors, or the other's when it has none; ORCIDs and affiliations filled in by name. */
    private List<Author> mergedAuthors(List<Author> others) {
        if (authors.isEmpty()) {
            return others;
        }
        List<Author> out = new ArrayList<>(authors.size());
        for (Author a : authors) {
            Author match = others.stream().filter(o -> TermKey.of(o.name()).equals(TermKey.of(a.name())))
                    .findFirst().orElse(null);
            out.add(match == null ? a : new Author(a.name(), a.orcid() != null ? a.orcid() : match.orcid(),
                    a.affiliation() != null ? a.affiliation() : match.affiliation()));
        }
        return out;
    }

    /** Collects a record's fields as a reader finds them; {@link #build()} makes the immutable paper. */
    public static final class Builder {
        public String id;
        public String title;
        public String abstractText;
        public final List<Author> authors = new ArrayList<>();
        public Integer year;
        public String venue;
        public String url;
        public SourceLocation source;
        public final List<PaperId> ids = new ArrayList<>();
        public String date;
        public final List<String> categories = new ArrayList<>();
        public String license;
        public Integer version;
        public String revised;

        /** Adds an identifier unless it is null (an unparseable value). */
        public Builder id(PaperId paperId) {
            if (paperId != null) {
                ids.add(paperId);
            }
            return this;
        }

        /** Sets the date (ISO, or a prefix of one) and, when it has none yet, the year it starts with. */
        public Builder date(String isoDate) {
            if (isoDate != null && isoDate.length() >= 4 && isoDate.substring(0, 4).chars().allMatch(Character::isDigit)) {
                date = isoDate.length() >= 10 ? isoDate.substring(0, 10) : null;
                if (year == null) {
                    year = Integer.valueOf(isoDate.substring(0, 4));
                }
            }
            return this;
        }

        public Paper build() {
            return new Paper(id, title, abstractText, authors, year, venue, url, source, ids, date, categories,
                    license, version, revised);
        }
    }
}
