package org.paperkg.ingest;

/** Thrown by a sink to stop reading at the first bad record (the CLI's --strict). */
public class IngestAbortedException extends RuntimeException {
    private final IngestProblem problem;

    public IngestAbortedException(IngestProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public IngestProblem problem() {
        return problem;
    }
}
