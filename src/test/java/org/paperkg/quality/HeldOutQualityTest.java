package org.paperkg.quality;

import org.junit.jupiter.api.Test;
import org.paperkg.External;
import org.paperkg.extract.ExtractionModel;
import org.paperkg.learn.CrossValidationReport;
import org.paperkg.learn.UnlabeledCorpus;
import org.paperkg.learn.PoolPaper;
import org.paperkg.learn.Trainer;
import org.paperkg.learn.TrainingPool;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ratchet on text the learned parts did not see: 5-fold cross-validation by paper over the training pool
 * (the project's copy of the shared gold), the mention filter, role choice and result confidence over the open
 * candidates with the unlabeled corpus's phrase counts, as {@code paperkg train} makes them (the sequence tagger,
 * which takes minutes per fold to train, is measured by {@code paperkg train}); fails when a mean figure falls
 * below quality-ratchet-heldout.properties.
 */
class HeldOutQualityTest {
    private static final Path EVAL = Path.of("src", "test", "resources", "eval");
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "ml-abstracts.jsonl");
    private static final Path RESERVED = Path.of("..", "shared", "eval", "reserved-titles.txt");

    @Test
    void crossValidatedFiguresDoNotFallBelowTheBestReachedSoFar() throws Exception {
        List<Path> gold = List.of(EVAL.resolve("train.jsonl"), EVAL.resolve("dev.jsonl"));
        for (Path g : gold) {
            assertTrue(Files.isRegularFile(g), "the project's copy of the gold is missing: " + g);
        }
        List<PoolPaper> pool = TrainingPool.load(gold,
                List.of(EVAL.resolve("train-input.jsonl").toString(), TrainingPool.SAMPLE), 5, 20261204, msg -> { });
        External.requireFile(CORPUS);
        External.requireFile(RESERVED);
        Properties description = new Properties();
        description.setProperty(ExtractionModel.CANDIDATES_PROPERTY, ExtractionModel.OPEN_CANDIDATES);
        CrossValidationReport report = new Trainer(5, 2, false, UnlabeledCorpus.count(CORPUS, List.of(RESERVED), pool), msg -> { })
                .run(pool, true, description).report();
        System.out.println(report.table());
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/quality-ratchet-heldout.properties")) {
            ratchet.load(in);
        }
        List<String> below = new ArrayList<>();
        for (String figure : ratchet.stringPropertyNames()) {
            double min = Double.parseDouble(ratchet.getProperty(figure));
            double got = report.meanF1(figure);
            if (got < min) {
                below.add(String.format(Locale.ROOT, "%s: mean F1 %.4f < %.4f", figure, got, min));
            }
        }
        assertTrue(below.isEmpty(), "cross-validated figures fell below the ratchet: " + below + "\n" + report.table());
    }
}
