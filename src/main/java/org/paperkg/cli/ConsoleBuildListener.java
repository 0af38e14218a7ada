package org.paperkg.cli;

import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildProgress;
import org.paperkg.ingest.IngestProblem;

import java.io.PrintWriter;

/**
 * Progress of a build on standard error, and each skipped record on a line of its own. On a terminal, one line
 * updated in place; piped to a file or in CI, a plain line at most every {@link #PLAIN_INTERVAL_SECONDS}, so a
 * log holds readable lines instead of carriage returns run together.
 */
final class ConsoleBuildListener implements BuildListener {
    /** Warnings printed one by one; the rest are counted (a corpus may share ids across thousands of papers). */
    static final int WARNINGS_SHOWN = 10;
    /** Seconds between plain progress lines: often enough to see a build move, rare enough for a CI log. */
    static final double PLAIN_INTERVAL_SECONDS = 5;
    /**
     * The plain-line interval in force: {@link #PLAIN_INTERVAL_SECONDS}, or the system property
     * {@code paperkg.progressSeconds} (a supervising process that reads the progress, such as the crash test).
     */
    private static final double PLAIN_INTERVAL = Double.parseDouble(
            System.getProperty("paperkg.progressSeconds", Double.toString(PLAIN_INTERVAL_SECONDS)));
    /** Set by bin/paperkg from {@code [ -t 2 ]}: "tty" or "plain". */
    static final String MODE_PROPERTY = "paperkg.progress";

    private final PrintWriter err;
    private final boolean showProgress;
    private final boolean terminal;
    private boolean progressShown;
    private int lineLength;
    private double lastPlainLine = Double.NEGATIVE_INFINITY;
    /** The latest progress not yet printed as a plain line (printed at the end, so a log ends with the total). */
    private BuildProgress unprinted;
    private long warnings;

    ConsoleBuildListener(PrintWriter err, boolean showProgress) {
        this(err, showProgress, onTerminal());
    }

    ConsoleBuildListener(PrintWriter err, boolean showProgress, boolean terminal) {
        this.err = err;
        this.showProgress = showProgress;
        this.terminal = terminal;
    }

    /**
     * Whether standard error is a terminal. The launcher knows ({@code [ -t 2 ]}); under {@code java -jar} the JVM
     * only tells whether stdin and stdout are (System.console()), which is the best guess left. CI and dumb
     * terminals get plain lines.
     */
    static boolean onTerminal() {
        String mode = System.getProperty(MODE_PROPERTY);
        if (mode != null) {
            return mode.equals("tty");
        }
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void stage(String what) {
        if (showProgress) {
            err.println("build: " + what + "...");
            err.flush();
        }
    }

    @Override
    public void progress(long done, double rate) {
        progress(new BuildProgress(done, 0, BuildProgress.UNKNOWN_SIZE, rate > 0 ? done / rate : 0));
    }

    @Override
    public void progress(BuildProgress p) {
        if (!showProgress) {
            return;
        }
        String line = describe(p);
        if (terminal) {
            // Pad over the end of a longer previous line instead of an ANSI erase, which some terminals lack.
            err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
            lineLength = line.length();
            progressShown = true;
        } else if (p.seconds() - lastPlainLine >= PLAIN_INTERVAL) {
            err.println(line);
            lastPlainLine = p.seconds();
            unprinted = null;
        } else {
            unprinted = p;
        }
        err.flush();
    }

    /** "build: 1,234 records read, 37% of 12.3 MB, 45.1 records/s, about 2 min 10 s left". */
    static String describe(BuildProgress p) {
        StringBuilder sb = new StringBuilder(String.format("build: %,d records read", p.recordsRead()));
        if (!Double.isNaN(p.percent())) {
            sb.append(String.format(", %.0f%% of %s", p.percent(), size(p.totalBytes())));
        }
        sb.append(String.format(", %.1f records/s", p.recordsPerSecond()));
        if (!Double.isNaN(p.secondsLeft())) {
            sb.append(", about ").append(duration(p.secondsLeft())).append(" left");
        }
        return sb.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.0f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %d s", s / 60, s % 60);
        }
        return String.format("%d h %d min", s / 3600, (s % 3600) / 60);
    }

    @Override
    public void problem(IngestProblem p) {
        endProgressLine();
        err.println("skipped " + p);
        err.flush();
    }

    @Override
    public void warning(IngestProblem w) {
        if (++warnings <= WARNINGS_SHOWN) {
            endProgressLine();
            err.println("warning: " + w);
            err.flush();
        }
    }

    private void endProgressLine() {
        if (progressShown) {
            err.println();
            progressShown = false;
            lineLength = 0;
        }
    }

    /** Ends the progress line, if one was shown, and counts the warnings not shown. */
    void finish() {
        endProgressLine();
        if (unprinted != null) {
            err.println(describe(unprinted));
            unprinted = null;
        }
        if (warnings > WARNINGS_SHOWN) {
            err.printf("warning: %,d more records share an id with a different paper; each stored as a paper of its own%n",
                    warnings - WARNINGS_SHOWN);
        }
    }
}
