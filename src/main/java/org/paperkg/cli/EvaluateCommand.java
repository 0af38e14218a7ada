package org.paperkg.cli;

import org.paperkg.evaluate.Figures;
import org.paperkg.evaluate.Score;
import org.paperkg.evaluate.Scorer;
import org.paperkg.export.ExportFormats;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code paperkg evaluate}: precision, recall and F1 of a store (or a records file) against a gold file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extracted records against gold annotations (JSON lines) with precision, recall and F1.",
                "Records in the format of shared/eval/FORMAT.md: P, R, F1 per entity type, proposed methods,"
                        + " code links and results.",
                "Scores the store given by --loc, or a records file given by --pred."},
        footer = "%nExit status: 0 ok (and every --min met), 1 a --min figure not met or a failure, 2 usage error,"
                + " 4 store missing or locked.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold records (JSON lines).")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Predicted records (JSON lines) instead of a store.")
    Path pred;

    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "paperkg-db",
            description = "The store to export and score when --pred is not given (default: ${DEFAULT-VALUE}).")
    Path location;

    @Option(names = "--min", paramLabel = "FIGURE=F1", description = "Fail (exit 1) when a figure's F1 is below, e.g. --min methods=0.8.")
    Map<String, Double> minimums = new LinkedHashMap<>();

    @Spec
    CommandSpec spec;

    /** A usage error (exit 2) that says what is wrong with the path, instead of the bare path. */
    static void requireFile(String option, Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(option + " " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + " is a folder; give a JSON-lines file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(option + " " + file + ": cannot read it (permission denied)");
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        requireFile("--gold", gold);
        if (pred != null) {
            requireFile("--pred", pred);
        }
        Path predicted = pred;
        Path tmp = null;
        if (predicted == null) {
            tmp = Files.createTempFile("paperkg-evaluate", ".jsonl");
            try (KgStore kg = KgStore.openExisting(location); OutputStream os = Files.newOutputStream(tmp)) {
                ExportFormats.byName("jsonl").exporter().export(kg, os);
            }
            predicted = tmp;
        }
        try {
            Score score = Scorer.score(gold, predicted);
            out.print(score.table());
            int status = ExitCodes.OK;
            for (Map.Entry<String, Double> min : minimums.entrySet()) {
                Figures f = score.figures().get(min.getKey());
                if (f == null) {
                    throw new IllegalArgumentException("unknown figure '" + min.getKey() + "'; figures: "
                            + String.join(", ", score.figures().keySet()));
                }
                if (f.f1() < min.getValue()) {
                    out.printf(Locale.ROOT, "below: %s F1 %.4f < %s%n", min.getKey(), f.f1(), min.getValue());
                    status = ExitCodes.FAILURE;
                }
            }
            out.flush();
            return status;
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
