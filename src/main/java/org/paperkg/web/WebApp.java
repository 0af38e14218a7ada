package org.paperkg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

import java.time.Duration;

/**
 * The web app on the SPARQL endpoint's port: the pages ({@code /}, {@code /leaderboard}, {@code /paper},
 * {@code /entity}, {@code /sparql}) with their scripts under {@code /assets/} and {@code /vendor/}, and the JSON
 * API under {@code /api/} that the pages read the store through (the canned queries, nothing else).
 */
public final class WebApp {
    private WebApp() {
    }

    /** Adds the pages and the API to a Fuseki server being built over {@code dataset}. */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, Dataset dataset, Duration queryTimeout) {
        builder.addServlet(QueryApi.PATH + "/*", new QueryApi(dataset, queryTimeout));
        // Fuseki keeps "/" for its own 404 servlet: the pages get exact paths ("" is the root in servlet terms)
        for (String path : Pages.PATHS) {
            builder.addServlet(path, new Pages());
        }
        return builder;
    }
}
