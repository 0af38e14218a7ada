package org.paperkg.ingest;

import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

/**
 * Passes everything on to another sink and counts it, so that {@link PaperInputs} can tell an input
 * that gave nothing apart from one that gave papers. Exceptions of the sink (strict mode) pass through.
 */
final class CountingSink implements PaperSink {
    private final PaperSink target;
    private long papers;
    private long problems;

    CountingSink(PaperSink target) {
        this.target = target;
    }

    @Override
    public void paper(Paper paper) {
        papers++;
        target.paper(paper);
    }

    @Override
    public void problem(IngestProblem problem) {
        problems++;
        target.problem(problem);
    }

    @Override
    public void deleted(PaperId id, SourceLocation where) {
        papers++; // a deletion is a readable record too
        target.deleted(id, where);
    }

    long papers() {
        return papers;
    }

    long problems() {
        return problems;
    }
}
