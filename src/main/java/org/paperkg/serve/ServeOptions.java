package org.paperkg.serve;

/**
 * How to serve the store: where to listen, and how long one query may run.
 *
 * @param host           the interface to bind; a loopback address (the default) keeps the endpoint local
 * @param port           the HTTP port; 0 picks a free one
 * @param timeoutSeconds the longest a query may run before it is cancelled (ARQ.queryTimeout)
 * @param warmCache      answer every bundled canned query (default parameters, SPARQL JSON) once before
 *                       serving, without the timeout, so that their first users get them from memory
 */
public record ServeOptions(String host, int port, double timeoutSeconds, boolean warmCache) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final double DEFAULT_TIMEOUT_SECONDS = 5;
    /** The dataset name in the URLs: /kg/sparql, /kg/query, /kg/get. */
    public static final String DATASET = "kg";

    public ServeOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeout must be more than 0 seconds, not " + timeoutSeconds);
        }
    }

    /** Options without the warm-up (what the Java API did before there was one). */
    public ServeOptions(String host, int port, double timeoutSeconds) {
        this(host, port, timeoutSeconds, false);
    }

    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_SECONDS, true);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(host, newPort, timeoutSeconds, warmCache);
    }

    public ServeOptions withTimeout(double seconds) {
        return new ServeOptions(host, port, seconds, warmCache);
    }

    public ServeOptions withWarmCache(boolean warm) {
        return new ServeOptions(host, port, timeoutSeconds, warm);
    }
}
