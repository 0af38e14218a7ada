package org.paperkg.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"paperkg " + (v == null ? "development" : v)
                + " (GPL-3.0-or-later; Apache Jena, RDF4J Rio, Stanford CoreNLP)"};
    }
}
