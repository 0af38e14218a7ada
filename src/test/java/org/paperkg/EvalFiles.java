package org.paperkg;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The project's copy of shared/eval (src/test/resources/eval): gold (dev.jsonl, train.jsonl), the texts of the
 * train papers, score.py and the format and guideline it scores by. Tests read these, never ../shared, so a
 * fresh clone runs them.
 */
public final class EvalFiles {
    private EvalFiles() {
    }

    /** The file {@code name} of the eval folder on the test class path. */
    public static Path path(String name) {
        URL url = EvalFiles.class.getResource("/eval/" + name);
        if (url == null) {
            throw new IllegalStateException("src/test/resources/eval/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
