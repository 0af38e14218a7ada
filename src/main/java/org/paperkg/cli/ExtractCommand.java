package org.paperkg.cli;

import org.paperkg.build.BuildOptions;
import org.paperkg.build.BuildReport;
import org.paperkg.build.GraphBuild;
import org.paperkg.export.ExportFormats;
import org.paperkg.ingest.InputFormat;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code paperkg extract}: the records without a store on disk (an in-memory store, same export). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts facts from abstracts and writes them without keeping a store on disk.",
                "With no FILE, extracts the bundled sample corpus."},
        footer = ExitCodes.FOOTER)
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (listing text or JSON lines).")
    List<Path> files = List.of();

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "listing or jsonl (default: detected).")
    String inputFormat;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format (default: ${DEFAULT-VALUE}); any export format.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @picocli.CommandLine.Mixin
    ModelOption model;

    @Option(names = "--strict", description = "Stop at the first bad record.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFormat in = inputFormat == null ? null : InputFormat.byName(inputFormat);
        BuildOptions defaults = BuildOptions.defaults();
        BuildOptions options = new BuildOptions(strict, true, defaults.batchSize(), defaults.threads());
        try (KgStore kg = KgStore.inMemory()) {
            ConsoleBuildListener listener = new ConsoleBuildListener(spec.commandLine().getErr(), false);
            BuildReport report = new GraphBuild(kg, model.extractor(options.threads()), options, listener)
                    .run(files, in);
            ExportCommand.write(kg, ExportFormats.byName(format), out, spec);
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.RECORDS_SKIPPED;
        }
    }
}
