package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.TermKey;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settles metric mentions by their wording, before metric phrases are read off head nouns: a metric word used
 * as a verb names no measure ("to speed up training"), a one-word lexicon metric qualified by nouns is named
 * by the whole phrase ("retrieval accuracy"), one token joining metric names names each ("accuracy-FLOPs"),
 * and the quantity a comparison is about is a metric ("with fewer parameters").
 */
final class MetricWording implements SentenceStage {
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> VERB_TAGS = Set.of("VB", "VBD", "VBP", "VBZ");
    private static final Set<String> COMPARED_AMOUNT = CueWords.set("comparative-amounts");

    private final HeadNouns heads;
    private final Lexicon lexicon;
    private final ImpliedMetrics implied = ImpliedMetrics.bundled();

    MetricWording(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.LEXICON_ENTRIES, Layer.SHAPED_NAMES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.METRIC_WORDING);
    }

    @Override
    public Source source() {
        return Source.PHRASE;
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
        dropVerbUses(s, sentenceIndex, paper);
        qualifyBareMetrics(s, sentenceIndex, claims, paper);
        splitMetricCompounds(s, sentenceIndex, claims, paper);
        comparedQuantities(s, sentenceIndex, claims, paper);
    }

    /**
     * "retrieval accuracy", "few-shot probe accuracy": a one-word metric the lexicon knows, qualified
     * by nouns before it, is named by the whole phrase (the guideline keeps the text's form).
     */
    private void qualifyBareMetrics(Sentence s, int sentenceIndex, TokenClaims claims, PaperAnalysis paper) {
        List<Span> spans = paper.spans();
        for (int i = 0; i < spans.size(); i++) {
            Span m = spans.get(i);
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
            paper.replace(i, new Span(EntityType.METRIC, key, surface, null, null, sentenceIndex, from, m.to(), RuleConfidence.PHRASE));
            claims.claim(from, m.from());
        }
    }

    /** "to speed up training": a metric name written as a verb ("speed up", "cost") names no measure. */
    private static void dropVerbUses(Sentence s, int sentenceIndex, PaperAnalysis paper) {
        paper.removeIf(m -> m.sentence() == sentenceIndex && m.type() == EntityType.METRIC
                && VERB_TAGS.contains(s.token(m.from()).pos()) && !s.token(m.to() - 1).isNoun());
    }

    /** "accuracy-FLOPs trade-offs", "memory/accuracy": one token joining metric names names each of them. */
    private void splitMetricCompounds(Sentence s, int sentenceIndex, TokenClaims claims, PaperAnalysis paper) {
        for (int i = 0; i < s.size(); i++) {
            String[] parts = s.token(i).text().split("[-/]");
            if (parts.length < 2 || s.token(i).text().contains("://")) {
                continue;
            }
            final int token = i;
            // "accuracy-FLOPs" looks like a name to the name finder, but it is made of metric names only
            java.util.function.Predicate<Span> wholeToken = sp -> sp.sentence() == sentenceIndex && sp.from() == token
                    && sp.to() == token + 1 && sp.type() == EntityType.METHOD;
            if (claims.isClaimed(i) && paper.spans().stream().noneMatch(wholeToken)) {
                continue;
            }
            List<LexiconEntry> entries = java.util.Arrays.stream(parts)
                    .map(p -> lexicon.lookup(p).filter(e -> e.type() == EntityType.METRIC).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            if (entries.size() != parts.length) {
                continue;
            }
            paper.removeIf(wholeToken);
            for (int p = 0; p < parts.length; p++) {
                paper.add(new Span(EntityType.METRIC, entries.get(p).key(), parts[p], entries.get(p).canonical(), null,
                        sentenceIndex, i, i + 1, RuleConfidence.PHRASE));
            }
            claims.claim(i, i + 1);
        }
    }

    /** "with fewer parameters", "less memory": the quantity a comparison is about is a metric of the paper. */
    private void comparedQuantities(Sentence s, int sentenceIndex, TokenClaims claims, PaperAnalysis paper) {
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
            paper.add(new Span(EntityType.METRIC, key, s.token(i).text(), entry != null ? entry.canonical() : metric, null,
                    sentenceIndex, i, i + 1, RuleConfidence.LONE_WORD));
            claims.claim(i, i + 1);
        }
    }

    /** A noun, or a hyphenated compound ("zero-shot"), qualifying a metric; not an evaluative word. */
    private static boolean isQualifier(Token t) {
        return PhraseFinder.isModifier(t) && (t.isNoun() || t.text().contains("-")) && !t.pos().equals("NNP");
    }
}
