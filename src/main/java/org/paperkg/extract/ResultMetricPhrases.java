package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The measure a result names in its own words when no known metric stands by it: a noun phrase right after
 * the number ("51% sequence recovery", "94% less training compute"), before "of" the number ("computational
 * savings of 49%"), or the object of a verb of change ("raises memory density by 1.6x", "improves the
 * consistency of X from 60% to 93%").
 */
final class ResultMetricPhrases {
    /** Words between a number and the measure it qualifies: "94% less training compute". */
    private static final Set<String> COMPARATIVES = CueWords.set("measure-comparatives");
    /** Hedges between the measure and its number: "of up to 8%", "by about 2x", "to nearly 70%". */
    private static final Set<String> HEDGES = CueWords.set("measure-hedges");
    private static final Set<String> CHANGE_VERBS = CueWords.set("change-verbs");
    /**
     * Heads that name no measure by themselves: changes ("improvement"), the subjects of a study, units and
     * counts of things that set up an experiment.
     */
    private static final Set<String> CHANGES = CueWords.set("change-heads");
    private static final Set<String> NOT_MEASURES = CueWords.set("not-measure-heads");
    private static final int MAX_WORDS = 4;
    /** Words a known metric may be widened by at most, to its left: "joint goal accuracy", "top-1 test error". */
    private static final int MAX_WIDENING = 2;
    /** Modifiers that judge or compare a value rather than name a measure: "competitive accuracy", "higher F1". */
    private static final Set<String> EVALUATIVE = CueWords.set("evaluative-measure-modifiers");
    /**
     * How sure the result rules are of a measure read from the result's own words ("94% less training compute",
     * "joint goal accuracy of 55%", "421x lower computational cost"): a phrase delimited by its place at the number
     * and its head, not looked up, so a step below a metric the implied-metric list or the lexicon names there.
     * Such spans come after the filter: the value stays the metric mention's confidence unless the filter kept the
     * same metric, and ResultConfidence reads it in bins ("metricConfidence=").
     */
    static final double OWN_WORDS_METRIC = 0.5;

    private final Lexicon lexicon;

    ResultMetricPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The measure the number's own words name, as a metric span, or null. */
    Span around(Sentence s, int sentenceIndex, NumberMention num, List<Span> spans) {
        Span after = after(s, sentenceIndex, num, spans);
        return after != null ? after : before(s, sentenceIndex, num, spans);
    }

    /**
     * "a joint goal accuracy of 55%", "logical form accuracy": a known metric read with the modifiers the text
     * puts before it, when they name a more specific measure (not "competitive", not a dataset); else itself.
     */
    Span widened(Sentence s, Span metric, List<Span> spans) {
        int from = metric.from();
        while (from > 0 && metric.from() - from < MAX_WIDENING && widensMetric(s.token(from - 1))
                && !claimed(spans, from - 1)) {
            from--;
        }
        if (from == metric.from()) {
            return metric;
        }
        String text = s.span(from, metric.to());
        LexiconEntry entry = lexicon.lookup(text).orElse(null);
        if (entry != null && entry.type() != EntityType.METRIC || lexicon.isGeneric(text)) {
            return metric;
        }
        String key = entry != null ? entry.key() : TermKey.of(text);
        return new Span(EntityType.METRIC, key, text, entry != null ? entry.canonical() : null, null,
                metric.sentence(), from, metric.to(), OWN_WORDS_METRIC);
    }

    /** Whether a word before a metric's name makes it a more specific measure ("top-1", "joint goal"). */
    static boolean widensMetric(Token t) {
        String w = t.text();
        boolean topK = w.matches("(?i)top-?\\d+");
        boolean word = (t.pos().equals("NN") || t.pos().equals("JJ") || t.pos().equals("VBN") || t.pos().equals("VBG"))
                && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
        return topK || word && !EVALUATIVE.contains(w.toLowerCase(Locale.ROOT)) && w.length() > 2;
    }

    /**
     * "12.3x less time", "3.5x less SRAM", "30% fewer parameters": the measure a comparative right after the
     * number names, whatever other metric the sentence holds; null without a comparative there.
     */
    Span compared(Sentence s, int sentenceIndex, NumberMention num, List<Span> spans) {
        if (num.to() >= s.size() || !COMPARATIVES.contains(lower(s, num.to()))) {
            return null;
        }
        int k = num.to() + 1;
        Span known = spans.stream().filter(sp -> sp.type() == EntityType.METRIC && sp.from() == k).findFirst().orElse(null);
        if (known != null) {
            return known;
        }
        // a name may be the measure here ("less SRAM", "less Flash"), unlike after a bare number
        int end = phraseEnd(s, k, spans, t -> isPhraseWord(t) || t.isNoun());
        return phrase(s, sentenceIndex, k, end, true);
    }

    /** Where the phrase of unclaimed words from {@code k} ends, at most {@link #MAX_WORDS} of them. */
    private static int phraseEnd(Sentence s, int k, List<Span> spans, java.util.function.Predicate<Token> word) {
        int end = k;
        while (end < s.size() && end - k < MAX_WORDS && word.test(s.token(end)) && !claimed(spans, end)) {
            end++;
        }
        return end;
    }

    private Span after(Sentence s, int sentenceIndex, NumberMention num, List<Span> spans) {
        int k = num.to();
        while (k < s.size() && COMPARATIVES.contains(lower(s, k))) {
            k++;
        }
        return phrase(s, sentenceIndex, k, phraseEnd(s, k, spans, ResultMetricPhrases::isPhraseWord));
    }

    private Span before(Sentence s, int sentenceIndex, NumberMention num, List<Span> spans) {
        int k = num.from() - 1;
        boolean sawOf = false;
        boolean sawChange = false;
        while (k >= 0 && (HEDGES.contains(lower(s, k)) || lower(s, k).equals("by") || lower(s, k).equals("from"))) {
            sawOf |= lower(s, k).equals("of");
            sawChange |= lower(s, k).equals("by") || lower(s, k).equals("from") || lower(s, k).equals("to");
            k--;
        }
        if (!sawOf && !sawChange) {
            return null;
        }
        // "improves the consistency of Alpaca from 60% to 93%": skip the thing measured
        int end = k + 1;
        Span owner = spans.stream().filter(sp -> sp.to() == end && sp.type() != EntityType.METRIC).findFirst().orElse(null);
        int phraseEnd = end;
        if (owner != null && owner.from() > 0 && lower(s, owner.from() - 1).equals("of")) {
            phraseEnd = owner.from() - 1;
        }
        int start = phraseEnd;
        while (start > 0 && phraseEnd - start < MAX_WORDS && isPhraseWord(s.token(start - 1)) && !claimed(spans, start - 1)) {
            start--;
        }
        if (start == phraseEnd || start == 0) {
            return null;
        }
        Token opener = s.token(start - 1);
        boolean afterDeterminer = opener.pos().equals("DT") || opener.pos().equals("PRP$");
        Token verb = afterDeterminer && start >= 2 ? s.token(start - 2) : opener;
        boolean changeObject = verb.pos().startsWith("VB") && CHANGE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
        // "<measure> of 49%" needs only the "of"; "by"/"from" need the verb of change before the measure
        if (!(sawOf && !sawChange) && !changeObject) {
            return null;
        }
        return phrase(s, sentenceIndex, start, phraseEnd);
    }

    private Span phrase(Sentence s, int sentenceIndex, int from, int to) {
        return phrase(s, sentenceIndex, from, to, false);
    }

    /**
     * @param compared the phrase follows "Nx less"/"N% fewer": a word too general to be a name elsewhere ("cost",
     *                 "memory") is the measure compared here
     */
    private Span phrase(Sentence s, int sentenceIndex, int from, int to, boolean compared) {
        while (to > from && !s.token(to - 1).isNoun()) {
            to--;
        }
        while (from < to && !isModifierOrNoun(s.token(from))) {
            from++;
        }
        if (to <= from) {
            return null;
        }
        String head = s.token(to - 1).text().toLowerCase(Locale.ROOT);
        String text = s.span(from, to);
        if (NOT_MEASURES.contains(head) && to - from == 1 || CHANGES.contains(head) || !compared && lexicon.isGeneric(text)
                || head.length() < 3
                || !Character.isLetter(head.charAt(0))) {
            return null;
        }
        LexiconEntry entry = lexicon.lookup(text).orElse(null);
        if (entry != null && entry.type() != EntityType.METRIC) {
            return null;
        }
        String key = entry != null ? entry.key() : TermKey.of(text);
        String canonical = entry != null ? entry.canonical() : null;
        return new Span(EntityType.METRIC, key, text, canonical, null, sentenceIndex, from, to, OWN_WORDS_METRIC);
    }

    private static boolean isPhraseWord(Token t) {
        // "certified robustness", "training compute": participles modify a measure as adjectives do
        return (t.isNoun() || t.pos().equals("JJ") || t.pos().equals("VBG") && t.text().endsWith("ing")
                || t.pos().equals("VBN") && t.text().endsWith("ed"))
                && Character.isLetter(t.text().charAt(0)) && !t.pos().equals("NNP") && !t.pos().equals("NNPS");
    }

    private static boolean isModifierOrNoun(Token t) {
        return t.isNoun() || t.pos().equals("JJ") || t.pos().equals("VBG") || t.pos().equals("VBN");
    }

    private static boolean claimed(List<Span> spans, int token) {
        return spans.stream().anyMatch(sp -> sp.from() <= token && token < sp.to());
    }

    private static String lower(Sentence s, int k) {
        return s.token(k).text().toLowerCase(Locale.ROOT);
    }
}
