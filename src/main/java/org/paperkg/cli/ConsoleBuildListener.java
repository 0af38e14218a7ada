package org.paperkg.cli;

import org.paperkg.build.BuildListener;
import org.paperkg.ingest.IngestProblem;

import java.io.PrintWriter;

/** Progress on one updating line of standard error, and each skipped record on a line of its own. */
final class ConsoleBuildListener implements BuildListener {
    private final PrintWriter err;
    private final boolean showProgress;
    private boolean progressShown;
    private long warnings;
    /** Warnings printed one by one; the rest are counted (a corpus may share ids across thousands of papers). */
    static final int WARNINGS_SHOWN = 10;

    ConsoleBuildListener(PrintWriter err, boolean showProgress) {
        this.err = err;
        this.showProgress = showProgress;
    }

    @Override
    public void progress(long done, double rate) {
        if (showProgress) {
            err.printf("\rbuild: %,d papers read (%.1f papers/s)", done, rate);
            err.flush();
            progressShown = true;
        }
    }

    @Override
    public void problem(IngestProblem p) {
        err.println((progressShown ? "\n" : "") + "skipped " + p);
        progressShown = false;
        err.flush();
    }

    @Override
    public void warning(IngestProblem w) {
        if (++warnings <= WARNINGS_SHOWN) {
            err.println((progressShown ? "\n" : "") + "warning: " + w);
            progressShown = false;
            err.flush();
        }
    }

    /** Ends the progress line, if one was shown, and counts the warnings not shown. */
    void finish() {
        if (progressShown) {
            err.println();
        }
        if (warnings > WARNINGS_SHOWN) {
            err.printf("warning: %,d more records share an id with a different paper; each stored as a paper of its own%n",
                    warnings - WARNINGS_SHOWN);
        }
    }
}
