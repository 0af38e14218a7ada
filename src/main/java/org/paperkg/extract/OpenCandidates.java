package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.TermKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Candidates no rule would offer, for a trained mention filter to judge (never used without one): the rules
 * find 60% of the methods and half of the tasks annotators name, and most of the rest are plain noun phrases
 * ("graph convolution", "fair regression") or names the rules gave another type ("HICO-DET" as a method).
 * So every noun phrase no span covers, and each of its shorter endings, is offered as a method, a task and a
 * metric ({@link Source#NOUN_PHRASE}), and every rule span is offered as each other type too
 * ({@link Source#RETYPED}). Where kept candidates overlap, the extractor keeps the likelier one.
 */
final class OpenCandidates {
    /** Noun phrases are offered up to this many tokens: longer ones are descriptions, not names. */
    static final int MAX_TOKENS = 6;
    /** The types a bare noun phrase may name; datasets without a name-like shape are rare and left to rules. */
    private static final List<EntityType> PHRASE_TYPES = List.of(EntityType.METHOD, EntityType.TASK, EntityType.METRIC);
    /** Part-of-speech tags a base noun phrase is made of (hyphens join words inside it). */
    private static final Set<String> PHRASE_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "VBN", "FW", "CD", "HYPH");
    /** Tags a phrase may end with: its head. */
    private static final Set<String> HEAD_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "VBG", "FW");

    private final Lexicon lexicon;

    OpenCandidates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the noun-phrase candidates of one sentence (tokens no span of {@code spans} covers). */
    void nounPhrases(Sentence s, int index, List<Span> spans, List<Span> out) {
        boolean[] covered = new boolean[s.size()];
        for (Span sp : spans) {
            if (sp.sentence() == index) {
                for (int k = sp.from(); k < sp.to(); k++) {
                    covered[k] = true;
                }
            }
        }
        int t = 0;
        while (t < s.size()) {
            if (covered[t] || !PHRASE_TAGS.contains(s.token(t).pos())) {
                t++;
                continue;
            }
            int end = t;
            while (end < s.size() && !covered[end] && PHRASE_TAGS.contains(s.token(end).pos())) {
                end++;
            }
            offerEndings(s, index, t, end, out);
            t = end;
        }
    }

    /** The phrase [from, to) trimmed to a head, and each of its endings, as candidates of each phrase type. */
    private void offerEndings(Sentence s, int index, int from, int to, List<Span> out) {
        while (to > from && !HEAD_TAGS.contains(s.token(to - 1).pos())) {
            to--;
        }
        // "94.1% vs. 94.2%" is a noun phrase to the tagger, headed by "%" (or by "vs." in "1.0M vs."): a symbol
        // or an abbreviation with its full stop heads no name
        if (to == from || !hasLetter(s.token(to - 1).text()) || s.token(to - 1).text().endsWith(".")) {
            return;
        }
        for (int start = Math.max(from, to - MAX_TOKENS); start < to; start++) {
            Token first = s.token(start);
            if (first.pos().equals("HYPH") || first.pos().equals("CD") && start + 1 == to
                    || PhraseFinder.isBadModifier(first) || !hasLetter(first.text())) {
                continue;
            }
            String surface = s.span(start, to);
            if (lexicon.isGeneric(surface)) {
                continue;
            }
            for (EntityType type : PHRASE_TYPES) {
                out.add(typed(type, surface, null, index, start, to));
            }
        }
    }

    /**
     * Each rule span of a phrase type widened over the uncovered noun-phrase words around it: every start from
     * the first modifier before it to its own start, ending at its own end or at the head after it. Annotators
     * often name the specific thing ("hierarchical Vision Transformers", "weight decay regularization") where
     * a rule matched the general term inside it.
     */
    List<Span> widened(Sentence s, int index, List<Span> spans) {
        boolean[] covered = new boolean[s.size()];
        List<Span> rules = new ArrayList<>();
        for (Span sp : spans) {
            if (sp.sentence() == index && !isOpen(sp)) {
                rules.add(sp);
                for (int k = sp.from(); k < sp.to(); k++) {
                    covered[k] = true;
                }
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span sp : rules) {
            if (!PHRASE_TYPES.contains(sp.type())) {
                continue;
            }
            int left = sp.from();
            while (left > 0 && !covered[left - 1] && PHRASE_TAGS.contains(s.token(left - 1).pos())) {
                left--;
            }
            int right = sp.to();
            while (right < s.size() && !covered[right] && PHRASE_TAGS.contains(s.token(right).pos())) {
                right++;
            }
            while (right > sp.to() && !HEAD_TAGS.contains(s.token(right - 1).pos())) {
                right--;
            }
            for (int end : right == sp.to() ? new int[]{sp.to()} : new int[]{sp.to(), right}) {
                for (int start = Math.max(left, end - MAX_TOKENS); start <= sp.from(); start++) {
                    Token first = s.token(start);
                    if (start == sp.from() && end == sp.to() || first.pos().equals("HYPH")
                            || start < sp.from() && (PhraseFinder.isBadModifier(first) || !hasLetter(first.text()))) {
                        continue;
                    }
                    String surface = s.span(start, end);
                    if (!lexicon.isGeneric(surface)) {
                        out.add(typed(sp.type(), surface, null, index, start, end));
                    }
                }
            }
        }
        return out;
    }

    /** Each rule span as each of the other types. */
    List<Span> retyped(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            for (EntityType type : EntityType.values()) {
                if (type != sp.type()) {
                    out.add(typed(type, sp.surface(), sp.longForm(), sp.sentence(), sp.from(), sp.to()));
                }
            }
        }
        return out;
    }

    private Span typed(EntityType type, String surface, String longForm, int index, int from, int to) {
        Optional<LexiconEntry> known = lexicon.lookup(surface).filter(e -> e.type() == type);
        String key = known.map(LexiconEntry::key).orElse(TermKey.ofSingular(surface));
        return new Span(type, key, surface, known.map(LexiconEntry::canonical).orElse(null), longForm, index, from, to,
                RuleConfidence.OFFERED);
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    static boolean isOpen(Span sp) {
        return sp.source() == Source.NOUN_PHRASE || sp.source() == Source.RETYPED || sp.source() == Source.WIDENED;
    }

    /** The stage that offers every span found so far as each other type. */
    static final class Retyped implements ExtractionStage {
        private final OpenCandidates open;

        Retyped(Lexicon lexicon) {
            this.open = new OpenCandidates(lexicon);
        }

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.RULE_SPANS);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of(Layer.OPEN_CANDIDATES);
        }

        @Override
        public Source source() {
            return Source.RETYPED;
        }

        @Override
        public void annotate(PaperAnalysis paper) {
            open.retyped(paper.spans()).forEach(paper::add);
        }
    }

    /** A stage that offers open candidates one sentence at a time, then leaves the spans in reading order. */
    private abstract static class SentenceOffers implements ExtractionStage {
        final OpenCandidates open;

        SentenceOffers(Lexicon lexicon) {
            this.open = new OpenCandidates(lexicon);
        }

        /** The candidates offered in sentence {@code index}, given the spans found so far. */
        abstract List<Span> offers(Sentence s, int index, List<Span> spans);

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.TOKENS, Layer.RULE_SPANS);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of(Layer.OPEN_CANDIDATES);
        }

        @Override
        public void annotate(PaperAnalysis paper) {
            for (int i = 0; i < paper.sentenceCount(); i++) {
                offers(paper.sentence(i), i, paper.spans()).forEach(paper::add);
            }
            paper.sortByPosition();
        }
    }

    /** The stage that offers each rule span widened to the noun phrase around it. */
    static final class Widened extends SentenceOffers {
        Widened(Lexicon lexicon) {
            super(lexicon);
        }

        @Override
        public Source source() {
            return Source.WIDENED;
        }

        @Override
        List<Span> offers(Sentence s, int index, List<Span> spans) {
            return open.widened(s, index, spans);
        }
    }

    /** The stage that offers the noun phrases no span covers. */
    static final class NounPhrases extends SentenceOffers {
        NounPhrases(Lexicon lexicon) {
            super(lexicon);
        }

        @Override
        public Source source() {
            return Source.NOUN_PHRASE;
        }

        @Override
        List<Span> offers(Sentence s, int index, List<Span> spans) {
            List<Span> offered = new ArrayList<>();
            open.nounPhrases(s, index, spans, offered);
            return offered;
        }
    }
}
