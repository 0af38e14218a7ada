package org.paperkg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --loc DIR}, as in Jena's tdb2 commands; shared by every command that opens a store. */
final class StoreOption {
    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "paperkg-db",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path location;
}
