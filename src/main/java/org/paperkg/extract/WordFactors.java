package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Factors written in words: "one order of magnitude faster" (10x), "two orders of magnitude" (100x), "an
 * order-of-magnitude speed-up", "doubles the accuracy" (2x), "tripled throughput" (3x).
 */
final class WordFactors {
    private static final Map<String, Integer> COUNTS = Map.of("one", 1, "an", 1, "a", 1, "two", 2, "three", 3,
            "four", 4);
    private static final Map<String, BigDecimal> MULTIPLYING_VERBS = Map.of("double", BigDecimal.valueOf(2),
            "triple", BigDecimal.valueOf(3), "quadruple", BigDecimal.valueOf(4));
    /** Verb forms that state a change ("doubles", "doubled"), not a setting ("doubling the batch size"). */
    private static final Set<String> CHANGE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP", "VBN");

    private WordFactors() {
    }

    /** The factor a phrase starting at token i states, or null. */
    static NumberMention at(Sentence s, int i) {
        String w = s.token(i).text().toLowerCase(Locale.ROOT);
        Integer count = COUNTS.get(w);
        if (count != null && i + 1 < s.size()) {
            String next = s.token(i + 1).text().toLowerCase(Locale.ROOT);
            if (next.equals("order-of-magnitude") || next.equals("orders-of-magnitude")) {
                return new NumberMention(BigDecimal.TEN.pow(count), "x", i, i + 2, false);
            }
            if ((next.equals("order") || next.equals("orders")) && i + 3 < s.size()
                    && s.token(i + 2).text().equalsIgnoreCase("of") && s.token(i + 3).text().equalsIgnoreCase("magnitude")) {
                return new NumberMention(BigDecimal.TEN.pow(count), "x", i, i + 4, false);
            }
        }
        BigDecimal factor = MULTIPLYING_VERBS.get(s.token(i).lemma().toLowerCase(Locale.ROOT));
        if (factor != null && CHANGE_VERB_TAGS.contains(s.token(i).pos())) {
            return new NumberMention(factor, "x", i, i + 1, false);
        }
        return null;
    }

    /** True when the number was written in words, hence states a change, never a level reached. */
    static boolean inWords(Sentence s, NumberMention num) {
        return Character.isLetter(s.token(num.from()).text().charAt(0)) && at(s, num.from()) != null;
    }
}
