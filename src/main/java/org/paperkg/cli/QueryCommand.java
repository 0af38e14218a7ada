package org.paperkg.cli;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.paperkg.model.EntityType;
import org.paperkg.query.LabelSuggestions;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultsFormat;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import org.paperkg.store.SummaryGraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code paperkg query}: a query file or a canned query, against the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query file, or a canned query from queries/ by name.",
                "Use --list to see the canned queries, their parameters and examples."},
        footer = ExitCodes.FOOTER)
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE.rq|NAME", arity = "0..1", description = "A query file, or the name of a canned query.")
    String query;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String results;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Binds a parameter of a canned query, e.g. --param dataset=ImageNet.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--service", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the local store.")
    String service;

    @Option(names = "--limit", paramLabel = "N",
            description = "Return at most N rows (0: all rows). Canned queries return their first 100 rows by default.")
    Long limit;

    @Option(names = "--list", description = "List the canned queries and exit.")
    boolean list;

    /** Like serve's default: a canned query on the 16k store takes 0.1-15 s uncached, a runaway one forever. */
    static final String DEFAULT_TIMEOUT_SECONDS = "5";
    /** The leaderboard queries' parameter and the value that asks for the store's high-precision tier. */
    private static final String MIN_CONFIDENCE = "minConfidence";
    private static final String TIER = "tier";

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT_SECONDS,
            description = "Stop the query after this many seconds, as 'serve' does (default: ${DEFAULT-VALUE}; 0: no limit).")
    double timeoutSeconds;

    /** Set by bin/paperkg to the terminal's width when standard output is a terminal. */
    static final String COLUMNS_PROPERTY = "paperkg.columns";

    @Option(names = "--width", paramLabel = "N",
            description = "Fit --results text to N characters, cutting long cells with an ellipsis"
                    + " (default: the terminal's width; 0 when the output is not a terminal: no limit).")
    Integer width;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list || query == null) {
            for (String name : QueryLibrary.names()) {
                CannedQuery q = QueryLibrary.bundled(name).orElseThrow();
                out.printf("%-22s %s%n", name, q.title());
                for (CannedQuery.Parameter p : q.parameters()) {
                    out.printf("%-22s   --param %s=...  %s%n", "", p.name(), p.description());
                }
            }
            out.flush();
            if (query == null && !list) {
                spec.commandLine().getErr().println("paperkg query: give a query file or one of the names above");
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        }
        ResultsFormat format = ResultsFormat.byName(results);
        CannedQuery canned = QueryLibrary.resolve(query);
        Query bound;
        try {
            bound = QueryRunner.bind(canned, params);
            if (limit != null) {
                bound = QueryRunner.withLimit(bound, limit);
            }
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("paperkg query: '" + query + "' is not valid SPARQL: "
                    + e.getMessage().lines().findFirst().orElse(""));
            return ExitCodes.USAGE;
        }
        out.flush();
        OutputStream stream = new WriterOutputStream(out);
        long rows;
        QueryRunner.Limits limits = new QueryRunner.Limits(
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), textWidth());
        if (service != null) {
            try {
                rows = QueryRunner.run(null, service, bound, format, stream, limits);
            } catch (QueryExceptionHTTP | HttpException e) {
                stream.flush();
                return endpointFailure(e);
            } catch (QueryCancelledException e) {
                stream.flush();
                return timedOut();
            }
        } else {
            try (KgStore kg = KgStore.openExisting(store.location)) {
                try {
                    rows = QueryRunner.run(kg, null, bound, format, stream, limits);
                } catch (QueryCancelledException e) {
                    stream.flush();
                    return timedOut();
                }
                if (rows == 0) {
                    stream.flush();
                    out.flush();
                    suggestLabels(kg, canned);
                }
                stream.flush();
                out.flush();
                sayTheTiersCut(kg, canned);
            }
        }
        stream.flush();
        out.flush();
        if (bound.hasLimit() && rows >= bound.getLimit()) {
            spec.commandLine().getErr().printf("paperkg query: the first %,d rows (the query's LIMIT); --limit N for more, --limit 0 for all%n",
                    bound.getLimit());
        }
        return ExitCodes.OK;
    }

    /**
     * A leaderboard left at its default confidence shows the store's high-precision tier only, a few percent of the
     * results: say so, and how to see more, so a short board is not taken for all the store knows.
     */
    private void sayTheTiersCut(KgStore kg, CannedQuery canned) {
        boolean byTier = canned.parameters().stream().anyMatch(p -> p.name().equals(MIN_CONFIDENCE))
                && TIER.equalsIgnoreCase(canned.values(params).get(MIN_CONFIDENCE).strip());
        if (byTier) {
            BigDecimal cut = Txn.calculateRead(kg.dataset(), () -> SummaryGraphs.boardConfidence(kg.dataset().asDatasetGraph()));
            spec.commandLine().getErr().printf("paperkg query: results at confidence %s or above (minConfidence=tier: the"
                    + " store's high-precision tier); --param minConfidence=0.5 for more, 0 for all%n", cut.toPlainString());
        }
    }

    /** The width text tables are fitted to: --width, else the terminal's as the launcher found it, else none. */
    int textWidth() {
        if (width != null) {
            if (width < 0) {
                throw new IllegalArgumentException("--width is 0 (no limit) or more, not " + width);
            }
            return width;
        }
        try {
            return Math.max(0, Integer.parseInt(System.getProperty(COLUMNS_PROPERTY, "0").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private int timedOut() {
        spec.commandLine().getErr().printf("paperkg query: stopped after %s s (--timeout); any rows written are"
                + " incomplete. Narrow the query (a LIMIT, a --param), or give --timeout 0 for no limit.%n",
                formatSeconds(timeoutSeconds));
        return ExitCodes.FAILURE;
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    /**
     * An empty answer to a parameter that names no entity of the store is most likely a typo: say so, with the
     * closest labels, on standard error (the output stays the empty answer it is).
     */
    private void suggestLabels(KgStore kg, CannedQuery canned) {
        for (var given : params.entrySet()) {
            Optional<EntityType> type = LabelSuggestions.typeOfParameter(given.getKey());
            if (type.isEmpty() || given.getValue().isBlank()
                    || canned.parameters().stream().noneMatch(p -> p.name().equals(given.getKey()))) {
                continue;
            }
            LabelSuggestions labels = LabelSuggestions.of(kg, type.get());
            if (labels.matches(given.getValue())) {
                continue;
            }
            List<String> closest = labels.closest(given.getValue());
            spec.commandLine().getErr().printf("paperkg query: no %s in the store is called '%s' (--param %s)%s%n",
                    type.get().singular(), given.getValue(), given.getKey(),
                    closest.isEmpty() ? "" : "; did you mean " + orList(closest) + "?");
        }
        spec.commandLine().getErr().flush();
    }

    /** "A", "A or B", "A, B or C". */
    static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** Exit 1 with what went wrong at the endpoint; 2 when the endpoint rejected the query itself (HTTP 400). */
    private int endpointFailure(RuntimeException e) {
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : ((HttpException) e).getStatusCode();
        PrintWriter err = spec.commandLine().getErr();
        if (status <= 0) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("paperkg query: cannot reach the SPARQL endpoint " + service + " ("
                    + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage())
                    + "). Is the server running, and is the URL right?");
            return ExitCodes.FAILURE;
        }
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("paperkg query: the SPARQL endpoint " + service + " answered HTTP " + status + detail
                + (status == 503 ? " (a query timeout on a paperkg server gives 503)" : ""));
        return status == 400 ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }
}
