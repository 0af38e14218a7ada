package org.paperkg.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.build.ExtractionManifest;
import org.paperkg.cli.PaperKgCommand;
import org.paperkg.vocab.PKG;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode against {@code build}: the same store, whatever the partitioning; faults, re-runs and
 * increments. One SparkSession for the class; {@code local[2,2]}: two cores, a failed task is tried twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {
    private SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    void startSpark() {
        spark = SparkSession.builder().master("local[2,2]").appName("ExtractJobTest")
                .config("spark.ui.enabled", "false")
                .config(NoMetricsServlet.CONF, NoMetricsServlet.class.getName())
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    void stopSpark() {
        spark.stop();
    }

    private ExtractionManifest extract(List<Path> inputs, Path out, int partitions, Path since) {
        return ExtractJob.run(spark, new ExtractJob.Options(inputs.stream().map(Path::toString).toList(), out.toString(),
                partitions, since == null ? null : since.toString(), null));
    }

    @Test
    void loadOfTheJobsOutputEqualsBuildOn300AbstractsWithABadRecordAndADuplicate() {
        List<String> lines = new ArrayList<>(SparkTestData.abstracts(300));
        lines.add(150, "{\"title\": \"A record that is not JSON\", ");
        lines.add(lines.get(10)); // the same paper again: a duplicate, skipped as build skips it
        Path input = SparkTestData.write(tmp.resolve("abstracts.jsonl"), lines);
        Path out = tmp.resolve("out");

        ExtractionManifest m = extract(List.of(input), out, 3, null);
        assertEquals(300, m.papers());
        assertEquals(2, m.skippedCount(), m.skipped().toString());
        assertEquals(151, m.skipped().get(0).line(), "the bad record is named by its line");
        assertTrue(m.skipped().get(1).message().startsWith("duplicate record"), m.skipped().get(1).message());

        Path loaded = tmp.resolve("loaded");
        Path built = tmp.resolve("built");
        assertEquals(0, PaperKgCommand.execute("load", "--loc", loaded.toString(), out.toString()));
        assertEquals(3, PaperKgCommand.execute("build", "--quiet", "--loc", built.toString(), input.toString()));
        List<String> fromBuild = SparkTestData.sortedNQuads(built);
        List<String> fromLoad = SparkTestData.sortedNQuads(loaded);
        assertEquals(fromBuild.size(), fromLoad.size(), "quads of build and of load");
        assertEquals(fromBuild, fromLoad);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndEveryPaperIsWrittenOnce() throws IOException {
        Path input = SparkTestData.write(tmp.resolve("twenty.jsonl"), SparkTestData.abstracts(20));
        Path marker = tmp.resolve("failed-once");
        spark.conf().set(PaperExtraction.FAIL_ONCE_CONF, marker.toString());
        ExtractionManifest m;
        try {
            m = extract(List.of(input), tmp.resolve("out"), 2, null);
        } finally {
            spark.conf().unset(PaperExtraction.FAIL_ONCE_CONF);
        }
        assertTrue(Files.exists(marker), "a task failed once");
        assertEquals(20, m.papers());
        Map<String, Integer> papers = paperTypeQuads(tmp.resolve("out"));
        assertEquals(20, papers.size());
        assertTrue(papers.values().stream().allMatch(n -> n == 1), papers.toString());
    }

    @Test
    void aReRunIntoTheSameFolderReplacesItsOutput() throws IOException {
        Path input = SparkTestData.write(tmp.resolve("ten.jsonl"), SparkTestData.abstracts(10));
        Path out = tmp.resolve("out");
        ExtractionManifest first = extract(List.of(input), out, 2, null);
        ExtractionManifest second = extract(List.of(input), out, 3, null);
        assertEquals(first.quads(), second.quads());
        Map<String, Integer> papers = paperTypeQuads(out);
        assertEquals(10, papers.size());
        assertTrue(papers.values().stream().allMatch(n -> n == 1), papers.toString());
    }

    @Test
    void sinceSkipsUnchangedPapersAndLoadReplacesTheChangedOnesAsBuildDoes() {
        List<String> corpus = SparkTestData.abstracts(14);
        Path week1 = SparkTestData.write(tmp.resolve("week1.jsonl"), corpus.subList(0, 10));
        List<String> next = new ArrayList<>(corpus.subList(0, 12));
        next.set(3, next.get(3).replace("\"abstract\": \"", "\"abstract\": \"Revised. "));
        Path week2 = SparkTestData.write(tmp.resolve("week2.jsonl"), next);

        ExtractionManifest m1 = extract(List.of(week1), tmp.resolve("run1"), 2, null);
        ExtractionManifest m2 = extract(List.of(week2), tmp.resolve("run2"), 2, tmp.resolve("run1/manifest.json"));
        assertEquals(10, m1.papers());
        assertEquals(3, m2.papers(), "one changed and two new papers");
        assertEquals(9, m2.unchanged());

        Path loaded = tmp.resolve("loaded");
        Path built = tmp.resolve("built");
        assertEquals(0, PaperKgCommand.execute("load", "--loc", loaded.toString(), tmp.resolve("run1").toString()));
        assertEquals(0, PaperKgCommand.execute("load", "--loc", loaded.toString(), tmp.resolve("run2").toString()));
        assertEquals(0, PaperKgCommand.execute("build", "--quiet", "--loc", built.toString(), week1.toString()));
        assertEquals(0, PaperKgCommand.execute("build", "--quiet", "--loc", built.toString(), week2.toString()));
        assertEquals(SparkTestData.sortedNQuads(built), SparkTestData.sortedNQuads(loaded));
    }

    @Test
    void sinceARunOfAnotherModelExtractsEveryPaperAgain() throws IOException {
        Path week1 = SparkTestData.write(tmp.resolve("model-week1.jsonl"), SparkTestData.abstracts(6));
        ExtractionManifest m1 = extract(List.of(week1), tmp.resolve("model-run1"), 2, null);
        assertEquals(6, m1.papers());
        // the same run, as if another model (or a retrained one under the same name) had written it
        Path manifest = tmp.resolve("model-run1").resolve(ExtractionManifest.FILE);
        ExtractionManifest other = new ExtractionManifest(m1.format(), m1.paperkgVersion(), m1.model() + "-retrained",
                m1.tierConfidence(), m1.corenlpVersion(), m1.jenaVersion(), m1.inputs(), m1.since(), m1.partitions(),
                m1.records(), m1.papers(), m1.unchanged(), m1.paperQuads(), m1.entityQuads(), m1.skippedCount(),
                m1.skipped(), m1.seconds());
        try (var out = Files.newOutputStream(manifest)) {
            other.writeTo(out);
        }
        Files.deleteIfExists(manifest.resolveSibling("." + ExtractionManifest.FILE + ".crc")); // Hadoop's checksum of the old one
        ExtractionManifest m2 = extract(List.of(week1), tmp.resolve("model-run2"), 2, manifest);
        assertEquals(6, m2.papers(), "no paper keeps the other model's facts");
        assertEquals(0, m2.unchanged());
        assertEquals(m1.model(), m2.model());
    }

    /** How often each paper's rdf:type quad occurs across the output's paper files. */
    private static Map<String, Integer> paperTypeQuads(Path out) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve(ExtractionManifest.PAPERS))) {
            for (Path f : files.filter(p -> p.toString().endsWith(ExtractionManifest.DATA_EXTENSION)).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        if (line.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + PKG.NS + "Paper>")) {
                            counts.merge(line.substring(0, line.indexOf('>') + 1), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }
}
