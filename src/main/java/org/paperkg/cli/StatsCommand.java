package org.paperkg.cli;

import org.paperkg.query.GraphStats;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code paperkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints what the store holds: papers, quads, entities by type, results, code links.",
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
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
