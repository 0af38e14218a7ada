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
    private long lastLine;

    CountingSink(PaperSink target) {
        this.target = target;
    }

    @Override
    public void paper(Paper paper) {
        papers++;
        if (paper.source() != null) {
            lastLine = Math.max(lastLine, paper.source().line());
        }
        target.paper(paper);
    }

    @Override
    public void problem(IngestProblem problem) {
        problems++;
        lastLine = Math.max(lastLine, problem.where().line());
        target.problem(problem);
    }

    @Override
    public void deleted(PaperId id, SourceLocation where) {
        papers++; // a deletion is a readable record too
        target.deleted(id, where);
    }

    /** The highest line of a record or problem seen so far (0: none). */
    long lastLine() {
        return lastLine;
    }

    long papers() {
        return papers;
    }

    long problems() {
        return problems;
    }
}
