package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.TermKey;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Numbers that set up an experiment rather than report its outcome: budgets after a preposition ("with 10 NFE",
 * "for 200 epochs", "under 30M parameters"), a sparsity level a model is run at ("with ZeroFL and 95% sparsity"),
 * a percentage that describes the model ("a 90% sparse ResNet-50 achieves ..."),
 * and numbers inside formulas ("O(1/\epsilon^4)", "$1$-Wasserstein").
 */
final class SettingNumbers {
    private static final Set<String> SETTING_PREPOSITIONS = CueWords.set("budget-prepositions");
    private static final Set<String> SKIPPABLE = CueWords.set("budget-hedges");
    /** NumberFinder's unit codes of a budget ("200 epochs", "30M"): compared as written, so not a cue list. */
    private static final Set<String> BUDGET_UNITS = Set.of("epochs", "epoch", "M", "B", "K", "k", "G");
    private static final Set<String> ACHIEVE_WORDS = CueWords.set("sparsity-reached-words");

    private SettingNumbers() {
    }

    /**
     * @param spans the entity spans of the sentence
     */
    static boolean isSetting(Sentence s, NumberMention num, Span metric, List<Span> spans) {
        return inFormula(s, num) || budget(s, num) || sparsityLevel(s, num, metric) || enumerator(s, num)
                || dataFraction(s, num) || trainingSchedule(s, num) || bracketedExample(s, num)
                || modelModifier(s, num, spans);
    }

    /** Nouns that name a model when no name does: "a 90% sparse model". */
    private static final Set<String> MODEL_NOUNS = CueWords.set("model-nouns");
    /** Words after a percentage that make it an outcome, whatever follows: "2% more", "5% relative gain". */
    private static final Set<String> OUTCOME_WORDS = CueWords.set("outcome-words");
    /** How far a percentage may stand before the model it describes: "a 90% non-uniform sparse ResNet-50". */
    private static final int MODIFIER_REACH = 4;

