package org.paperkg.ingest;

import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

/**
 * A record with the identity ingest gave it: the paper it belongs to ({@code key}) and how it relates to the
 * records of that paper read before.
 *
 * @param key     the identifier that names the paper (its IRI carries it)
 * @param paper   the record, its identifiers completed with those of the paper's earlier records
 * @param kind    what the record is to the paper
 * @param earlier where the paper's record read before it came from (null for a first record, or when it is the
 *                store's)
 */
public record IdentifiedPaper(PaperId key, Paper paper, Kind kind, SourceLocation earlier) {
    /** What a record is to its paper. */
    public enum Kind {
        /** The paper's first record in this build: it is extracted and written (replacing a stored one). */
        FIRST,
        /** A newer arXiv version of a paper read earlier in this build: it replaces that record. */
        NEWER_VERSION,
        /**
         * Another source's record (or an older arXiv version) of a paper read earlier or stored: it adds its
         * identifiers and, while the first record is not yet written, fills the fields that one lacks.
         */
        OTHER_SOURCE
    }
}
