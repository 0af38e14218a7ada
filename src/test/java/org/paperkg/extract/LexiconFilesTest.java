package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.External;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * tools/check_lexicons.py finds no errors: no duplicates, no generic phrase that is also an entity, and no
 * name that the bundled sample uses but the unlabeled corpus hardly knows (the lexicons must not carry the
 * sample's answers; tools/lexicon-allowlist.txt names the rare ones that are general vocabulary).
 */
class LexiconFilesTest {
    private static final Path SCRIPT = Path.of("tools", "check_lexicons.py");
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "ml-abstracts.jsonl");

    @Test
    void lexiconFilesAreConsistent() throws Exception {
        External.requireRuns("python3", "--version");
        assertCheckPasses("--no-corpus");
    }

    @Test
    void noLexiconNameComesFromTheSampleAlone() throws Exception {
        External.requireRuns("python3", "--version");
        External.requireFile(CORPUS);
        assertCheckPasses("--corpus", CORPUS.toString());
    }

    private static void assertCheckPasses(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
