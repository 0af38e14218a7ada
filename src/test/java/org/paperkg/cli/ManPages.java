package org.paperkg.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the manual pages of every command, in AsciiDoc, from the same picocli model that parses the command
 * line (picocli-codegen's ManPageGenerator), so the pages cannot drift from the options. Run by the pom in the
 * prepare-package phase into the distribution's man/ folder; {@code asciidoctor -b manpage} turns a page into troff.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_FOLDER");
        }
        int status = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true,
                PaperKgCommand.commandLine().getCommandSpec());
        if (status != 0) {
            throw new IllegalStateException("ManPageGenerator failed with status " + status);
        }
    }
}
