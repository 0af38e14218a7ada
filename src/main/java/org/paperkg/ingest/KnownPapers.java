package org.paperkg.ingest;

import org.paperkg.model.PaperId;

/**
 * Papers stored before this build, looked up by identifier, so that a record of a stored paper from another
 * source joins it instead of becoming a second paper. The store answers; ingest does not depend on it.
 */
@FunctionalInterface
public interface KnownPapers {
    /** Nothing is known: a build into a new store. */
    KnownPapers NONE = id -> null;

    /** The stored paper that has this identifier, or null. */
    Known find(PaperId id);

    /**
     * A stored paper.
     *
     * @param key     the identifier its IRI carries
     * @param version its arXiv version, or null
     * @param revised the date of that version, or null
     */
    record Known(PaperId key, Integer version, String revised) {
    }
}
