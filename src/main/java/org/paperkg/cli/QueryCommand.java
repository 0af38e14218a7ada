package org.paperkg.cli;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.query.ResultsFormat;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
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
        if (service != null) {
            try {
                rows = QueryRunner.run(null, service, bound, format, stream);
            } catch (QueryExceptionHTTP | HttpException e) {
                stream.flush();
                return endpointFailure(e);
            }
        } else {
            try (KgStore kg = KgStore.openExisting(store.location)) {
                rows = QueryRunner.run(kg, null, bound, format, stream);
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
