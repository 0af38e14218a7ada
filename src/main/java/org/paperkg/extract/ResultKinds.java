package org.paperkg.extract;

import org.paperkg.model.ResultKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a number is a score reached ("81.3% accuracy": absolute) or a change against something ("improves
 * accuracy by 1.5%", "3x faster", "a 20% reduction": relative).
 */
final class ResultKinds {
    /** Words of change that make a number next to them relative. */
    private static final Set<String> RELATIVE_CUES = CueWords.set("relative-cues");
    /** Hedges that may stand between "by" and its number: "by up to 8.1x", "by over 50%", "by a margin of 3%". */
    private static final Set<String> HEDGES = CueWords.set("by-hedges");
    /**
     * Words that make a number relative only when written after it: "0.8% above the baseline", "a 0.01%
     * accuracy loss", "2 points behind"; before it they are hedges ("above 90%") or names ("loss of 0.3").
     */
    private static final Set<String> CUES_AFTER_ONLY = CueWords.set("relative-cues-after-only");
    /** Punctuation and conjunctions that end the reach of a cue written after the number (so do verbs). */
    private static final Set<String> CUE_BREAKS = CueWords.set("relative-cue-breaks");
    /** Nouns naming a change, whose size may be given as a range. */
    private static final Set<String> CHANGE_NOUNS = CueWords.set("change-nouns");
    /** Words between two numbers of one list or range: "1%, 2% and 3%", "1% - 3%". */
    private static final Set<String> NUMBER_LIST_JOINS = CueWords.set("number-list-joins");
    private static final int CUE_BEFORE = 4;
    private static final int CUE_AFTER = 4;

    private ResultKinds() {
    }

    static ResultKind of(Sentence s, List<NumberMention> numbers, int n) {
        NumberMention num = numbers.get(n);
        if (num.signed() || "pp".equals(num.unit()) || WordFactors.inWords(s, num)) {
            return ResultKind.RELATIVE; // "+1.2%", "3 percentage points", "an order of magnitude", "doubles"
        }
        // the numbers of one list or range share a kind: "drops of 3.8, 14.0 and 17.4 F1 points", "from 8% up to 40%"
        Run run = Run.around(n, numbers.size(), i -> together(s, numbers.get(i), numbers.get(i + 1)));
        int first = run.first();
        int last = run.last();
        for (int i = first; i <= last; i++) {
            if (numbers.get(i).signed() || afterBy(s, numbers.get(i))) {
                return ResultKind.RELATIVE;
            }
        }
        NumberMention head = numbers.get(first);
        NumberMention tail = numbers.get(last);
        if (first < last && changeEnds(s, head)) {
            return ResultKind.ABSOLUTE; // "improves from 69.76% to 73.19%": the scores before and after
        }
        if (reachedValue(s, head)) {
            return ResultKind.ABSOLUTE; // "decreases the ASR to 2.86%": the value a change arrives at
        }
        if (ResultFinder.hasCue(s, head.from() - CUE_BEFORE, head.from(), RELATIVE_CUES) || cueAfter(s, tail)) {
            return ResultKind.RELATIVE;
        }
        // "11% gain on CUB-200, and 9% on ImageNet-100": a number parallel to a change is a change too
        if (first > 0 && parallel(s, numbers.get(first - 1), head)
                && of(s, numbers, first - 1) == ResultKind.RELATIVE) {
            return ResultKind.RELATIVE;
        }
        return ResultKind.ABSOLUTE;
    }

    /** "improves F1 by up to 13%", "outperforms X by 0.9%": a number after "by" is the size of a change. */
    static boolean afterBy(Sentence s, NumberMention num) {
        for (int i = num.from() - 1; i >= 0 && i >= num.from() - 6; i--) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("by")) {
                return true;
            }
            if (!HEDGES.contains(w) && !s.token(i).isAdjective()) {
                return false;
            }
        }
        return false;
    }

    /** "0.8% and 0.9% higher", "2.6x faster": the number, or the list it ends, is followed by its change word. */
    static boolean changeRightAfter(Sentence s, List<NumberMention> numbers, int n) {
        int last = n;
        while (last + 1 < numbers.size() && together(s, numbers.get(last), numbers.get(last + 1))) {
            last++;
        }
        return changeRightAfter(s, numbers.get(last));
    }

    private static boolean changeRightAfter(Sentence s, NumberMention num) {
        if (num.to() >= s.size()) {
            return false;
        }
        Token next = s.token(num.to());
        return next.pos().equals("JJR") || next.pos().equals("RBR")
                || CHANGE_NOUNS.contains(next.lemma().toLowerCase(Locale.ROOT))
                || RELATIVE_CUES.contains(next.text().toLowerCase(Locale.ROOT));
    }

    /** "41.8% improvement", "2% higher accuracy than", but not "14.41%, significantly lower than the human". */
    private static boolean cueAfter(Sentence s, NumberMention num) {
        for (int i = num.to(); i < s.size() && i < num.to() + CUE_AFTER; i++) {
            Token t = s.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (RELATIVE_CUES.contains(w) || RELATIVE_CUES.contains(t.lemma().toLowerCase(Locale.ROOT))
                    || CUES_AFTER_ONLY.contains(w)) {
                return true;
            }
            // a base-form "verb" right after a number is mostly a mis-tagged noun ("22% compute savings")
            boolean verb = t.pos().startsWith("VB") && !(t.pos().equals("VB") || t.pos().equals("VBP")) || i > num.to()
                    && t.pos().startsWith("VB");
            if (CUE_BREAKS.contains(w) || verb || Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "from 69.76% to 73.19%" gives the scores at both ends of a change, unless the change itself is what
     * ranges ("relative improvements ranging from 8% up to 40%").
     */
    private static boolean changeEnds(Sentence s, NumberMention head) {
        int from = head.from() - 1;
        if (from < 0 || !s.token(from).text().equalsIgnoreCase("from")) {
            return false;
        }
        for (int i = from - 1; i >= 0 && i >= from - 3; i--) {
            if (CHANGE_NOUNS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static boolean isChangeNoun(Token t) {
        return CHANGE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "reduces the error to 3.1%", but not "speedups of up to 3x" nor "compared to 5%". */
    private static boolean reachedValue(Sentence s, NumberMention head) {
        int to = head.from() - 1;
        if (to < 1 || !s.token(to).text().equalsIgnoreCase("to")) {
            return false;
        }
        String before = s.token(to - 1).text().toLowerCase(Locale.ROOT);
        return !before.equals("up") && !s.token(to - 1).lemma().equalsIgnoreCase("compare")
                && !Character.isDigit(before.charAt(0)) && !before.equals("%");
    }

    /** Two numbers of one list or range: "3.8, 14.0, and 17.4", "1% - 3%", "8% up to 40%". */
    private static boolean together(Sentence s, NumberMention a, NumberMention b) {
        if (b.from() < a.to()) {
            return true;
        }
        if (b.from() - a.to() > 3) {
            return false;
        }
        for (int k = a.to(); k < b.from(); k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (!NUMBER_LIST_JOINS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "X% gain on A, and Y% on B": no verb and no "with" between two numbers in the same unit. */
    private static boolean parallel(Sentence s, NumberMention a, NumberMention b) {
        if (a.unit() == null || !a.unit().equals(b.unit()) || b.from() - a.to() > 16) {
            return false;
        }
        boolean joined = false;
        int open = 0;
        for (int k = a.to(); k < b.from(); k++) {
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") || w.equals("with") || w.equals("while") || w.equals(";")) {
                return false;
            }
            open += w.equals("(") || w.equals("-lrb-") ? 1 : w.equals(")") || w.equals("-rrb-") ? -1 : 0;
            joined |= w.equals(",") || w.equals("and");
        }
        return joined && open == 0; // "38.8% (AUC) on edge deletion, and 32.2% on ..." but not "X (85%"
    }
}
