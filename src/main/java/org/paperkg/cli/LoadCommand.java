package org.paperkg.cli;

import org.paperkg.build.BulkLoad;
import org.paperkg.build.ExtractionManifest;
import org.paperkg.query.GraphStats;
import org.paperkg.store.KgStore;
import org.paperkg.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code paperkg load}: the Spark job's output into a TDB2 store, with Jena's bulk loaders. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the output folders of the Spark job (org.paperkg.spark.ExtractJob) into a TDB2 store:",
                "a new store with Jena's xloader, an existing one with the phased loader (the papers in OUTPUT replace",
                "their earlier graphs). Then checks the SHACL shapes and prints counts and the load rate."},
        footer = ExitCodes.FOOTER)
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "OUTPUT", arity = "1..*",
            description = "ExtractJob output folders (each with its manifest.json), loaded in this order.")
    List<Path> outputs;

    @Option(names = "--max-report", paramLabel = "N", defaultValue = "20",
            description = "SHACL violations printed at most (default: ${DEFAULT-VALUE}); all are counted.")
    int maxReport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BulkLoad.Report report = new BulkLoad(store.location, line -> {
            err.println("load: " + line);
            err.flush();
        }).run(outputs);
        long skipped = report.outputs().stream().mapToLong(ExtractionManifest::skippedCount).sum();
        try (KgStore kg = KgStore.openExisting(store.location)) {
            GraphValidator.StoreResult shapes = ValidateCommand.validatePrinting(kg, out, maxReport);
            GraphStats stats = GraphStats.of(kg);
            out.printf("store:     %s%n", kg.location());
            out.printf("loaded:    %,d quads of %,d papers from %,d output folder(s) with Jena's %s in %.1f s"
                    + " (%,.0f quads/s)%n", report.quadsLoaded(), report.paperGraphs(), outputs.size(), report.loader(),
                    report.loadSeconds(), report.quadsPerSecond());
            if (skipped > 0) {
                out.printf("skipped:   %,d records the job skipped as bad or duplicate (listed in OUTPUT/%s/)%n",
                        skipped, ExtractionManifest.PROBLEMS);
            }
            out.print(stats.describe());
            out.print(StatsCommand.builtBy(kg));
            if (shapes.conforms()) {
                out.printf("shapes:    conform (%,d paper graphs checked)%n", shapes.papers());
                return ExitCodes.OK;
            }
            out.printf("shapes:    %,d violations in %,d of %,d paper graphs%n", shapes.violations(),
                    shapes.papersFailing(), shapes.papers());
            return ExitCodes.SHAPES_VIOLATED;
        }
    }
}
