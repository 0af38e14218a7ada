package org.paperkg.cli;

import org.paperkg.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code paperkg bench}: the performance figures of the README, measured in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the README's performance figures on the first N records of a JSON-lines file.",
                "paperkg's extraction against a bare CoreNLP tokenize,ssplit,pos,lemma pipeline; store writes against"
                        + " TDB2's bulk loader on the same quads; an end-to-end build into a fresh store; peak memory."
                        + " Prints a Markdown table.",
                "FILE defaults to ../shared/corpus/ml-abstracts.jsonl, the corpus beside a checkout of paperkg."},
        footer = ExitCodes.FOOTER)
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "../shared/corpus/ml-abstracts.jsonl",
            description = "JSON lines of abstracts (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Records used (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "NLP threads (default: number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "Papers per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-build", description = "Skip the end-to-end build.")
    boolean noBuild;

    @Option(names = "--readers", description = "Measure reading alone (no NLP): FILE's abstracts written as an arXiv"
            + " snapshot (plain and gzipped) and as OpenAlex works, each read back by its reader.")
    boolean readers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        if (readers) {
            new org.paperkg.bench.ReadingBench(file, spec.commandLine().getOut()).run();
            return ExitCodes.OK;
        }
        int t = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        new Bench(file, limit, t, batch, !noBuild, spec.commandLine().getOut()).run();
        return ExitCodes.OK;
    }
}
