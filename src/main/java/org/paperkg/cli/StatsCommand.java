package org.paperkg.cli;

import org.paperkg.build.StoreMetadata;
import org.paperkg.query.GraphStats;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code paperkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints what the store holds: papers, quads, entities by type, results, code links, and which"
                + " paperkg version and extraction model built it.",
        footer = ExitCodes.FOOTER)
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.openExisting(store.location)) {
            spec.commandLine().getOut().print(GraphStats.of(kg).describe());
            spec.commandLine().getOut().print(builtBy(kg));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /**
     * The "built by" line: which paperkg and model last built the store; and, where its papers' facts come from
     * several extractors, how many from each.
     */
    static String builtBy(KgStore kg) {
        String last = StoreMetadata.readFrom(kg).map(StoreMetadata::describe)
                .orElse(String.format("built by:  not recorded (built by a paperkg older than the metadata graph)%n"));
        var extractors = StoreMetadata.paperExtractors(kg);
        if (extractors.size() <= 1) {
            return last;
        }
        StringBuilder mixed = new StringBuilder(last).append("mixed:     papers extracted by more than one extractor")
                .append(" (build them again to extract them all with one):").append(System.lineSeparator());
        extractors.forEach((by, n) -> mixed.append(String.format("  %,d by ", n)).append(by).append(System.lineSeparator()));
        return mixed.toString();
    }
}
