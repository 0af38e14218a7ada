package org.paperkg.cli;

import org.paperkg.build.Provenance;
import picocli.CommandLine;

/** {@code paperkg --version}: paperkg and the versions of the libraries and Java it runs on. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "paperkg " + Provenance.paperkgVersion() + " (GPL-3.0-or-later)",
            "Apache Jena " + Provenance.jenaVersion(),
            "Stanford CoreNLP " + Provenance.corenlpVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")"
        };
    }
}
