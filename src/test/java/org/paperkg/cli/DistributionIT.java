package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary distribution as a new user gets it: the tar.gz made by {@code mvn package} is unpacked into an
 * empty folder and {@code bin/paperkg} is run from another working directory. Runs in the package phase, after
 * the assembly (surefire execution 'distribution' in the pom); skipped when the archive has not been made.
 */
class DistributionIT {
    private static final long COMMAND_TIMEOUT_SECONDS = 300;

    @TempDir
    static Path install;
    @TempDir
    static Path work;
    static Path paperkg;

    @BeforeAll
    static void unpack() throws Exception {
        String archive = System.getProperty("paperkg.distribution");
        assumeTrue(archive != null && Files.isRegularFile(Path.of(archive)), "no distribution archive: run mvn package");
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "bin/paperkg is a POSIX sh script");
        Run untar = run(install, Map.of(), "tar", "xzf", archive);
        assertEquals(0, untar.code(), untar.toString());
        try (var top = Files.list(install)) {
            Path home = top.filter(Files::isDirectory).findFirst().orElseThrow();
            paperkg = home.resolve("bin/paperkg");
        }
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    static Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void holdsTheLaunchersLibrariesOntologyQueriesManualPagesAndDocs() {
        Path home = paperkg.getParent().getParent();
        for (String part : List.of("bin/paperkg", "bin/paperkg.bat", "lib/paperkg.jar", "ontology/paperkg.ttl",
                "ontology/shapes.ttl", "queries/leaderboard.rq", "README.md", "LICENSE", "man/paperkg.adoc",
                "man/paperkg-build.adoc", "man/paperkg-completion.adoc")) {
            assertTrue(Files.isRegularFile(home.resolve(part)), part);
        }
        assertTrue(Files.isExecutable(paperkg));
        try (var jars = Files.list(home.resolve("lib"))) {
            assertTrue(jars.anyMatch(j -> j.getFileName().toString().startsWith("stanford-corenlp-") && j.toString().endsWith("-models.jar")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void versionRunsFromAnotherFolderAndNamesTheLibraries() throws Exception {
        Run r = run(work, Map.of(), paperkg.toString(), "--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("paperkg "), r.toString());
        assertTrue(r.out().contains("Apache Jena "), r.toString());
        assertTrue(r.out().contains("Stanford CoreNLP "), r.toString());
        assertTrue(r.out().contains("Java "), r.toString());
    }

    @Test
    void javaOptsReachTheJvm() throws Exception {
        // A heap far too small for the JVM to start proves the option was passed on.
        Run r = run(work, Map.of("JAVA_OPTS", "-Xmx1m"), paperkg.toString(), "--version");
        assertFalse(r.code() == 0, r.toString());
        assertTrue((r.out() + r.err()).toLowerCase().contains("heap"), r.toString());
    }

    @Test
    void javaHomeIsUsedWhenSet() throws Exception {
        Run good = run(work, Map.of("JAVA_HOME", System.getProperty("java.home"), "PATH", "/usr/bin:/bin"),
                paperkg.toString(), "--version");
        assertEquals(0, good.code(), good.toString());
        Run bad = run(work, Map.of("JAVA_HOME", work.resolve("no-java-here").toString()), paperkg.toString(), "--version");
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.err().contains("JAVA_HOME"), bad.toString());
    }

    @Test
    void buildsAJsonLinesFileFromAnotherFolderWithReadableProgressAndQueriesIt() throws Exception {
        Path input = work.resolve("papers.jsonl");
        try (InputStream in = DistributionIT.class.getResourceAsStream("/cli/two-papers.jsonl")) {
            Files.copy(in, input);
        }
        Run build = run(work, Map.of(), paperkg.toString(), "build", "--loc", "db", "--threads", "2", "papers.jsonl");
        assertEquals(0, build.code(), build.toString());
        assertTrue(Files.isDirectory(work.resolve("db")), "the store is made relative to the working directory");
        assertTrue(build.out().contains("papers:    2"), build.toString());
        assertFalse(build.err().contains("\r"), "piped progress has no carriage returns:\n" + build.err());
        assertTrue(build.err().contains("% of"), "piped progress says how much of the input was read:\n" + build.err());

        Run query = run(work, Map.of(), paperkg.toString(), "query", "--loc", "db", "datasets-most-used", "--results", "csv");
        assertEquals(0, query.code(), query.toString());
        assertTrue(query.out().contains("ImageNet"), query.toString());
    }

    @Test
    void printsACompletionScript() throws Exception {
        Run r = run(work, Map.of(), paperkg.toString(), "completion");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("complete -F"), r.toString());
    }
}
