package org.paperkg.ingest;

import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

/** Receives records once {@link PaperIdentities} has decided which paper each belongs to. */
public interface IdentifiedSink {
    /** A record and the paper it belongs to. */
    void paper(IdentifiedPaper paper);

    /** A record that was skipped, with the file and line that explain why. */
    void problem(IngestProblem problem);

    /** A source withdrew the paper named {@code key} (a MEDLINE DeleteCitation): it is removed. */
    void deleted(PaperId key, SourceLocation where);
}
