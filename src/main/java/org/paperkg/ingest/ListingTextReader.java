package org.paperkg.ingest;

import org.paperkg.model.Paper;
import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads text copied from a papers-listing web page: per paper a title line, a blank line, the
 * abstract as one line, then blank line(s). The copied page starts with a few short header lines
 * ("new", "Subscribe", a date...) that are not papers.
 * <p>
 * The format has no markup, so blocks are recognised by shape: a short line followed by a line that
 * looks like an abstract (long, or a sentence longer than the title) is a paper. Short lines before
 * the first paper that do not start such a pair are the page header and are skipped silently; after
 * the first paper, a title with no abstract is reported as a problem. Lines too long to be a title
 * that do not follow one are reported too, so that the wrong format gives problems, not papers.
 * Papers of this format have no id.
 */
public final class ListingTextReader implements PaperReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "listing";
    /** Longest line taken for a title. */
    static final int MAX_TITLE_CHARS = 300;
    /** A line at least this long after a title is its abstract whatever it looks like. */
    static final int LONG_ABSTRACT_CHARS = 200;

    @Override
    public void read(InputStream in, String name, PaperSink sink) throws IOException {
        new Run(name, sink).readAll(new Utf8LineSource(in));
    }

    /** State of one read: the title waiting for its abstract. */
    private static final class Run {
        private final String name;
        private final PaperSink sink;
        private SourceLine pending;        // a title line waiting for its abstract
        private boolean pendingReported;   // the pending record was already reported as a problem
        private boolean seenPaper;         // past the page header

        Run(String name, PaperSink sink) {
            this.name = name;
            this.sink = sink;
        }

        void readAll(Utf8LineSource lines) throws IOException {
            SourceLine line;
            while ((line = lines.next()) != null) {
                if (line.isBad()) {
                    badLine(line);
                } else if (!line.isBlank()) {
                    textLine(line);
                }
            }
            if (pending != null && !pendingReported && seenPaper) {
                missingAbstract(pending);
            }
        }

        private void badLine(SourceLine line) {
            problem(line.number(), line.error());
            // An undecodable abstract ends its record; an undecodable title still owns the next abstract.
            boolean wasTitle = pending == null;
            pending = wasTitle ? line : null;
            pendingReported = wasTitle;
        }

        private void textLine(SourceLine line) {
            String text = line.text().strip();
            if (pending != null) {
                String title = pending.text() == null ? "" : pending.text().strip();
                if (looksLikeAbstract(text, title)) {
                    if (!pendingReported) {
                        seenPaper = true;
                        sink.paper(Paper.of(title, text, new SourceLocation(name, pending.number())));
                    }
                    pending = null;
                    return;
                }
                if (!pendingReported && seenPaper) {
                    missingAbstract(pending);
                } // before the first paper, a short line not followed by an abstract is page header
                pending = null;
            }
            if (text.length() <= MAX_TITLE_CHARS) {
                pending = line;
                pendingReported = false;
            } else {
                problem(line.number(), "not a paper block: a line of " + text.length()
                        + " characters where a title line was expected");
            }
        }

        private void missingAbstract(SourceLine title) {
            problem(title.number(), "record without an abstract");
        }

        private void problem(long line, String message) {
            sink.problem(new IngestProblem(new SourceLocation(name, line), message));
        }
    }

    /** An abstract is long, or is a sentence longer than the title it follows. */
    static boolean looksLikeAbstract(String text, String title) {
        return text.length() >= LONG_ABSTRACT_CHARS
                || (text.length() > title.length() && text.endsWith("."));
    }
}
