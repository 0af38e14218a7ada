package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The lexicon files stay consistent: no duplicates, no generic phrase that is also an entity. */
class LexiconFilesTest {
    @Test
    void lexiconCheckScriptFindsNoErrors() throws Exception {
        Path script = Path.of("tools", "check_lexicons.py");
        assumeTrue(Files.isRegularFile(script));
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not available");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
