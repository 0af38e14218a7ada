package org.paperkg.build;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 a real build process part-way, several times, then run the same command to the end: the store
 * opens, and it equals a clean build. The child is {@code java -cp <this JVM's class path>
 * org.paperkg.cli.PaperKgCommand build}, so the test works during {@code mvn test} (before the jar exists).
 */
class CrashRecoveryTest {
    private static final int PAPERS = 150;

    @TempDir
    Path dir;

    @Test
    void killedBuildsResumeToTheCleanResult() throws Exception {
        Path input = GeneratedCorpus.write(dir.resolve("corpus.jsonl"), 0, PAPERS);
        Path crashed = dir.resolve("crashed");
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<String> log = new ArrayList<>();
        int killedMidWrite = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            Path err = dir.resolve("err-" + attempt + ".txt");
            Process p = start(crashed, input, err);
            // First attempt: a random moment from the start (models loading, or writing); later ones: a random
            // moment after the first batch is committed, so that the kill lands between or inside transactions.
            long delayMs = 1000 + random.nextInt(3000);
            if (attempt > 0) {
                waitForProgress(p, err, 30_000);
                delayMs = 200 + random.nextInt(1500);
            }
            if (p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                log.add("attempt " + attempt + ": finished before the kill (exit " + p.exitValue() + ")");
                continue;
            }
            String progress = Files.readString(err, StandardCharsets.UTF_8);
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no commit of the batch in flight
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            if (progress.contains("papers read")) {
                killedMidWrite++;
            }
            log.add("attempt " + attempt + ": killed after " + delayMs + " ms; " + lastProgress(progress));
        }
        Path err = dir.resolve("err-final.txt");
        Process last = start(crashed, input, err);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the final build finishes");
        String finalErr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), "final build: " + finalErr + "\n" + log);

        Stores.build(dir.resolve("clean"), List.of(input));
        Set<Quad> clean = Stores.quads(dir.resolve("clean"));
        Set<Quad> resumed = Stores.quads(crashed);
        assertEquals(PAPERS, Stores.graphNames(clean).size());
        assertEquals(clean, resumed, "seed " + seed + ", " + log);
        assertTrue(Stores.violations(crashed).isEmpty());
        System.out.println("CrashRecoveryTest (seed " + seed + "): " + log + "; kills after the first commit: " + killedMidWrite);
    }

    private static Process start(Path store, Path input, Path err) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.paperkg.cli.PaperKgCommand", "build", "--loc", store.toString(), "--threads", "1", "--batch", "8", "--commit", "16",
                input.toString());
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
    }

    private static void waitForProgress(Process p, Path err, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end && p.isAlive()) {
            if (Files.exists(err) && Files.readString(err, StandardCharsets.UTF_8).contains("papers read")) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static String lastProgress(String err) {
        int i = err.lastIndexOf("build:");
        return i < 0 ? "no progress yet" : err.substring(i).strip().replace(File.separatorChar == '\\' ? '\r' : '\r', ' ');
    }
}
