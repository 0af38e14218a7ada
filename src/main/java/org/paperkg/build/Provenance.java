package org.paperkg.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions of paperkg and of the libraries it runs on, as found at run time (not as the pom hoped). */
public final class Provenance {
    /** What a version reads as when it cannot be found (classes run outside a packaged jar, a stripped jar). */
    public static final String UNKNOWN = "unknown";

    private Provenance() {
    }

    /**
     * What a paper's {@code pkg:extractedBy} says: this paperkg, the extractor's model and this CoreNLP, the three
     * things that decide its facts ("paperkg 0.1.0, model RuleBasedExtractor+..., Stanford CoreNLP 4.5.10").
     */
    public static String extractor(String modelName) {
        return extractor(paperkgVersion(), modelName, corenlpVersion());
    }

    /** The same for given versions and model (a store's metadata, a previous run's manifest). */
    public static String extractor(String paperkgVersion, String modelName, String corenlpVersion) {
        return "paperkg " + paperkgVersion + ", model " + modelName + ", Stanford CoreNLP " + corenlpVersion;
    }

    /** paperkg's version, from the properties file Maven filled in at build time. */
    public static String paperkgVersion() {
        return built("paperkg.version");
    }

    /** A version Maven wrote into version.properties at build time, or {@link #UNKNOWN}. */
    private static String built(String key) {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/paperkg/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key);
            return v == null || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /**
     * The Jena on the class path (jena-core's own constant); in a jar that merged the libraries (paperkg-spark.jar),
     * where that constant reads "&lt;development&gt;", the version paperkg was built with.
     */
    public static String jenaVersion() {
        String v = org.apache.jena.Jena.VERSION;
        return v == null || v.startsWith("<") ? built("jena.version") : v;
    }

    /**
     * The CoreNLP on the class path, from its jar's manifest (CoreNLP has no version constant); in a merged jar, which
     * has paperkg's manifest only, the version paperkg was built with.
     */
    public static String corenlpVersion() {
        String v = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? built("corenlp.version") : v;
    }
}
