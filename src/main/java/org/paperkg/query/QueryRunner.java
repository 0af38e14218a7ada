package org.paperkg.query;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a canned or user query against the local store or a remote SPARQL endpoint, binding parameters
 * with {@link ParameterizedSparqlString} so that user input can never change the query's structure.
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /**
     * The query text with every declared parameter bound to the given value or its default, parsed. What the
     * JSON API answers with is {@link PreparedQuery#bind}, which gives the same query without parsing text again.
     */
    public static Query bind(CannedQuery q, Map<String, String> given) {
        return bound(q, q.values(given)).asQuery();
    }

    /** The query text with these values bound: literals, or IRIs for the parameters declared as IRIs. */
    public static ParameterizedSparqlString bound(CannedQuery q, Map<String, String> values) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(q.sparql());
        for (CannedQuery.Parameter p : q.parameters()) {
            pss.setParam(p.name(), p.term(values.getOrDefault(p.name(), p.defaultValue()), q.name()));
        }
        return pss;
    }

    /**
     * The query with its row limit replaced: {@code rows} > 0 returns at most that many rows, 0 returns all
     * (the canned queries stop at 100 rows by default, so that an unfiltered analysis stays a page, not a dump).
     */
    public static Query withLimit(Query query, long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("a row limit is 0 (no limit) or more, not " + rows);
        }
        Query copy = query.cloneQuery();
        copy.setLimit(rows == 0 ? Query.NOLIMIT : rows);
        return copy;
    }

    /**
     * Runs against the store; {@code service}, when not null, is a SPARQL endpoint URL to use instead.
     * Returns the number of rows of a SELECT (-1 for other query forms).
     */
    public static long run(KgStore store, String service, Query query, ResultsFormat format, OutputStream out) {
        return run(store, service, query, format, out, Limits.NONE);
    }

    /**
     * How far a query may go: a time limit (a runaway query is cancelled with Jena's {@code
     * QueryCancelledException}) and the width text tables are fitted to.
     *
     * @param timeout   null or zero: no limit
     * @param textWidth 0: as wide as the cells need
     */
    public record Limits(Duration timeout, int textWidth) {
        public static final Limits NONE = new Limits(null, 0);

        boolean timed() {
            return timeout != null && !timeout.isZero() && !timeout.isNegative();
        }
    }

    /** As {@link #run(KgStore, String, Query, ResultsFormat, OutputStream)}, within the given limits. */
    public static long run(KgStore store, String service, Query query, ResultsFormat format, OutputStream out,
                           Limits limits) {
        if (service != null) {
            var builder = QueryExecution.service(service).query(query);
            if (limits.timed()) {
                builder = builder.timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return write(qe, query, format, out, limits.textWidth());
            }
        }
        return Txn.calculateRead(store.dataset(), () -> {
            var builder = QueryExecution.dataset(store.dataset()).query(query);
            if (limits.timed()) {
                builder = builder.timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return write(qe, query, format, out, limits.textWidth());
            }
        });
    }

    /** Iterates the rows of a SELECT inside a read transaction: the Java API for scripted analyses. */
    public static void select(KgStore store, Query query, Consumer<org.apache.jena.query.QuerySolution> row) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    private static long write(QueryExecution qe, Query query, ResultsFormat format, OutputStream out, int textWidth) {
        if (query.isSelectType()) {
            CountingResultSet rs = new CountingResultSet(qe.execSelect());
            if (format.resultSetLang() == null && textWidth > 0) {
                // Text tables are made whole before writing in any case (column widths); fit them to the width.
                org.apache.jena.query.ResultSetRewindable all = org.apache.jena.query.ResultSetFactory.makeRewindable(
                        (ResultSet) rs);
                TextTable.write(all, query.getPrologue(), textWidth, out);
                return all.size();
            } else if (format.resultSetLang() == null) {
                ResultSetFormatter.out(out, rs, query.getPrologue());
            } else {
                ResultSetMgr.write(out, rs, format.resultSetLang());
            }
            return rs.rows;
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (format.resultSetLang() == null) {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println(answer ? "yes" : "no");
            } else {
                ResultSetMgr.write(out, answer, format.resultSetLang());
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, format.graphFormat());
        }
        return -1;
    }

    /** The rows a writer took, whichever of the iteration methods it used. */
    private static final class CountingResultSet extends org.apache.jena.sparql.resultset.ResultSetWrapper {
        long rows;

        CountingResultSet(ResultSet rs) {
            super(rs);
        }

        @Override
        public org.apache.jena.query.QuerySolution next() {
            rows++;
            return super.next();
        }

        @Override
        public org.apache.jena.query.QuerySolution nextSolution() {
            rows++;
            return super.nextSolution();
        }

        @Override
        public org.apache.jena.sparql.engine.binding.Binding nextBinding() {
            rows++;
            return super.nextBinding();
        }

        @Override
        public void forEachRemaining(java.util.function.Consumer<? super org.apache.jena.query.QuerySolution> action) {
            super.forEachRemaining(s -> {
                rows++;
                action.accept(s);
            });
        }
    }
}
