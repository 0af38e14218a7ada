package org.paperkg.cli;

import org.paperkg.export.ExportFormat;
import org.paperkg.export.ExportFormats;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code paperkg export}: the store in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store in another format, read from the store itself.",
        footer = ExitCodes.FOOTER)
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Export format (default: ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormats.byName(format);
        try (KgStore kg = KgStore.openExisting(store.location)) {
            write(kg, f, out, spec);
        }
        return ExitCodes.OK;
    }

    /** Writes to a temporary file renamed into place, so a failed export never leaves half a file. */
    static void write(KgStore kg, ExportFormat f, Path out, CommandSpec spec) throws Exception {
        if (out == null) {
            OutputStream stream = new WriterOutputStream(spec.commandLine().getOut());
            f.exporter().export(kg, stream);
            stream.flush();
            return;
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".paperkg-export", ".tmp");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            f.exporter().export(kg, stream);
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The registered format names, for --help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ExportFormats.names().iterator();
        }
    }
}
