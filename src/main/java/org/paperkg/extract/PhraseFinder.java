package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds metric and task names that no lexicon knows, as noun phrases whose head says what they are:
 * "cache utilization", "retrieval accuracy", "gesture recognition", "melody continuation".
 */
final class PhraseFinder implements SentenceStage {
    private static final int MAX_MODIFIERS = 3;
    /** Heads too vague to stand alone: they need a noun modifier ("training time", not "short time"). */
    private static final Set<String> VAGUE_HEADS = CueWords.set("vague-heads");
    private static final Set<String> BAD_MODIFIERS = CueWords.set("evaluative-modifiers");

    private final HeadNouns heads;
    private final Lexicon lexicon;

    PhraseFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.METRIC_WORDING, Layer.TASK_PHRASES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.HEAD_PHRASES);
    }

    @Override
    public Source source() {
        return Source.PHRASE;
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
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
                    paper.add(new Span(EntityType.TASK, TermKey.of(head.lemma()), head.text(), null, null,
                            sentenceIndex, h, h + 1, RuleConfidence.LONE_WORD));
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
            paper.add(new Span(type.get(), key, surface, null, null, sentenceIndex, from, h + 1, RuleConfidence.PHRASE));
            claims.claim(from, h + 1);
        }
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
