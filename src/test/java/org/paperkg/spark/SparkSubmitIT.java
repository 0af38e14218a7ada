package org.paperkg.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.External;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's commands with the packaged jars, as a user runs them: {@code spark-submit --master local[2] --class
 * org.paperkg.spark.ExtractJob target/paperkg-spark.jar ...}, then {@code java -jar target/paperkg.jar load}, against
 * {@code java -jar target/paperkg.jar build} on the same abstracts. spark-submit is Spark's own SparkSubmit on Spark's
 * own jars ({@code tools/spark-submit}, which {@code .ci/run} prepares), not the test's class path.
 */
class SparkSubmitIT {
    private static final Path SPARK_SUBMIT = Path.of("tools/spark-submit/spark-submit");
    private static final long TIMEOUT_MINUTES = 10;

    @TempDir
    Path work;

    @Test
    void sparkSubmitThenLoadGivesTheQuadsOfBuild() throws Exception {
        // Only in the package phase (the jars are made there), as the other *IT tests.
        assumeTrue(System.getProperty("paperkg.distribution") != null, "run by mvn package, after the jars are made");
        External.require(Files.isDirectory(Path.of("tools/spark-submit/target/jars")),
                "Spark's jars for tools/spark-submit (mvn -q -f tools/spark-submit/pom.xml package)");
        Path models;
        try (var lib = Files.list(Path.of("target/lib"))) {
            models = lib.filter(p -> p.getFileName().toString().matches("stanford-corenlp-.*-models\\.jar")).findFirst()
                    .orElseThrow();
        }
        Path input = SparkTestData.write(work.resolve("abstracts.jsonl"), SparkTestData.abstracts(12));
        Path out = work.resolve("out");

        run(SPARK_SUBMIT.toAbsolutePath().toString(), "--master", "local[2]", "--class", ExtractJob.class.getName(),
                "--jars", models.toAbsolutePath().toString(), "--conf", "spark.ui.enabled=false",
                Path.of("target/paperkg-spark.jar").toAbsolutePath().toString(),
                "--input", input.toString(), "--output", out.toString());
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
        run("java", "-jar", "target/paperkg.jar", "load", "--loc", work.resolve("db").toString(), out.toString());
        run("java", "-jar", "target/paperkg.jar", "build", "--quiet", "--loc", work.resolve("db2").toString(),
                input.toString());
        List<String> loaded = SparkTestData.sortedNQuads(work.resolve("db"));
        assertTrue(loaded.size() > 100, "quads loaded: " + loaded.size());
        assertEquals(SparkTestData.sortedNQuads(work.resolve("db2")), loaded);
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "run", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(done, "timed out: " + String.join(" ", command) + "\n" + output);
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output.substring(Math.max(0, output.length() - 5000)));
    }
}
