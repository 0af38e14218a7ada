package org.paperkg;

import org.paperkg.extract.RuleBasedExtractor;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.SourceLocation;

/** One rules-only extractor per test JVM (the rule tests check the rules; the CoreNLP models take long to load). */
public final class SharedExtractor {
    private static volatile RuleBasedExtractor instance;

    private SharedExtractor() {
    }

    public static RuleBasedExtractor get() {
        RuleBasedExtractor e = instance;
        if (e == null) {
            synchronized (SharedExtractor.class) {
                e = instance;
                if (e == null) {
                    e = RuleBasedExtractor.rulesOnly(2);
                    instance = e;
                }
            }
        }
        return e;
    }

    private static volatile RuleBasedExtractor standard;

    /** The extractor the command line uses (rules and the bundled learned model), one per test JVM. */
    public static RuleBasedExtractor standard() {
        RuleBasedExtractor e = standard;
        if (e == null) {
            synchronized (SharedExtractor.class) {
                e = standard;
                if (e == null) {
                    e = RuleBasedExtractor.standard(2);
                    standard = e;
                }
            }
        }
        return e;
    }

    /** Extracts one paper made of a title and an abstract. */
    public static PaperFacts extract(String title, String abstractText) {
        return get().extract(Paper.of(title, abstractText, new SourceLocation("test", 1)));
    }
}
