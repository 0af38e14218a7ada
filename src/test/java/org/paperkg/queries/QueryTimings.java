package org.paperkg.queries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.store.KgStore;

/**
 * Not a unit test: times every canned query with its default parameters on a store, in one JVM (one warm-up
 * run, then timed runs; prints the median and the row count). Usage: QueryTimings STORE [RUNS] [QUERY...].
 * Extra arguments of the form name:param=value time a query with that parameter, e.g. leaderboard:dataset=ImageNet.
 */
public final class QueryTimings {
    private QueryTimings() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> names = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            names.add(args[i]);
        }
        if (names.isEmpty()) {
            names.addAll(QueryLibrary.names());
        }
        try (KgStore kg = KgStore.openExisting(store)) {
            for (String spec : names) {
                String name = spec;
                Map<String, String> given = new java.util.LinkedHashMap<>();
                int colon = spec.indexOf(':');
                if (colon > 0) {
                    name = spec.substring(0, colon);
                    for (String kv : spec.substring(colon + 1).split(",")) {
                        int eq = kv.indexOf('=');
                        given.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                }
                CannedQuery q = QueryLibrary.resolve(name);
                Query query = QueryRunner.bind(q, given);
                long rows = count(kg, query);
                String dump = System.getProperty("dump");
                if (dump != null) {
                    dump(kg, query, Path.of(dump, Path.of(spec).getFileName() + ".tsv"));
                }
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    count(kg, query);
                    times.add((System.nanoTime() - t0) / 1_000_000);
                }
                Collections.sort(times);
                System.out.printf("%-45s median %6d ms  min %6d ms  rows %d%n", spec, times.get(times.size() / 2),
                        times.get(0), rows);
            }
        }
    }

    /** Writes the rows as TSV (with -Ddump=DIR), to compare the results of two versions of the queries. */
    private static void dump(KgStore kg, Query query, Path out) {
        Txn.executeRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, kg.dataset());
                    var os = java.nio.file.Files.newOutputStream(out)) {
                org.apache.jena.riot.ResultSetMgr.write(os, qe.execSelect(), org.apache.jena.riot.resultset.ResultSetLang.RS_TSV);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static long count(KgStore kg, Query query) {
        return Txn.calculateRead(kg.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, kg.dataset())) {
                long n = 0;
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }
}
