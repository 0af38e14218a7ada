package org.paperkg.evaluate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.EvalFiles;
import org.paperkg.External;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The project's copies of the dev gold, the scorer and its documents (src/test/resources/eval) equal
 * shared/eval, where that is beside the project: a changed gold must be copied in again. train.jsonl and
 * train-input.jsonl are left out: the shared pool grows while annotation goes on.
 */
class EvalCopiesTest {
    private static final Path SHARED_EVAL = Path.of("..", "shared", "eval");

    @ParameterizedTest(name = "{0} equals shared/eval/{0}")
    @ValueSource(strings = {"dev.jsonl", "score.py", "FORMAT.md", "GUIDELINE.md"})
    void copyEqualsTheSharedFile(String name) throws Exception {
        Path shared = SHARED_EVAL.resolve(name);
        External.requireFile(shared);
        assertEquals(-1, Files.mismatch(shared, EvalFiles.path(name)),
                "src/test/resources/eval/" + name + " differs from " + shared + ": copy it again");
    }
}
