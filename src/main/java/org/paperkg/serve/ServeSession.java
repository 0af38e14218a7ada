package org.paperkg.serve;

import org.paperkg.store.KgStore;

import java.nio.file.Path;

/**
 * What {@code paperkg serve} runs: opens the store, serves it, and on Ctrl-C (a shutdown hook) stops the
 * server and then closes the store, once, whichever comes first.
 */
public final class ServeSession implements AutoCloseable {
    private final KgStore store;
    private final KgServer server;
    private final double summarySeconds;
    private boolean closed;

    private ServeSession(KgStore store, KgServer server, double summarySeconds) {
        this.store = store;
        this.server = server;
        this.summarySeconds = summarySeconds;
    }

    /**
     * Opens an existing store and starts serving it. Throws {@code NoStoreException} or
     * {@code StoreLockedException} when the store is missing or held by another process.
     */
    public static ServeSession open(Path location, ServeOptions options) {
        KgStore store = KgStore.openExisting(location);
        try {
            // a store built before the summary graph existed (or loaded in bulk) gets it now: the pages read it
            long t0 = System.nanoTime();
            double summarySeconds = store.ensureSummary() ? (System.nanoTime() - t0) / 1e9 : -1;
            return new ServeSession(store, KgServer.start(store, options), summarySeconds);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Says so when the store's summary graph had to be computed before serving. */
    public java.util.Optional<String> summaryNote() {
        return summarySeconds < 0 ? java.util.Optional.empty() : java.util.Optional.of(String.format(
                "summary:       the store had no current summary graph; computed it in %.1f s", summarySeconds));
    }

    public KgServer server() {
        return server;
    }

    /** Closes this session when the JVM is asked to stop (Ctrl-C, SIGTERM). */
    public ServeSession closeOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "paperkg-serve-shutdown"));
        return this;
    }

    /** Blocks until the server stops. */
    public void await() {
        server.join();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
