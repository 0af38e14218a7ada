package org.paperkg.ingest;

import org.paperkg.model.Author;
import org.paperkg.model.Paper;

/**
 * The checks every record passes before it becomes a paper of the graph, whatever its format: lengths that
 * no real title or abstract reaches, and text that is not text (unpaired UTF-16 surrogates from JSON escapes).
 */
public final class RecordChecks {
    /** Longest abstract taken (characters): the longest of the 16k-abstract corpus has about 3,100. */
    public static final int MAX_ABSTRACT_CHARS = 100_000;
    /** Longest title taken (characters). */
    public static final int MAX_TITLE_CHARS = 2_000;

    private RecordChecks() {
    }

    /** Whether the record cannot be stored; if so the sink is told why, with the record's file and line. */
    public static boolean rejected(Paper paper, PaperSink sink) {
        String bad = unusable(paper);
        if (bad != null) {
            sink.problem(new IngestProblem(paper.source(), bad));
        }
        return bad != null;
    }

    /** Why a record that parsed cannot be stored, or null when it can. */
    public static String unusable(Paper paper) {
        if (paper.abstractText().length() > MAX_ABSTRACT_CHARS) {
            return String.format("abstract of %,d characters is longer than %,d: not an abstract; skipped",
                    paper.abstractText().length(), MAX_ABSTRACT_CHARS);
        }
        if (paper.title().length() > MAX_TITLE_CHARS) {
            return String.format("title of %,d characters is longer than %,d; skipped", paper.title().length(),
                    MAX_TITLE_CHARS);
        }
        String field = unpairedSurrogate(paper);
        if (field != null) {
            return "the " + field + " holds an unpaired UTF-16 surrogate (a \\uD800-\\uDFFF escape without its pair),"
                    + " which is not text; skipped";
        }
        return null;
    }

    private static String unpairedSurrogate(Paper p) {
        if (hasUnpairedSurrogate(p.title())) {
            return "title";
        }
        if (hasUnpairedSurrogate(p.abstractText())) {
            return "abstract";
        }
        if (p.id() != null && hasUnpairedSurrogate(p.id())) {
            return "id";
        }
        for (Author a : p.authors()) {
            if (hasUnpairedSurrogate(a.name()) || (a.affiliation() != null && hasUnpairedSurrogate(a.affiliation()))) {
                return "author list";
            }
        }
        if ((p.venue() != null && hasUnpairedSurrogate(p.venue())) || (p.url() != null && hasUnpairedSurrogate(p.url()))
                || (p.license() != null && hasUnpairedSurrogate(p.license()))) {
            return "venue, url or license";
        }
        for (String c : p.categories()) {
            if (hasUnpairedSurrogate(c)) {
                return "categories";
            }
        }
        return null;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
