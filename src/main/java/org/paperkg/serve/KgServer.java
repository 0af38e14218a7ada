package org.paperkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.paperkg.store.KgStore;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * An embedded Fuseki server over a store, read-only: SPARQL query at {@code /kg/sparql} and {@code /kg/query},
 * the Graph Store Protocol read-only at {@code /kg/get}, no update and no graph writes. The default graph is
 * the union of the paper graphs; every query is cancelled after the timeout. CORS is on; {@code /$/ping}
 * and {@code /$/stats} tell whether it is up.
 */
public final class KgServer implements AutoCloseable {
    private final FusekiServer server;
    private final String host;
    private CacheWarmer.Report warmUp;
    private boolean stopped;

    private KgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts serving the store; the caller keeps ownership of the store and closes it after {@link #close()}. */
    public static KgServer start(KgStore store, ServeOptions options) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        // KgStore already sets the union flag; set it again so the server never depends on who opened the store.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);

        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)            // /kg?query=...
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        boolean loopback = isLoopback(options.host());
        FusekiServer.Builder builder = FusekiServer.create();
        // the web app's pages and JSON API, on the same port as the SPARQL endpoint
        org.paperkg.web.WebApp.addTo(builder, store.dataset(),
                java.time.Duration.ofMillis(Math.round(options.timeoutSeconds() * 1000)));
        FusekiServer server = builder
                .port(options.port())
                .loopback(loopback)
                .add("/" + ServeOptions.DATASET, service)
                .enableCors(true)
                // read-only store: a repeated query is answered from memory (256 MB of answers at most)
                .addFilter("/" + ServeOptions.DATASET + "/*", new ResultCache(256L << 20))
                .enablePing(true)
                .enableStats(true)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        server.start();
        KgServer kgServer = new KgServer(server, options.host());
        if (options.warmCache()) {
            // before the timeout is set: the warm-up may take longer than a user's query may
            kgServer.warmUp = CacheWarmer.warm(kgServer.sparqlUrl());
        }
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(Math.round(options.timeoutSeconds() * 1000)));
        return kgServer;
    }

    /** What the start-up warm-up of the cache did, for people; empty when it was off. */
    public java.util.Optional<String> warmUpSummary() {
        if (warmUp == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format("cache:         %d canned queries answered in advance in %.1f s%s",
                warmUp.queries(), warmUp.seconds(),
                warmUp.failed().isEmpty() ? "" : "; failed: " + String.join(", ", warmUp.failed())));
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'", e);
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** {@code http://host:port}, without a trailing slash. */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + "/" + ServeOptions.DATASET + "/sparql";
    }

    /** The read-only Graph Store Protocol endpoint ({@code ?graph=IRI}). */
    public String graphStoreUrl() {
        return baseUrl() + "/" + ServeOptions.DATASET + "/get";
    }

    public String pingUrl() {
        return baseUrl() + "/$/ping";
    }

    public String statsUrl() {
        return baseUrl() + "/$/stats";
    }

    /** Lines for people: what is served where. */
    public List<String> describe() {
        return List.of(
                "web app:       " + baseUrl() + "/  (search, /leaderboard, /paper, /entity, /sparql; JSON API " + baseUrl() + "/api/queries)",
                "SPARQL query:  " + sparqlUrl() + "  (also " + baseUrl() + "/" + ServeOptions.DATASET + "/query)",
                "named graphs:  " + graphStoreUrl() + "?graph=<paper IRI>  (read-only Graph Store Protocol)",
                "health:        " + pingUrl() + "  and " + statsUrl());
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; safe to call more than once and from a shutdown hook. */
    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            server.stop();
        }
    }
}
