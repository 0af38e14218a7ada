package org.paperkg.build;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 a real build process part-way, several times, then run the same command to the end: the store
 * opens, and it equals a clean build. At least one kill must land after a commit of the killed build and before
 * its end, checked on a copy of the store after the kill (the store itself is left for the next build to
 * recover). The child is {@code java -cp <this JVM's class path> org.paperkg.cli.PaperKgCommand build}, so the
 * test works during {@code mvn test} (before the jar exists).
 */
class CrashRecoveryTest {
    private static final int PAPERS = 150;
    private static final int BATCH = 8;
    private static final int COMMIT = 16;
    /**
     * A build hands a transaction to its writer thread every {@link #COMMIT} papers and waits for the previous
     * one before handing on the next, so once it reports this many papers extracted its first commit is done.
     */
    private static final int EXTRACTED_AFTER_FIRST_COMMIT = 2 * COMMIT;
    /** Kills after the first commit, each in a build that resumes the store left by the previous kill. */
    private static final int KILLS_AFTER_COMMIT = 2;
    /** Up to this long after its first commit a build is killed: between transactions or inside one. */
    private static final int KILL_JITTER_MS = 800;
    /** Generous: on a busy machine the child needs long to load CoreNLP's models. */
    private static final long PROGRESS_TIMEOUT_MS = 180_000;
    /**
     * The final build extracts what the kills left (about 120 of the 150 papers) with one thread; on a 2-core
     * machine shared with other builds that took over 2 minutes.
     */
    private static final long FINAL_BUILD_TIMEOUT_S = 600;
    private static final Pattern PROGRESS = Pattern.compile("build: ([\\d,]+) (?:papers|records) read");

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

        // First a kill at a random moment from the start: loading models, creating the store, or writing.
        Process early = start(crashed, input, dir.resolve("err-early.txt"));
        long earlyMs = 1000 + random.nextInt(3000);
        log.add(early.waitFor(earlyMs, TimeUnit.MILLISECONDS)
                ? "early: finished before the kill" : "early: killed after " + earlyMs + " ms");
        kill(early);
        int stored = committedPapers(crashed, "probe-early");

        // Then kills that land after a commit of the killed build and before its end.
        int killsAfterCommit = 0;
        for (int attempt = 0; attempt < KILLS_AFTER_COMMIT; attempt++) {
            int firstCommitDone = stored + EXTRACTED_AFTER_FIRST_COMMIT;
            if (firstCommitDone >= PAPERS) {
                break; // too few papers left for a kill after a commit and before the end
            }
            Path err = dir.resolve("err-" + attempt + ".txt");
            Process p = start(crashed, input, err);
            boolean committed = waitForPapersRead(p, err, firstCommitDone);
            long jitterMs = random.nextInt(KILL_JITTER_MS);
            boolean finished = p.waitFor(jitterMs, TimeUnit.MILLISECONDS);
            kill(p);
            int before = stored;
            stored = committedPapers(crashed, "probe-" + attempt);
            boolean landed = committed && !finished && stored > before && stored < PAPERS;
            if (landed) {
                killsAfterCommit++;
            }
            log.add("attempt " + attempt + ": " + (finished ? "finished before the kill" : "killed " + jitterMs
                    + " ms after its first commit") + "; papers stored " + before + " -> " + stored
                    + (landed ? "" : " (not after a commit and before the end)"));
        }
        assertTrue(killsAfterCommit >= 1, "no kill landed after a commit and before the end: seed " + seed + ", " + log);

        Path err = dir.resolve("err-final.txt");
        Process last = start(crashed, input, err);
        boolean finished = last.waitFor(FINAL_BUILD_TIMEOUT_S, TimeUnit.SECONDS);
        String finalErr = Files.readString(err, StandardCharsets.UTF_8);
        if (!finished) {
            kill(last);
        }
        assertTrue(finished, "the final build did not finish in " + FINAL_BUILD_TIMEOUT_S + " s, "
                + papersRead(err) + " papers read: " + finalErr + "\n" + log);
        assertEquals(0, last.exitValue(), "final build: " + finalErr + "\n" + log);

        Stores.build(dir.resolve("clean"), List.of(input));
        Set<Quad> clean = Stores.quads(dir.resolve("clean"));
        Set<Quad> resumed = Stores.quads(crashed);
        assertEquals(PAPERS, Stores.graphNames(clean).size());
        assertEquals(clean, resumed, "seed " + seed + ", " + log);
        assertTrue(Stores.violations(crashed).isEmpty());
        System.out.println("CrashRecoveryTest (seed " + seed + "): " + log + "; kills after a commit: " + killsAfterCommit);
    }

    private static Process start(Path store, Path input, Path err) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1g", "-Dpaperkg.progressSeconds=0", "-cp", System.getProperty("java.class.path"),
                "org.paperkg.cli.PaperKgCommand", "build", "--loc", store.toString(), "--threads", "1",
                "--batch", String.valueOf(BATCH), "--commit", String.valueOf(COMMIT), input.toString());
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
    }

    /** SIGKILL on Linux: no shutdown hooks, no commit of the transaction in flight. */
    private static void kill(Process p) throws Exception {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }

    /** Waits until the build's progress line reports {@code papers} read; false when it ended or timed out first. */
    private static boolean waitForPapersRead(Process p, Path err, int papers) throws Exception {
        long end = System.currentTimeMillis() + PROGRESS_TIMEOUT_MS;
        while (System.currentTimeMillis() < end && p.isAlive()) {
            if (papersRead(err) >= papers) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int papersRead(Path err) throws Exception {
        if (!Files.exists(err)) {
            return 0;
        }
        Matcher m = PROGRESS.matcher(Files.readString(err, StandardCharsets.UTF_8));
        int read = 0;
        while (m.find()) {
            read = Integer.parseInt(m.group(1).replace(",", ""));
        }
        return read;
    }

    /**
     * The papers a killed build left committed in {@code store}, read from a copy: opening the store itself
     * would recover it here, and the next build would no longer have to.
     */
    private int committedPapers(Path store, String copyName) throws Exception {
        if (!Files.exists(store)) {
            return 0;
        }
        Path copy = dir.resolve(copyName);
        // cp keeps TDB2's sparse files sparse (a Java copy would write their hundreds of MB of zeros)
        Process cp = new ProcessBuilder("cp", "-r", store.toString(), copy.toString()).redirectErrorStream(true).start();
        String out = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cp.waitFor(), "cp: " + out);
        try (var files = Files.walk(copy)) {
            for (Path lock : files.filter(f -> f.getFileName().toString().equals("tdb.lock")).toList()) {
                Files.delete(lock); // the dead child's lock
            }
        }
        return Stores.graphNames(Stores.quads(copy)).size();
    }
}
