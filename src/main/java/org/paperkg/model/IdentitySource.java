package org.paperkg.model;

/** What decided which entity a mention is, so that a reader can judge a merge. */
public enum IdentitySource {
    /** The paper's own definition of an acronym ("long form (LF)"). */
    DEFINITION,
    /** A line of the lexicon (bundled, or the user's aliases file). */
    LEXICON,
    /** The name's normalized spelling alone: case, spacing, hyphens, plural. */
    SHAPE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
