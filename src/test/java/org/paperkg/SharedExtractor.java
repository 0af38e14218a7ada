package org.paperkg;

import org.paperkg.extract.RuleBasedExtractor;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.SourceLocation;

/** One rules-only extractor per test JVM (the rule tests check the rules; the CoreNLP models take long to load). */
public final class SharedExtractor {
    private SharedExtractor() {
    }

    /** Loaded on first use of {@link #get()} (the holder idiom: the JVM makes class initialisation thread-safe). */
    private static final class Rules {
        static final RuleBasedExtractor INSTANCE = RuleBasedExtractor.rulesOnly(2);
    }

    /** Loaded on first use of {@link #standard()}. */
    private static final class Standard {
        static final RuleBasedExtractor INSTANCE = RuleBasedExtractor.standard(2);
    }

    public static RuleBasedExtractor get() {
        return Rules.INSTANCE;
    }

    /** The extractor the command line uses (rules and the bundled learned model), one per test JVM. */
    public static RuleBasedExtractor standard() {
        return Standard.INSTANCE;
    }

    /** Extracts one paper made of a title and an abstract. */
    public static PaperFacts extract(String title, String abstractText) {
        return get().extract(Paper.of(title, abstractText, new SourceLocation("test", 1)));
    }
}
