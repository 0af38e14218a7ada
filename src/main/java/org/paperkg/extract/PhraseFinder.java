package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds metric and task names that no lexicon knows, as noun phrases whose head says what they are:
 * "PE utilization", "categorization accuracy", "speaker recognition", "dance step generation".
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

    private final HeadNouns heads;
    private final Lexicon lexicon;
    private final TaskFinder tasks;

    PhraseFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
        this.tasks = new TaskFinder(lexicon, heads);
    }

    void find(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
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

    static boolean isVagueHead(Token head) {
        return VAGUE_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean mentionsTasks(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("task"));
    }

    /** A word that can qualify a head noun: a noun, an adjective or a participle, but not an evaluative word. */
    static boolean isModifier(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (BAD_MODIFIERS.contains(w) || BAD_MODIFIERS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (w.matches("top-\\d+")) {
            return true;
        }
        return (t.pos().startsWith("NN") || t.pos().equals("JJ") || t.pos().equals("VBG"))
                && Character.isLetter(w.charAt(0)) && !w.contains("/");
    }
}
