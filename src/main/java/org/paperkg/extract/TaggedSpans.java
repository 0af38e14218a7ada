package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The learned tagger's view of each sentence: how much it agrees with each rule span (evidence for the mention
 * filter), and spans of its own: maximal runs of tokens of one likeliest type that no rule span covers. Methods
 * are left to the rules (the tagger's evidence still weighs on them): in cross-validation its own method spans
 * cost more precision than they brought recall, and their roles were often wrong.
 */
final class TaggedSpans implements ExtractionStage {
    /** Tags a span may not start or end with: "the", "of", "and", punctuation. */
    private static final Set<String> EDGE_TAGS = Set.of("DT", "IN", "CC", "TO", "PRP$", "POS", ",", ".", ":",
            "-LRB-", "-RRB-", "``", "''", "HYPH");

    /**
     * The types the tagger adds spans of its own for, where no rule span covers the tokens. Not methods: the
     * open candidates (noun phrases) offer those with better bounds. Not tasks: with its task spans the shipped
     * model's tasks fell from 0.636 to 0.589 (5-fold cross-validation, precision and recall both lower), while its
     * evidence on every other candidate still raises methods, metrics and the results (session 13).
     */
    private static final Set<EntityType> OWN_SPAN_TYPES = Set.of(EntityType.DATASET, EntityType.METRIC);

    private final MentionTagger tagger;
    private final Lexicon lexicon;

    TaggedSpans(MentionTagger tagger, Lexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.RULE_SPANS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TAGGER_EVIDENCE);
    }

    @Override
    public Source source() {
        return Source.TAGGER;
    }

    @Override
    public void annotate(PaperAnalysis paper) {
        for (int i = 0; i < paper.sentenceCount(); i++) {
            tag(paper, i);
        }
        paper.sortByPosition();
    }

    private void tag(PaperAnalysis paper, int index) {
        Sentence s = paper.sentence(index);
        MentionTagger.TokenProbabilities probs = tagger.probabilities(s);
        Map<Span, CandidateFeatures.TaggerEvidence> evidence = paper.taggerEvidence();
        boolean[] covered = new boolean[s.size()];
        for (Span sp : paper.spans()) {
            if (sp.sentence() != index) {
                continue;
            }
            double other = 0;
            for (EntityType t : EntityType.values()) {
                if (t != sp.type()) {
                    other = Math.max(other, probs.mean(t, sp.from(), sp.to()));
                }
            }
            evidence.put(sp, new CandidateFeatures.TaggerEvidence(probs.mean(sp.type(), sp.from(), sp.to()), other));
            for (int k = sp.from(); k < sp.to(); k++) {
                covered[k] = true;
            }
        }
        for (Span sp : find(s, index, probs, covered)) {
            Span stored = paper.add(sp);
            evidence.put(stored, new CandidateFeatures.TaggerEvidence(stored.confidence(), 0));
        }
    }

    /** The tagger's own spans in one sentence, where no rule span covers a token. */
    private List<Span> find(Sentence s, int index, MentionTagger.TokenProbabilities probs, boolean[] covered) {
        List<Span> out = new ArrayList<>();
        int t = 0;
        while (t < s.size()) {
            EntityType type = covered[t] ? null : probs.best(t);
            if (type == null || !OWN_SPAN_TYPES.contains(type)) {
                t++;
                continue;
            }
            int end = t + 1;
            while (end < s.size() && !covered[end] && probs.best(end) == type) { // same-type run
                end++;
            }
            int from = t;
            int to = end;
            while (from < to && isEdge(s.token(from))) {
                from++;
            }
            while (to > from && isEdge(s.token(to - 1))) {
                to--;
            }
            if (to > from) {
                String surface = s.span(from, to);
                if (hasLetter(surface) && !lexicon.isGeneric(surface)) {
                    Optional<LexiconEntry> known = lexicon.lookup(surface).filter(e -> e.type() == type);
                    String key = known.map(LexiconEntry::key).orElse(TermKey.ofSingular(surface));
                    out.add(new Span(type, key, surface, known.map(LexiconEntry::canonical).orElse(null), null, index,
                            from, to, probs.mean(type, from, to)));
                }
            }
            t = end;
        }
        return out;
    }

    private static boolean isEdge(Token t) {
        return EDGE_TAGS.contains(t.pos()) || !Character.isLetterOrDigit(t.text().charAt(0))
                && !Character.isLetterOrDigit(t.text().charAt(t.text().length() - 1));
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }
}
