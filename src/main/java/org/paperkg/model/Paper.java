package org.paperkg.model;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from an input file, before any NLP.
 *
 * @param id      the identifier given by the source, or null when the source has none
 * @param title   the title as ingested (exports must carry it unchanged)
 * @param abstractText the abstract text
 * @param authors author names, possibly empty
 * @param year    publication year, or null
 * @param venue   venue name, or null
 * @param url     landing page, or null
 * @param source  where the record was read from, for messages
 */
public record Paper(String id, String title, String abstractText, List<String> authors,
                    Integer year, String venue, String url, SourceLocation source) {
    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A paper with only a title and an abstract, as in the listing-page format. */
    public static Paper of(String title, String abstractText, SourceLocation source) {
        return new Paper(null, title, abstractText, List.of(), null, null, null, source);
    }
}
