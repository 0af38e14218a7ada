package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds metric and task names that no lexicon knows, as noun phrases whose head says what they are:
 * "cache utilization", "retrieval accuracy", "gesture recognition", "melody continuation".
 */
final class PhraseFinder {
    private static final int MAX_MODIFIERS = 3;
    /** Heads too vague to stand alone: they need a noun modifier ("training time", not "short time"). */
    private static final Set<String> VAGUE_HEADS = Set.of("rate", "score", "cost", "time", "size", "ratio",
            "efficiency", "loss", "overhead", "usage", "error", "access", "analysis", "inference", "control",
            "transfer", "alignment", "matching", "understanding", "modeling", "modelling", "reasoning",
            "planning", "generation", "prediction", "estimation", "compression", "completion", "assessment");
    private static final Set<String> BAD_MODIFIERS = Set.of("high", "higher", "highest", "low", "lower", "lowest",
            "good", "better", "best", "competitive", "comparable", "similar", "significant", "overall", "average",
            "same", "new", "novel", "total", "final", "original", "great", "greater", "strong", "stronger", "poor",
            "other", "various", "many", "several", "different", "existing", "further", "additional", "more",
            "less", "much", "large", "small", "larger", "smaller", "fast", "faster", "efficient", "accurate",
            "robust", "reasonable", "promising", "superior", "inferior", "improved", "reduced", "increased",
            "state-of-the-art", "sota", "excellent", "remarkable", "substantial", "notable", "considerable",
            "minimal", "maximum", "minimum", "optimal", "effective", "practical", "real", "real-world", "key",
            "main", "whole", "entire", "full", "such", "own", "certain", "specific", "general", "downstream",
            "standard", "typical", "common", "popular", "previous", "prior", "current", "recent", "modern",
            "end-to-end", "first", "second", "third", "single", "multiple", "each", "every", "both", "limited",
            "important", "critical", "crucial", "challenging", "difficult", "complex", "simple", "generic",
            "traditional", "conventional", "classical", "performance", "valuable", "diverse", "useful", "powerful",
            "successful", "expensive", "costly", "cheap", "target", "naive", "vanilla", "plain", "pure", "specialized",
            "widely-used");

    private static final Set<String> VERB_TAGS = Set.of("VB", "VBD", "VBP", "VBZ");
    private static final Set<String> COMPARED_AMOUNT = Set.of("fewer", "less", "more", "lower", "higher");

    private final HeadNouns heads;
    private final Lexicon lexicon;
    private final ImpliedMetrics implied = ImpliedMetrics.bundled();
    private final TaskFinder tasks;

    PhraseFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
        this.tasks = new TaskFinder(lexicon, heads);
    }

    void find(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
        dropVerbUses(s, sentenceIndex, out);
        qualifyBareMetrics(s, sentenceIndex, claims, out);
        splitMetricCompounds(s, sentenceIndex, claims, out);
        comparedQuantities(s, sentenceIndex, claims, out);
        tasks.find(s, sentenceIndex, claims, out);
        for (int h = 0; h < s.size(); h++) {
            Token head = s.token(h);
            if (claims.isClaimed(h) || !head.isNoun() || (h + 1 < s.size() && s.token(h + 1).isNoun())) {
                continue;
            }
            Optional<EntityType> type = heads.typeOf(head);
            if (type.isEmpty() || type.get() == EntityType.METHOD || type.get() == EntityType.DATASET) {
                continue;
            }
            int from = h;
            boolean nounModifier = false;
            while (from > 0 && h - from < MAX_MODIFIERS && isModifier(s.token(from - 1)) && !claims.isClaimed(from - 1)) {
                from--;
                nounModifier |= s.token(from).isNoun() || s.token(from).text().matches("(?i)top-\\d+");
            }
            // "using image classification": a leading verb form is the sentence's verb, not a modifier
            while (from < h && s.token(from).pos().equals("VBG")) {
                from++;
            }
            if (from == h) {
                // A bare task head counts only where the sentence talks about tasks: "tasks such as
                // classification, detection and segmentation".
                if (type.get() == EntityType.TASK && !VAGUE_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))
                        && mentionsTasks(s) && !lexicon.isGeneric(head.text())) {
                    out.add(new Span(EntityType.TASK, TermKey.of(head.lemma()), head.text(), null, null,
                            sentenceIndex, h, h + 1, 0.5));
                    claims.claim(h, h + 1);
                }
                continue;
            }
            String headLemma = head.lemma().toLowerCase(Locale.ROOT);
            if (VAGUE_HEADS.contains(headLemma) && !nounModifier) {
                continue;
            }
            String surface = s.span(from, h + 1);
            if (lexicon.isGeneric(surface)) {
                continue;
            }
            String key = TermKey.of(surface.substring(0, surface.length() - head.text().length()) + head.lemma());
            out.add(new Span(type.get(), key, surface, null, null, sentenceIndex, from, h + 1, 0.6));
            claims.claim(from, h + 1);
        }
    }

    /**
     * "retrieval accuracy", "few-shot probe accuracy": a one-word metric the lexicon knows, qualified
     * by nouns before it, is named by the whole phrase (the guideline keeps the text's form).
     */
    private void qualifyBareMetrics(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span m = out.get(i);
            if (m.sentence() != sentenceIndex || m.type() != EntityType.METRIC || m.to() - m.from() != 1
                    || heads.typeOf(s.token(m.from())).filter(t -> t == EntityType.METRIC).isEmpty()) {
                continue;
            }
            int from = m.from();
            while (from > 0 && m.from() - from < MAX_MODIFIERS && isQualifier(s.token(from - 1)) && !claims.isClaimed(from - 1)
                    && !(from > 1 && s.token(from - 2).pos().equals("CD"))) {
                from--; // ("3.5 ms latency": a unit after a number is no qualifier)
            }
            if (from == m.from() || !s.token(m.from() - 1).isNoun()) {
                continue;
            }
            String surface = s.span(from, m.to());
            if (lexicon.isGeneric(surface) || lexicon.lookup(surface).isPresent()) {
                continue;
            }
            Token head = s.token(m.from());
            String key = TermKey.of(surface.substring(0, surface.length() - head.text().length()) + head.lemma());
            out.set(i, new Span(EntityType.METRIC, key, surface, null, null, sentenceIndex, from, m.to(), 0.6));
            claims.claim(from, m.from());
        }
    }

    /** "to speed up training": a metric name written as a verb ("speed up", "cost") names no measure. */
    private static void dropVerbUses(Sentence s, int sentenceIndex, List<Span> out) {
        out.removeIf(m -> m.sentence() == sentenceIndex && m.type() == EntityType.METRIC
                && VERB_TAGS.contains(s.token(m.from()).pos()) && !s.token(m.to() - 1).isNoun());
    }

    /** "accuracy-FLOPs trade-offs", "memory/accuracy": one token joining metric names names each of them. */
    private void splitMetricCompounds(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
        for (int i = 0; i < s.size(); i++) {
            String[] parts = s.token(i).text().split("[-/]");
            if (parts.length < 2 || s.token(i).text().contains("://")) {
                continue;
            }
            final int token = i;
            // "accuracy-FLOPs" looks like a name to the name finder, but it is made of metric names only
            java.util.function.Predicate<Span> wholeToken = sp -> sp.sentence() == sentenceIndex && sp.from() == token
                    && sp.to() == token + 1 && sp.type() == EntityType.METHOD;
            if (claims.isClaimed(i) && out.stream().noneMatch(wholeToken)) {
                continue;
            }
            List<LexiconEntry> entries = java.util.Arrays.stream(parts)
                    .map(p -> lexicon.lookup(p).filter(e -> e.type() == EntityType.METRIC).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            if (entries.size() != parts.length) {
                continue;
            }
            out.removeIf(wholeToken);
            for (int p = 0; p < parts.length; p++) {
                out.add(new Span(EntityType.METRIC, entries.get(p).key(), parts[p], entries.get(p).canonical(), null,
                        sentenceIndex, i, i + 1, 0.6));
            }
            claims.claim(i, i + 1);
        }
    }

    /** "with fewer parameters", "less memory": the quantity a comparison is about is a metric of the paper. */
    private void comparedQuantities(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
        for (int i = 1; i < s.size(); i++) {
            if (claims.isClaimed(i) || !s.token(i).isNoun()
                    || !COMPARED_AMOUNT.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String metric = implied.metricOf(s.token(i).text()).orElse(null);
            if (metric == null) {
                continue;
            }
            LexiconEntry entry = lexicon.lookup(metric).orElse(null);
            String key = entry != null ? entry.key() : TermKey.of(metric);
            out.add(new Span(EntityType.METRIC, key, s.token(i).text(), entry != null ? entry.canonical() : metric, null,
                    sentenceIndex, i, i + 1, 0.5));
            claims.claim(i, i + 1);
        }
    }

    /** A noun, or a hyphenated compound ("zero-shot"), qualifying a metric; not an evaluative word. */
    private static boolean isQualifier(Token t) {
        return isModifier(t) && (t.isNoun() || t.text().contains("-")) && !t.pos().equals("NNP");
    }

    static boolean isVagueHead(Token head) {
        return VAGUE_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean mentionsTasks(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("task"));
    }

    /** An evaluative or quantifying word ("high", "novel", "several") that does not belong to a name. */
    static boolean isBadModifier(Token t) {
        return BAD_MODIFIERS.contains(t.text().toLowerCase(Locale.ROOT)) || BAD_MODIFIERS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** A word that can qualify a head noun: a noun, an adjective or a participle, but not an evaluative word. */
    static boolean isModifier(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (isBadModifier(t)) {
            return false;
        }
        if (w.matches("top-\\d+")) {
            return true;
        }
        return (t.pos().startsWith("NN") || t.pos().equals("JJ") || t.pos().equals("VBG"))
                && Character.isLetter(w.charAt(0)) && !w.contains("/");
    }
}
