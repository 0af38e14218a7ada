package org.paperkg.extract;

import org.paperkg.model.EntityType;

/**
 * A stretch of tokens [from, to) of one sentence that names an entity.
 *
 * @param canonical the lexicon's canonical name, or null for a name found by a rule
 * @param longForm  the expansion when this span is an acronym defined in the text, else null
 */
record Span(EntityType type, String key, String surface, String canonical, String longForm,
            int sentence, int from, int to, double confidence) {
}
