package org.paperkg.extract;

/**
 * How sure each rule is of the spans it finds, from knowledge (the lexicon) through the paper's own definitions
 * to shapes and phrases. Set by hand to order the rules, not measured: with {@code --model rules} a mention
 * keeps the highest of its spans' values, and the trained mention filter replaces it with a calibrated
 * probability. Only {@link #SURE} steers a rule ({@link Span#isSure()}).
 */
final class RuleConfidence {
    /** A lexicon entry; an acronym whose long form (or, agreeing with it, whose sense) the lexicon knows. */
    static final double KNOWN_NAME = 0.9;
    /** A numbered variant of a lexicon entry written with a slash: "CIFAR10/100". */
    static final double KNOWN_VARIANT = 0.85;
    /** The name before a title's colon: "KLOVA: Scheduling ...". */
    static final double TITLE_COLON_NAME = 0.85;
    /** A name the text itself calls a dataset: "the X dataset", "the ImageNet VID benchmark". */
    static final double CALLED_A_DATASET = 0.8;
    /** An acronym the paper defines, typed by its long form's head noun or shape. */
    static final double DEFINED_ACRONYM = 0.75;
    /** A name found by its shape (inner capitals, capitals with digits). */
    static final double NAME_SHAPE = 0.7;
    /** A lexicon technique made more specific by the modifiers before it: "iterative pruning". */
    static final double SPECIFIC_TECHNIQUE = 0.7;
    /** A phrase typed by its head noun or its context: metric and task phrases, a title's method phrase. */
    static final double PHRASE = 0.6;
    /** An edition of a benchmark in an evaluation sentence: "results on WNUT 2017". */
    static final double DATASET_EDITION = 0.6;
    /** The most a name typed a dataset only by agreement with another keeps: below {@link #SURE}. */
    static final double DATASET_BY_AGREEMENT = 0.6;
    /** A name after "on" in an evaluation sentence: "we evaluate on X". */
    static final double EVALUATED_ON = 0.55;
    /** A contribution the authors describe without naming it: "we propose a greedy merging heuristic". */
    static final double UNNAMED_PROPOSAL = 0.55;
    /**
     * A task or metric read off one word: a lone task noun in a list or after a dataset name, a lone modifier
     * sharing a list's head ("tone and image classification tasks"), a metric implied by "fewer parameters".
     */
    static final double LONE_WORD = 0.5;
    /** Open candidates: no rule vouches for them, only the trained filter's probability counts. */
    static final double OFFERED = 0;

    /**
     * A span at least this sure vouches for other names: a dataset the lexicon knows or the text calls one makes
     * a name found by its shape in the same list a dataset too. Guesses (an edition, "on X", agreement itself)
     * stay below, so that one guess never types another name.
     */
    static final double SURE = CALLED_A_DATASET;

    private RuleConfidence() {
    }
}
