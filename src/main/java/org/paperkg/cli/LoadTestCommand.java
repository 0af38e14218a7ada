package org.paperkg.cli;

import org.paperkg.serve.LoadTest;
import org.paperkg.serve.LoadTestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code paperkg loadtest}: concurrent clients running the canned queries against a local endpoint. */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load-tests a SPARQL endpoint on this machine with the canned queries.",
                "Every canned query with its default parameters, round-robin from concurrent clients, for a fixed"
                        + " number of requests.",
                "Prints each query's cost alone first (with --vary: each page query's median over drawn parameters),"
                        + " then throughput, p50/p99 latency and errors."},
        footer = "%nExit status: 0 no errors, 1 some requests failed, 2 usage error.")
final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", required = true,
            description = "The SPARQL endpoint, e.g. http://127.0.0.1:3030/kg/sparql (loopback only).")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "300",
            description = "Stop sending after this long even if requests remain (default: ${DEFAULT-VALUE}).")
    long maxSeconds;

    @Option(names = "--vary", description = "Send the web pages' canned queries with parameters drawn from the store's"
            + " most mentioned entities, leaderboards and papers, bypassing the answer cache (Cache-Control: no-cache),"
            + " instead of every canned query with its default parameters.")
    boolean vary;

    /** How --vary sends the page queries (lower case on the command line, as users type it). */
    enum Via { api, sparql }

    @Option(names = "--via", paramLabel = "HOW", defaultValue = "sparql",
            description = "With --vary: sparql (the default, what --vary measured before --via existed) POSTs"
                    + " the query text with the parameters bound to the endpoint (parsed at every request); api"
                    + " sends each page query as the pages do, GET /api/query/NAME?PARAMS on the endpoint's host"
                    + " and port (the server binds parameters into a query it parsed once) (default: ${DEFAULT-VALUE}).")
    Via via;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LoadTest test = new LoadTest(url, clients, requests, Duration.ofSeconds(maxSeconds), vary,
                via == Via.sparql ? LoadTest.Via.SPARQL : LoadTest.Via.API);
        out.printf("%-22s %9s  (each query alone, one client%s)%n", "query", "ms",
                vary ? "; median of " + LoadTest.ALONE_SAMPLES + " drawn parameters; via " + via : "");
        test.singleRun().forEach((name, s) -> out.printf("%-22s %9.1f%s%n", name, s.nanos() / 1e6,
                s.ok() ? "" : "  " + s.error()));
        out.flush();
        LoadTestReport report = test.run();
        out.print(report.describe());
        out.flush();
        return report.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
