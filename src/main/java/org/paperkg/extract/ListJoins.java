package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;

/** The words that join the names of one list ("on A, B and C", "A/B"): data, {@code mention-list-joins}. */
final class ListJoins {
    private static final Set<String> WORDS = CueWords.set("mention-list-joins");

    private ListJoins() {
    }

    /** Whether the tokens [from, to) are list joins only, and at least one. */
    static boolean only(Sentence s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
