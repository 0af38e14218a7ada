package org.paperkg.cli;

import org.paperkg.extract.ExtractionModel;
import org.paperkg.extract.PhraseFrequencies;
import org.paperkg.learn.UnlabeledCorpus;
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

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Unlabeled abstracts (any format build reads) whose phrase counts tell the filter which phrases are"
                    + " terms of the field; 'none' for no counts (default: ../shared/corpus/ml-abstracts.jsonl when present).")
    String corpus;

    @Option(names = "--exclude-titles", paramLabel = "FILE", split = ",",
            description = "Titles (one a line) never counted from --corpus: papers kept for evaluation"
                    + " (default: ../shared/eval/reserved-titles.txt when present). The pool's own papers are never counted.")
    List<Path> excludeTitles;

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

    /** Which candidates the filter learns to judge (see README "Learned parts"). */
    enum Candidates { open, rules }

    @Option(names = "--candidates", paramLabel = "KIND", defaultValue = "open",
            description = "open: the rules' candidates plus every uncovered noun phrase and every rule span as the other types "
                    + "(higher recall); rules: the rules' candidates alone (default: ${DEFAULT-VALUE}).")
    Candidates candidates;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write the cross-validation's predictions for every held-out paper (JSON lines, as"
                    + " export --format jsonl writes them) to FILE: score.py reads them; their errors are what to read.")
    Path predictions;

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
        List<Path> named = new ArrayList<>(excludeTitles == null ? List.of() : excludeTitles);
        if (corpus != null && !"none".equals(corpus)) {
            named.add(0, Path.of(corpus));
        }
        for (Path f : named) {
            if (!Files.isRegularFile(f)) {
                err.println("paperkg train: " + f + ": no such file (--corpus takes a file or 'none', --exclude-titles a file)");
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
        PhraseFrequencies phrases = phraseCounts(pool, err);
        Properties description = new Properties();
        if (!phrases.isEmpty()) {
            description.setProperty("corpus", phrases.corpusSize() + " abstracts of " + Path.of(corpusOrDefault()).getFileName());
        }
        description.setProperty("name", "paperkg-learned-" + pool.size());
        description.setProperty("seed", Long.toString(seed));
        if (candidates == Candidates.open) {
            description.setProperty(ExtractionModel.CANDIDATES_PROPERTY, ExtractionModel.OPEN_CANDIDATES);
        }
        description.setProperty("gold", String.join(",", gold.stream().map(p -> p.getFileName().toString()).toList()));
        Trainer trainer = new Trainer(folds, n, !noTagger, phrases, msg -> {
            err.println("train: " + msg);
            err.flush();
        });
        java.io.BufferedWriter predictionsOut = predictions == null ? null : Files.newBufferedWriter(predictions);
        if (predictionsOut != null) {
            trainer.withHeldOutPredictions(records -> {
                try {
                    for (var r : records) {
                        predictionsOut.write(r.toString());
                        predictionsOut.newLine();
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Trainer.Outcome outcome;
        try {
            outcome = trainer.run(pool, !noCrossValidation, description);
        } finally {
            if (predictionsOut != null) {
                predictionsOut.close();
            }
        }
        outcome.model().write(out);
        stdout.println("model written to " + out.toAbsolutePath().normalize());
        if (outcome.report() != null) {
            String text = String.format(Locale.ROOT, "## %d-fold cross-validation over %d papers (seed %d)%n%n%s%n"
                            + "## Reliability of the mention confidence on held-out candidates%n%n%s%n"
                            + "## Reliability of the result confidence on held-out papers%n%n%s",
                    folds, pool.size(), seed, outcome.report().table(), outcome.report().calibration().table(),
                    outcome.report().resultsTable());
            stdout.print(text);
            if (report != null) {
                Files.writeString(report, text);
            }
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpus", "ml-abstracts.jsonl");

    private String corpusOrDefault() {
        return corpus != null ? corpus : DEFAULT_CORPUS.toString();
    }

    /** The corpus's phrase counts; none when asked, or when the default corpus is absent (said on stderr). */
    private PhraseFrequencies phraseCounts(List<PoolPaper> pool, PrintWriter err) throws java.io.IOException {
        if ("none".equals(corpus) || corpus == null && !Files.isRegularFile(DEFAULT_CORPUS)) {
            if (corpus == null) {
                err.println("paperkg train: no " + DEFAULT_CORPUS + ": training without phrase counts (give --corpus FILE)");
                err.flush();
            }
            return PhraseFrequencies.none();
        }
        List<Path> excluded = excludeTitles;
        if (excluded == null) {
            Path reserved = SHARED_EVAL.resolve("reserved-titles.txt");
            excluded = Files.isRegularFile(reserved) ? List.of(reserved) : List.of();
        }
        return UnlabeledCorpus.count(Path.of(corpusOrDefault()), excluded, pool);
    }
}
