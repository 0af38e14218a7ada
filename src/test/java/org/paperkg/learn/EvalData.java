package org.paperkg.learn;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annotated pool the learning tests read: the project's own copy of the shared gold. */
final class EvalData {
    static final Path DIR = Path.of("src", "test", "resources", "eval");

    private EvalData() {
    }

    static Path file(String name) {
        Path p = DIR.resolve(name);
        assertTrue(Files.isRegularFile(p), "the project's copy of the gold is missing: " + p);
        return p;
    }
}
