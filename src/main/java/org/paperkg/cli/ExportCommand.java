package org.paperkg.cli;

import org.paperkg.export.DirectoryExporter;
import org.paperkg.export.ExportFormat;
import org.paperkg.export.ExportFormats;
import org.paperkg.export.ExportOptions;
import org.paperkg.export.GraphViews;
import org.paperkg.store.KgStore;
import picocli.CommandLine;
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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code paperkg export}: the store in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store in another format, read from the store itself.",
                "RDF formats: turtle, jsonld, rdfxml write the union graph; trig, nquads keep a graph per paper.",
                "Graph formats (graphml, gexf, dot, cytoscape, csv) write a view, filtered by --types and --min-support;"
                        + " csv writes nodes.csv and edges.csv into the --out folder."},
        footer = ExitCodes.FOOTER)
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Export format (default: ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output); a folder for csv.")
    Path out;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = GraphViews.FULL,
            description = "Graph view for the graph formats (default: ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ViewNames.class)
    String view;

    @Option(names = "--types", paramLabel = "LIST",
            description = "Comma-separated node types a graph view keeps: paper, method, dataset, metric, task, result.")
    String types;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "1",
            description = "Keep only entities mentioned by at least N papers (default: ${DEFAULT-VALUE}).")
    int minSupport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormats.byName(format);
        Set<String> typeSet = new LinkedHashSet<>();
        if (types != null) {
            java.util.Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(typeSet::add);
        }
        ExportOptions options = new ExportOptions(view, typeSet, minSupport);
        if (!GraphViews.VIEWS.containsKey(view)) {
            throw new IllegalArgumentException("unknown view '" + view + "'; use one of " + String.join(", ", GraphViews.VIEWS.keySet()));
        }
        if (f.writesDirectory() && out == null) {
            throw new IllegalArgumentException("--format " + f.name() + " writes a folder of files: give it with --out DIR");
        }
        if (!f.hasViews()) {
            for (String graphOnly : new String[] {"--view", "--types", "--min-support"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(graphOnly)) {
                    throw new IllegalArgumentException(graphOnly + " applies to the graph formats (graphml, gexf, dot,"
                            + " cytoscape, csv), not to --format " + f.name() + ", which writes the whole store");
                }
            }
        }
        if (!f.writesDirectory() && out != null && Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder; --format " + f.name()
                    + " writes one file: give a file name, e.g. --out " + out.resolve("kg." + f.extension()));
        }
        try (KgStore kg = KgStore.openExisting(store.location)) {
            if (f.writesDirectory()) {
                ((DirectoryExporter) f.exporter()).exportTo(kg, out, options);
            } else {
                write(kg, f, options, out, spec);
            }
        }
        return ExitCodes.OK;
    }

    static void write(KgStore kg, ExportFormat f, Path out, CommandSpec spec) throws Exception {
        write(kg, f, ExportOptions.DEFAULT, out, spec);
    }

    /** Writes to a temporary file renamed into place, so a failed export never leaves half a file. */
    static void write(KgStore kg, ExportFormat f, ExportOptions options, Path out, CommandSpec spec) throws Exception {
        if (out == null) {
            OutputStream stream = new WriterOutputStream(spec.commandLine().getOut());
            f.exporter().export(kg, stream, options);
            stream.flush();
            return;
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".paperkg-export", ".tmp");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            f.exporter().export(kg, stream, options);
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        // createTempFile makes the file private (rw-------); an export is an ordinary file for other tools.
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            Files.deleteIfExists(tmp); // nothing left behind when the target cannot be replaced
            throw e;
        }
    }

    /** Lists the registered formats and views at the end of {@code export --help}. */
    static void describeFormats(CommandLine export) {
        StringBuilder b = new StringBuilder("%nFormats:%n");
        for (ExportFormat f : ExportFormats.all()) {
            b.append(String.format("  %-10s %s%%n", f.name(), f.description().replace("%", "%%")));
        }
        b.append("%nViews (graph formats):%n");
        GraphViews.VIEWS.forEach((name, what) -> b.append(String.format("  %-20s %s%%n", name, what)));
        export.getCommandSpec().usageMessage().footer(b.toString(), ExitCodes.FOOTER);
    }

    /** The registered view names, for --help. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return GraphViews.VIEWS.keySet().iterator();
        }
    }

    /** The registered format names, for --help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ExportFormats.names().iterator();
        }
    }
}
