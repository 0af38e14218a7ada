package org.paperkg.cli;

import org.paperkg.store.KgStore;
import org.paperkg.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code paperkg validate}: checks every paper graph of the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the SHACL shapes (ontology/shapes.ttl), one paper graph at a time.",
                "Exit status 0 when every paper conforms, 5 when some do not (each violation is printed)."},
        footer = ExitCodes.FOOTER)
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--max-report", paramLabel = "N", defaultValue = "100",
            description = "Violations printed at most (default: ${DEFAULT-VALUE}); all are counted.")
    int maxReport;

    @Spec
    CommandSpec spec;

    /** Checks every paper graph of the store, printing at most {@code maxReport} violations (all are counted). */
    static GraphValidator.StoreResult validatePrinting(KgStore kg, PrintWriter out, int maxReport) {
        long[] printed = {0};
        GraphValidator.StoreResult result = GraphValidator.bundled().validateStore(kg, v -> {
            if (printed[0]++ < maxReport) {
                out.println(v);
            }
        });
        return result;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (KgStore kg = KgStore.openExisting(store.location)) {
            GraphValidator.StoreResult result = validatePrinting(kg, out, maxReport);
            if (result.violations() > maxReport) {
                out.printf("... %,d more violations not shown%n", result.violations() - maxReport);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (result.conforms()) {
                out.printf("conforms: %,d paper graphs checked against the SHACL shapes (%.1f s)%n", result.papers(), seconds);
            } else {
                out.printf("does not conform: %,d violations in %,d of %,d paper graphs (%.1f s)%n",
                        result.violations(), result.papersFailing(), result.papers(), seconds);
            }
            out.flush();
            return result.conforms() ? ExitCodes.OK : ExitCodes.SHAPES_VIOLATED;
        }
    }
}
