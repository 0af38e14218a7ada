package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores of what a paper compares against: "than the human performance of 78.24%", "(against 72.91% for the
 * prior art)", "improves over the best concurrent results of 54.0%", "92% vs. 15% for GPT-4". Such a number is
 * absolute and belongs to the compared system, not to the paper's method.
 */
final class BaselineScores {
    private static final Set<String> CUES = CueWords.set("baseline-cues");
    /** Words before "than" that make it bound a quantity ("less than 1%"). */
    private static final Set<String> THAN_QUANTITY_HEDGES = CueWords.set("than-quantity-hedges");
    private static final Set<String> COMPARED_PREPOSITIONS = CueWords.set("compared-prepositions");
    /** "more than 90%", "over 50%": right before the number these words are hedges, not comparisons. */
    private static final int REACH = 10;

    private BaselineScores() {
    }

    /** The token of the comparison word whose object holds the number, or -1. */
    static int cueBefore(Sentence s, List<NumberMention> numbers, int n) {
        NumberMention num = numbers.get(n);
        if (ResultKinds.changeRightAfter(s, numbers, n)) {
            return -1; // "than X on Tiny level, and 0.8% higher on Small": a margin, not X's score
        }
        for (int i = num.from() - 1; i >= 0 && i >= num.from() - REACH; i--) {
            Token t = s.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("by") || w.equals(";") || w.equals(".") || (t.pos().startsWith("VB") && !isCompared(s, i))) {
                return -1; // "outperforms X by 5%": the size of a change; a verb starts another claim
            }
            if (w.equals("to") && i == num.from() - 1 && !(i > 0 && isCompared(s, i - 1))) {
                return -1; // "improves accuracy over X to 80.1%": the value reached
            }
            if (w.equals("(") && i == num.from() - 1) {
                return -1; // "X (85.2%)" is read by the bracket rules
            }
            if (Character.isDigit(w.charAt(0))) {
                // "over the previous best IS of 52.5 and FID of 18.7": a value listed after a compared
                // system's value, with no verb between, is that system's too
                if (n > 0 && numbers.get(n - 1).from() <= i && i < numbers.get(n - 1).to()
                        && isListed(s, numbers.get(n - 1).to(), num.from())) {
                    return cueBefore(s, numbers, n - 1);
                }
                return -1; // "over 15% on A and 10% on B": the cue belongs to the earlier number
            }
            boolean cue = (CUES.contains(w) && !afterQuantityHedge(s, i)) || isCompared(s, i);
            if (cue && i < num.from() - 1) {
                return i;
            }
            if (cue && (w.equals("vs") || w.equals("vs.") || w.equals("versus") || w.equals("against"))) {
                return i; // "92% vs. 15%", "(against 72.91% ...)"
            }
        }
        return -1;
    }

    /** Only "and", commas and a metric's "of" between two values: "52.5 and FID of 18.7", "72.9% and 65.1%". */
    private static boolean isListed(Sentence s, int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") || w.equals(";") || w.equals("(") || w.equals("-lrb-") || w.equals("by")) {
                return false;
            }
            joined |= w.equals("and") || w.equals(",");
        }
        return joined && to - from <= 5;
    }

    /** "less than a 4% accuracy loss", "more than $2\times$": "than" bounds a quantity, it compares nothing. */
    private static boolean afterQuantityHedge(Sentence s, int i) {
        return i > 0 && s.token(i).text().equalsIgnoreCase("than")
                && THAN_QUANTITY_HEDGES.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** "compared to/with". */
    private static boolean isCompared(Sentence s, int i) {
        return s.token(i).lemma().equalsIgnoreCase("compare") && i + 1 < s.size()
                && COMPARED_PREPOSITIONS.contains(s.token(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** The compared system: named between the cue and the number, or right after it ("15% for GPT-4"); else null. */
    static Span owner(Sentence s, List<Span> methods, int cue, NumberMention num) {
        for (Span m : methods) {
            if (m.from() > cue && m.to() <= num.from()) {
                return m;
            }
        }
        if (num.to() < s.size() && s.token(num.to()).text().equalsIgnoreCase("for")) {
            for (Span m : methods) {
                if (m.from() > num.to() && m.from() <= num.to() + 3) {
                    return m;
                }
            }
        }
        return null;
    }
}
