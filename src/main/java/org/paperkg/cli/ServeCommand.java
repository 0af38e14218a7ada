package org.paperkg.cli;

import org.paperkg.serve.ServeOptions;
import org.paperkg.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code paperkg serve}: a read-only SPARQL endpoint over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a read-only SPARQL endpoint (embedded Apache Jena Fuseki).",
                "Query at /kg/sparql, named graphs at /kg/get?graph=IRI, health at /$/ping. Ctrl-C stops it.",
                "The store is locked while it is served: stop the server before 'build' on the same --loc."},
        footer = ExitCodes.FOOTER)
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--warm", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Answer every canned query (default parameters) once at start-up, before serving, so that"
                    + " their first users get them from the cache (default: on; --no-warm to start at once).")
    boolean warm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("paperkg serve: store %s, read-only, query timeout %s s%n", store.location, timeout);
        if (warm) {
            out.println("answering the canned queries once before serving (--no-warm skips this)...");
        }
        out.flush();
        ServeSession session = ServeSession.open(store.location, new ServeOptions(host, port, timeout, warm)).closeOnShutdown();
        session.summaryNote().ifPresent(out::println);
        session.server().describe().forEach(out::println);
        session.server().warmUpSummary().ifPresent(out::println);
        out.println("Ctrl-C stops the server.");
        out.flush();
        session.await();
        session.close();
        return ExitCodes.OK;
    }
}
