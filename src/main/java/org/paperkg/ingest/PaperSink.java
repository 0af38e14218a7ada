package org.paperkg.ingest;

import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

/**
 * Receives what a reader finds, one record at a time, as Jena's StreamRDF receives triples.
 * A sink may throw {@link IngestAbortedException} from {@link #problem} to stop reading (strict mode).
 */
public interface PaperSink {
    /** A well-formed record. */
    void paper(Paper paper);

    /** A record that was skipped, with the file and line that explain why. */
    void problem(IngestProblem problem);

    /** The source withdrew the paper with this identifier (a MEDLINE DeleteCitation); ignored unless wanted. */
    default void deleted(PaperId id, SourceLocation where) {
    }
}
