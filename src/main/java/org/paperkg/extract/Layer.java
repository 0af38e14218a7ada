package org.paperkg.extract;

/**
 * What a stage of the extraction pipeline adds to a paper's analysis, and what later stages build on: each
 * {@link ExtractionStage} names the layers it requires and the ones it provides, and the pipeline checks when it
 * is built that every requirement is provided by an earlier stage (as CoreNLP's annotators do).
 */
enum Layer {
    /** Sentences, tokens, part-of-speech tags and lemmas of the title and the abstract (CoreNLP). */
    TOKENS,
    /** The name a title gives the paper's contribution ("X: ...", "... with Y"). */
    TITLE_NAME,
    /** Acronyms the text defines, "long form (LF)", and those it defines as no entity. */
    ACRONYMS,
    /** Later uses of a name the paper defined (an acronym, the title's name). */
    DEFINED_NAME_USES,
    /** Lexicon entries, and names the text extends from one. */
    LEXICON_ENTRIES,
    /** Names found by their shape (capitals, digits) and typed by their context. */
    SHAPED_NAMES,
    /** Metric mentions settled by their wording: qualified, split, implied by a comparison; verb uses dropped. */
    METRIC_WORDING,
    /** Tasks named by their context ("tasks such as A and B", "A and B tasks"). */
    TASK_PHRASES,
    /** Metric and task phrases typed by their head noun ("inference latency"). */
    HEAD_PHRASES,
    /** Unnamed contributions: what the authors propose, when no name is given. */
    PROPOSALS,
    /** An acronym and its spelled-out form share one key. */
    ACRONYM_KEYS,
    /** Every rule span with its final key and type, in reading order. */
    RULE_SPANS,
    /** The learned tagger's evidence on each rule span, and its own spans where no rule found anything. */
    TAGGER_EVIDENCE,
    /** Candidates for a trained filter to judge: rule spans as other types, and uncovered noun phrases. */
    OPEN_CANDIDATES,
    /** Each method's role in the paper: proposed, compared or used. */
    METHOD_ROLES
}