    /**
     * "a 90% non-uniform sparse ResNet-50 model achieves 77.9%", "a 50% pruned network": a percentage that
     * describes the model (a method name or a model noun after a few modifiers, no metric between) sets the
     * experiment up; the model's score is the other number.
     */
    private static boolean modelModifier(Sentence s, NumberMention num, List<Span> spans) {
        if (!"%".equals(num.unit())) {
            return false;
        }
        for (int k = num.to(); k < s.size() && k < num.to() + MODIFIER_REACH; k++) {
            final int at = k;
            if (spans.stream().anyMatch(sp -> sp.from() <= at && at < sp.to() && sp.type() == EntityType.METRIC)) {
                return false;
            }
            if (k > num.to() && spans.stream().anyMatch(sp -> sp.from() == at && sp.type() == EntityType.METHOD)
                    || k > num.to() && MODEL_NOUNS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            Token t = s.token(k);
            if (OUTCOME_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || !(t.isAdjective() || t.isNoun()
                    || t.pos().equals("VBN") || t.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** "under data-limited (e.g., 1% and 10%) schemes": values given as examples of a setting. */
    private static boolean bracketedExample(Sentence s, NumberMention num) {
        int k = num.from() - 1;
        while (k >= 0 && SHARE_LIST.contains(s.token(k).text().toLowerCase(Locale.ROOT))
                && !s.token(k).text().startsWith("e.g") || k >= 0 && s.token(k).pos().equals("CD")) {
            k--;
        }
        return k >= 1 && s.token(k).text().toLowerCase(Locale.ROOT).startsWith("e.g")
                && (s.token(k - 1).text().equals("(") || s.token(k - 1).text().equals("-LRB-"));
    }

    /** Nouns for the data or labels an experiment is given. */
    private static final Set<String> DATA_NOUNS = CueWords.set("data-nouns");
    /** Words that may stand between a share and its data noun, besides numbers and modifiers: "1% of the labels". */
    private static final Set<String> DATA_SHARE_FILLERS = CueWords.set("data-share-fillers");
    /** Words that introduce what an experiment is given: "with 1% of the labels", "using only 10% data". */
    private static final Set<String> GIVEN_WORDS = CueWords.set("given-words");
    /** What may stand between such a word and the share: "with only 1% and 10%", "(e.g., 1%". */
    private static final Set<String> SHARE_LIST = CueWords.set("share-list-words");
    private static final int DATA_NOUN_REACH = 5;
    private static final Set<String> SCHEDULE_NOUNS = CueWords.set("schedule-nouns");

    /**
     * "with only 1% of the labels", "fine-tuned with 1% or 10% labelled data": the share of the data an
     * experiment is given sets it up; it is not an outcome.
     */
    private static boolean dataFraction(Sentence s, NumberMention num) {
        if (!"%".equals(num.unit())) {
            return false;
        }
        boolean dataAfter = false;
        for (int k = num.to(); k < s.size() && k < num.to() + DATA_NOUN_REACH; k++) {
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (DATA_NOUNS.contains(w)) {
                dataAfter = true;
                break;
            }
            boolean filler = DATA_SHARE_FILLERS.contains(w) || t.pos().equals("CD") || t.isAdjective() || t.isNoun()
                    || t.pos().equals("VBN");
            if (!filler) {
                return false;
            }
        }
        if (!dataAfter) {
            return false;
        }
        for (int k = num.from() - 1; k >= 0 && k >= num.from() - DATA_NOUN_REACH; k--) {
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (GIVEN_WORDS.contains(w)) {
                return true;
            }
            if (!SHARE_LIST.contains(w) && !t.pos().equals("CD")) {
                return false;
            }
        }
        return false;
    }

    /** "with a 1x schedule": a multiple of the standard training schedule is a setting. */
    private static boolean trainingSchedule(Sentence s, NumberMention num) {
        if (!"x".equals(num.unit())) {
            return false;
        }
        for (int k = num.to(); k < s.size() && k <= num.to() + 1; k++) {
            if (SCHEDULE_NOUNS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "1) high accuracy -- ...; 2) ...", "(3) a new benchmark": the number of an item in a list. */
    private static boolean enumerator(Sentence s, NumberMention num) {
        if (num.unit() != null || num.value().scale() > 0 || num.to() >= s.size()) {
            return false;
        }
        String next = s.token(num.to()).text();
        String before = num.from() == 0 ? ":" : s.token(num.from() - 1).text();
        return (next.equals(")") || next.equals("-RRB-")) && num.value().compareTo(java.math.BigDecimal.TEN) <= 0
                && !Character.isLetterOrDigit(before.charAt(0));
    }

    /** "with 10 NFE", "for 200 epochs", "under 30M parameters": a whole count after a preposition. */
    private static boolean budget(Sentence s, NumberMention num) {
        boolean bare = num.unit() == null && num.value().stripTrailingZeros().scale() <= 0;
        if (!bare && (num.unit() == null || !BUDGET_UNITS.contains(num.unit()))) {
            return false;
        }
        int i = num.from() - 1;
        while (i >= 0 && SKIPPABLE.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
            i--;
        }
        return i >= 0 && SETTING_PREPOSITIONS.contains(s.token(i).text().toLowerCase(Locale.ROOT));
    }

    /** "models trained with 95% sparsity": sparsity is a level chosen, unless the sentence says it is reached. */
    private static boolean sparsityLevel(Sentence s, NumberMention num, Span metric) {
        if (metric == null || !metric.key().equals(TermKey.of("sparsity")) || metric.from() < num.to()) {
            return false;
        }
        for (int i = num.from() - 1; i >= 0 && i >= num.from() - 3; i--) {
            Token t = s.token(i);
            if (ACHIEVE_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A slash right after a percentage or a number: "81.2%/83.0%", "0.6/0.8". */
    private static boolean slashList(String text, int slash) {
        int k = slash - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (text.charAt(k) == '%' || Character.isDigit(text.charAt(k)));
    }

    /** "O(1/\epsilon^4)", "$1$-Wasserstein": an exponent, a denominator or a number glued to a name. */
    private static boolean inFormula(Sentence s, NumberMention num) {
        int start = s.token(num.from()).begin() - s.begin();
        int end = s.token(num.to() - 1).end() - s.begin();
        String text = s.text();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '/' && slashList(text, start - 1)) {
            return false; // "85.1%/86.9%": the second value of a slash list, not a denominator
        }
        if (before == '^' || before == '_' || before == '/' || before == '{') {
            return true;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == '$') {
            after++;
        }
        return num.unit() == null && after + 1 < text.length() && text.charAt(after) == '-'
                && Character.isLetter(text.charAt(after + 1));
    }
}
