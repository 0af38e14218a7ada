package org.paperkg.cli;

import org.paperkg.build.BuildOptions;
import org.paperkg.build.BuildReport;
import org.paperkg.build.GraphBuild;
import org.paperkg.extract.Lexicon;
import org.paperkg.extract.UserAliases;
import org.paperkg.ingest.InputFormat;
import org.paperkg.query.GraphStats;
import org.paperkg.store.KgStore;
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

/** {@code paperkg build}: ingest, extract, store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads abstracts, extracts facts and stores them in a TDB2 store.",
                "With no FILE, builds the bundled sample corpus (102 deep-learning abstracts).",
                "A paper already stored unchanged is skipped; a changed one replaces its facts."},
        footer = ExitCodes.FOOTER)
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ModelOption model;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Input files or directories (walked): listing-page text, JSON lines (title, abstract; optional id,"
                    + " authors, year, venue, url, doi, arxiv_id), arXiv OAI-PMH pages or metadata snapshot, OpenAlex works,"
                    + " Semantic Scholar papers with their abstracts file, PubMed XML, BibTeX; gzip and bzip2 read directly."
                    + " The format is told by each file's content.")
    List<Path> files = List.of();

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Input format for every FILE: listing, jsonl, arxiv-oai, arxiv-json, openalex, s2-papers,"
                    + " s2-abstracts, pubmed or bibtex (default: detected per file from its content).")
    String inputFormat;

    @Option(names = "--strict", description = "Stop at the first bad record (default: skip it, report it, go on).")
    boolean strict;

    @Option(names = "--force", description = "Re-extract papers that are already stored unchanged.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "NLP threads (default: number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Papers per extraction batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--commit", paramLabel = "N", defaultValue = "1024",
            description = "Papers per write transaction at most (default: ${DEFAULT-VALUE}); a transaction is also"
                    + " committed after 10 s. A crash loses only uncommitted papers; re-running resumes.")
    int commitPapers;

    @Option(names = "--file-mode", paramLabel = "MODE", defaultValue = "mapped",
            description = "TDB2 file access: mapped (memory-mapped files, Jena's default, fastest) or direct"
                    + " (block caches in the Java heap: resident memory stays within the heap budget set by -Xmx,"
                    + " however large the store grows).")
    String fileMode;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Your identity overrides, read before the bundled lexicon: lines \"method: Name | alias | alias\""
                    + " merge the names listed, a name alone on its line splits it off. Add --force to re-extract stored papers.")
    Path aliases;

    @Option(names = {"-q", "--quiet"}, description = "No progress: print only problems and the summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lexicon lexicon;
        try {
            lexicon = aliases == null ? Lexicon.bundled() : Lexicon.bundledWith(UserAliases.read(aliases));
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("paperkg build: no aliases file " + aliases);
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("paperkg build: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        InputFormat format = inputFormat == null ? null : InputFormat.byName(inputFormat);
        BuildOptions defaults = BuildOptions.defaults();
        BuildOptions options = new BuildOptions(strict, force, batchSize, threads == null ? defaults.threads() : threads,
                Math.max(1, commitPapers));
        KgStore.useFileMode(fileMode);
        try (KgStore kg = KgStore.open(store.location)) {
            ConsoleBuildListener listener = new ConsoleBuildListener(err, !quiet);
            if (!quiet) {
                err.println("build: loading the NLP models and lexicons...");
            }
            GraphBuild build = new GraphBuild(kg, model.extractor(lexicon, options.threads()), options, listener);
            BuildReport report = build.run(files, format);
            listener.finish();
            GraphStats stats = GraphStats.of(kg);
            out.printf("store:     %s (%s files)%n", kg.location(), KgStore.fileMode());
            out.printf("input:     %s%n", files.isEmpty() ? "bundled sample corpus" : files.size() + " file(s)");
            out.printf("read:      %,d records, %,d extracted, %,d unchanged, %,d skipped as bad%n",
                    report.read(), report.extracted(), report.unchanged(), report.problems().size());
            if (report.merged() > 0 || report.deleted() > 0) {
                out.printf("merged:    %,d records of papers read earlier (other sources, arXiv versions), %,d papers"
                        + " deleted%n", report.merged(), report.deleted());
            }
            out.print(stats.describe());
            out.print(StatsCommand.builtBy(kg));
            out.printf("time:      %.1f s%n", report.seconds());
            if (report.aborted()) {
                err.println("build stopped at the first bad record (--strict); the papers stored before it are kept.");
                return ExitCodes.RECORDS_SKIPPED;
            }
            return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.RECORDS_SKIPPED;
        }
    }
}
