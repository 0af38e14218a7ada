package org.paperkg.extract;

import org.paperkg.model.EntityType;

/**
 * A stretch of tokens [from, to) of one sentence that names an entity.
 *
 * @param canonical the lexicon's canonical name, or null for a name found by a rule
 * @param longForm  the expansion when this span is an acronym defined in the text, else null
 * @param source    the stage that found it; null until the extractor labels the stage's output
 */
record Span(EntityType type, String key, String surface, String canonical, String longForm,
            int sentence, int from, int to, double confidence, Source source) {
    /** A span whose source the extractor fills in after the finder that made it has run. */
    Span(EntityType type, String key, String surface, String canonical, String longForm,
         int sentence, int from, int to, double confidence) {
        this(type, key, surface, canonical, longForm, sentence, from, to, confidence, null);
    }

    Span withSource(Source s) {
        return new Span(type, key, surface, canonical, longForm, sentence, from, to, confidence, s);
    }
}
