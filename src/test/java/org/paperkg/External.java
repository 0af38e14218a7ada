package org.paperkg;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a test needs from outside the project: a program (python3, dot, rapper, node) or a data file of
 * {@code ../shared}. Where one is missing the test is skipped, except when the system property
 * {@value #REQUIRED_PROPERTY} is true (CI sets it: {@code .ci/run} exports CI=true and pom.xml turns that into
 * the property): then it fails, so that CI cannot pass by skipping.
 */
public final class External {
    public static final String REQUIRED_PROPERTY = "paperkg.requireExternal";
    /** How long a probe such as {@code dot -V} may take before the program counts as unusable. */
    private static final long PROBE_SECONDS = 60;

    private External() {
    }

    /** Skips the test, or fails it on CI, when {@code available} is false; {@code what} names what is missing. */
    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
            fail(what + " is missing, and " + REQUIRED_PROPERTY + " is set: on CI every external tool and file must be there");
        }
        Assumptions.abort(what + " is missing here: skipped (set -D" + REQUIRED_PROPERTY + "=true to fail instead)");
    }

    public static void requireFile(Path file) {
        require(Files.isRegularFile(file), "the file " + file);
    }

    /** Requires that {@code command} (e.g. {@code dot -V}) runs and exits with status 0. */
    public static void requireRuns(String... command) {
        require(runs(command), "the program " + String.join(" ", command));
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
