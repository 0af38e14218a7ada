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

    /** paperkg's version, from the properties file Maven filled in at build time. */
    public static String paperkgVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/paperkg/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("paperkg.version");
            return v == null || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The Jena on the class path (jena-core's own constant). */
    public static String jenaVersion() {
        return org.apache.jena.Jena.VERSION;
    }

    /** The CoreNLP on the class path, from its jar's manifest (CoreNLP has no version constant). */
    public static String corenlpVersion() {
        String v = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? UNKNOWN : v;
    }
}
