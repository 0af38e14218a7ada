package org.paperkg.cli;

import org.paperkg.learn.PoolPaper;
import org.paperkg.learn.Trainer;
import org.paperkg.learn.TrainingPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code paperkg train}: the learned parts of the extractor, from annotated abstracts, with cross-validated figures. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the extractor's learned parts (mention tagger and mention filter) on annotated",
                "abstracts (gold records in the JSON-lines record format, joined with their texts by title),",
                "measures the whole extractor by k-fold cross-validation over papers and writes the model to --out.",
                "Build with it: paperkg build --model DIR. The defaults read the shared training pool beside the project."},
        footer = "%nExit status: 0 ok, 1 failure, 2 usage error.")
final class TrainCommand implements Callable<Integer> {
    private static final Path SHARED_EVAL = Path.of("..", "shared", "eval");

    @Option(names = "--gold", paramLabel = "FILE", split = ",",
            description = "Gold records (default: ../shared/eval/train.jsonl,../shared/eval/dev.jsonl).")
    List<Path> gold = new ArrayList<>(List.of(SHARED_EVAL.resolve("train.jsonl"), SHARED_EVAL.resolve("dev.jsonl")));

    @Option(names = "--input", paramLabel = "FILE", split = ",",
            description = "Texts of the gold papers, any format build reads; 'sample' is the bundled sample"
                    + " (default: ../shared/eval/train-input.jsonl,sample).")
    List<String> inputs = new ArrayList<>(List.of(SHARED_EVAL.resolve("train-input.jsonl").toString(), TrainingPool.SAMPLE));

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "paperkg-model",
            description = "Where the model goes (default: ${DEFAULT-VALUE}). The shipped model is regenerated with"
                    + " --out src/main/resources/org/paperkg/models.")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261204", description = "Seed of the split into folds (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Taggers trained at once (default: the cores).")
    Integer threads;

    @Option(names = "--no-cv", negatable = false, description = "Train only; skip the cross-validation report (the fold taggers are still trained: the filter learns from them).")
    boolean noCrossValidation;

    @Option(names = "--no-tagger", negatable = false, description = "No sequence tagger: the filter weighs the rules' candidates alone (minutes faster).")
    boolean noTagger;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the cross-validation report (Markdown) to FILE.")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                err.println("paperkg train: gold file " + g + ": no such file (give --gold FILE[,FILE])");
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        if (folds < 2) {
            err.println("paperkg train: --folds must be at least 2");
            err.flush();
            return ExitCodes.USAGE;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<PoolPaper> pool = TrainingPool.load(gold, inputs, folds, seed, msg -> {
            err.println("paperkg train: " + msg);
            err.flush();
        });
        if (pool.size() < folds) {
            err.println("paperkg train: only " + pool.size() + " gold papers have a text in the inputs; need at least " + folds);
            err.flush();
            return ExitCodes.FAILURE;
        }
        Properties description = new Properties();
        description.setProperty("name", "paperkg-learned-" + pool.size());
        description.setProperty("seed", Long.toString(seed));
        description.setProperty("gold", String.join(",", gold.stream().map(p -> p.getFileName().toString()).toList()));
        Trainer.Outcome outcome = new Trainer(folds, n, !noTagger, msg -> {
            err.println("train: " + msg);
            err.flush();
        }).run(pool, !noCrossValidation, description);
        outcome.model().write(out);
        stdout.println("model written to " + out.toAbsolutePath().normalize());
        if (outcome.report() != null) {
            String text = String.format(Locale.ROOT, "## %d-fold cross-validation over %d papers (seed %d)%n%n%s%n"
                            + "## Reliability of the mention confidence on held-out candidates%n%n%s",
                    folds, pool.size(), seed, outcome.report().table(), outcome.report().calibration().table());
            stdout.print(text);
            if (report != null) {
                Files.writeString(report, text);
            }
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
