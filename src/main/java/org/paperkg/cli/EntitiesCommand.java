package org.paperkg.cli;

import org.apache.jena.query.Query;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultsFormat;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code paperkg entities --audit}: the entity-audit canned query with options of its own, to review merges. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Lists entities for review: with --audit, each entity's surface forms in all papers, what decided",
                "its identity (definition, lexicon, shape), its papers and its families (skos:broader).",
                "Fix a wrong merge or split with build --aliases FILE (see the README)."},
        footer = ExitCodes.FOOTER)
final class EntitiesCommand implements Callable<Integer> {
    private static final String AUDIT_QUERY = "entity-audit";

    @Mixin
    StoreOption store;

    @Option(names = "--audit", description = "List entities with their forms, identity sources, papers and families.")
    boolean audit;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "", description = "method, dataset, metric or task (default: all).")
    String type;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "", description = "Only the entity with this label or alias.")
    String name;

    @Option(names = "--min-forms", paramLabel = "N", defaultValue = "2",
            description = "Only entities with at least N distinct surface forms (default: ${DEFAULT-VALUE}; 1: all).")
    int minForms;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String results;

    @Option(names = "--limit", paramLabel = "N", description = "Return at most N rows (0: all; default: 100).")
    Long limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!audit) {
            spec.commandLine().getErr().println("paperkg entities: give --audit (the only listing so far)");
            return ExitCodes.USAGE;
        }
        if (minForms < 1) {
            spec.commandLine().getErr().println("paperkg entities: --min-forms must be 1 or more, not " + minForms);
            return ExitCodes.USAGE;
        }
        CannedQuery canned = QueryLibrary.bundled(AUDIT_QUERY).orElseThrow();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", type);
        params.put("name", name);
        params.put("minForms", Integer.toString(minForms));
        Query bound = QueryRunner.bind(canned, params);
        if (limit != null) {
            bound = QueryRunner.withLimit(bound, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.flush();
        OutputStream stream = new WriterOutputStream(out);
        long rows;
        try (KgStore kg = KgStore.openExisting(store.location)) {
            rows = QueryRunner.run(kg, null, bound, ResultsFormat.byName(results), stream);
        }
        try {
            stream.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
        if (bound.hasLimit() && rows >= bound.getLimit()) {
            spec.commandLine().getErr().printf("paperkg entities: the first %,d rows; --limit N for more, --limit 0 for all%n",
                    bound.getLimit());
        }
        return ExitCodes.OK;
    }
}
