package org.paperkg.extract;

/** Which stage of the extractor found a span: evidence for the mention filter, and provenance for a reader. */
public enum Source {
    /** The name a title gives the paper's proposal ("X: ..."). */
    TITLE,
    /** An acronym defined in the text, "long form (ACRONYM)". */
    ACRONYM,
    /** A later use of a name the paper defined (an acronym, the title's name). */
    DEFINED,
    /** A lexicon entry, or a lexicon name extended by the text. */
    LEXICON,
    /** A name found by its shape (capitals, digits, hyphens) and context. */
    NAME_SHAPE,
    /** A noun phrase with a typing head noun, or a metric/task phrase. */
    PHRASE,
    /** An unnamed proposal: the object of the authors' propose verb. */
    PROPOSAL,
    /** A metric named by a claimed result's wording. */
    RESULT,
    /** The learned sequence tagger, where no rule found anything. */
    TAGGER,
    /** A noun phrase no other stage explained, offered to the trained filter as a method, task and metric. */
    NOUN_PHRASE,
    /** A span another stage found, offered to the trained filter as another type. */
    RETYPED,
    /**
     * A span another stage found, widened to the noun phrase around it ("dense contrastive loss" around
     * "contrastive loss", "RNN-T decoder" around "RNN-T") and offered to the trained filter as its type.
     */
    WIDENED
}
