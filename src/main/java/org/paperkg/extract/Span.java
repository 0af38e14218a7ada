package org.paperkg.extract;

import org.paperkg.model.EntityType;

/**
 * A stretch of tokens [from, to) of one sentence that names an entity.
 *
 * @param canonical  the lexicon's canonical name, or null for a name found by a rule
 * @param longForm   the expansion when this span is an acronym defined in the text, else null
 * @param confidence how sure the rule that found it is ({@link RuleConfidence}); the tagger's probability for its own
 * @param source     the stage that found it: {@link PaperAnalysis} records it when a stage adds the span
 */
record Span(EntityType type, String key, String surface, String canonical, String longForm,
            int sentence, int from, int to, double confidence, Source source) {
    /** A span as a stage makes it, before {@link PaperAnalysis#add} records the stage's source. */
    Span(EntityType type, String key, String surface, String canonical, String longForm,
         int sentence, int from, int to, double confidence) {
        this(type, key, surface, canonical, longForm, sentence, from, to, confidence, null);
    }

    Span withSource(Source s) {
        return new Span(type, key, surface, canonical, longForm, sentence, from, to, confidence, s);
    }

    /** The same span under another entity key (an identity decision over the whole paper), source kept. */
    Span withKey(String otherKey) {
        return otherKey.equals(key) ? this : new Span(type, otherKey, surface, canonical, longForm, sentence, from, to,
                confidence, source);
    }

    /** Sure enough to vouch for other names ({@link RuleConfidence#SURE}). */
    boolean isSure() {
        return confidence >= RuleConfidence.SURE;
    }
}
