package org.paperkg.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.PreparedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The JSON API the pages read the store through: the canned queries and nothing else, each parsed once, its
 * parameters bound as RDF terms (never pasted into the query text), each under the server's query timeout.
 * <ul>
 * <li>{@code GET /api/queries}: every canned query, its title, parameters and text with default parameters.</li>
 * <li>{@code GET /api/query/NAME?PARAM=VALUE&limit=N&offset=N}: the rows, as SPARQL 1.1 JSON results.</li>
 * <li>{@code GET /api/query/NAME.csv?...}: the same rows as CSV (SPARQL 1.1 CSV results).</li>
 * <li>{@code GET /api/query/NAME.rq?...}: the query text with those parameters bound, to open in the editor.</li>
 * </ul>
 */
final class QueryApi extends HttpServlet {
    static final String PATH = "/api";
    /** A page never needs more rows at once; the canned queries' own limits are lower still. */
    static final int MAX_ROWS = 2000;
    private static final List<String> PAGING = List.of("limit", "offset");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dataset dataset;
    private final Duration timeout;

    QueryApi(Dataset dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            if (path.equals("/queries")) {
                send(res, 200, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(catalogue()));
            } else if (path.startsWith("/query/")) {
                answer(path.substring("/query/".length()), req, res);
            } else {
                fail(res, 404, "no API path " + path + "; try /api/queries or /api/query/NAME");
            }
        } catch (IllegalArgumentException e) {
            fail(res, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            fail(res, 503, "the query ran longer than " + timeout.toMillis() + " ms and was cancelled");
        }
    }

    private void answer(String spec, HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = spec;
        String format = "json";
        int dot = spec.lastIndexOf('.');
        if (dot > 0) {
            name = spec.substring(0, dot);
            format = spec.substring(dot + 1);
        }
        Optional<PreparedQuery> prepared = name.matches("[a-z0-9-]+") ? QueryLibrary.prepared(name) : Optional.empty();
        if (prepared.isEmpty()) {
            fail(res, 404, "no canned query named '" + name + "'. Canned queries: " + String.join(", ", QueryLibrary.names()));
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!PAGING.contains(k) && v.length > 0) {
                params.put(k, v[0]);
            }
        });
        Query query = prepared.get().bind(params); // parsed once, not at every request
        int limit = number(req, "limit", MAX_ROWS);
        if (req.getParameter("limit") != null || !query.hasLimit() || query.getLimit() > MAX_ROWS) {
            query.setLimit(Math.min(limit, MAX_ROWS));
        }
        int offset = number(req, "offset", 0);
        if (offset > 0) {
            query.setOffset(offset);
        }
        switch (format) {
            case "json" -> send(res, 200, "application/sparql-results+json", rows(query, ResultSetLang.RS_JSON));
            case "csv" -> {
                res.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
                send(res, 200, "text/csv; charset=utf-8", rows(query, ResultSetLang.RS_CSV));
            }
            case "rq" -> send(res, 200, "application/sparql-query; charset=utf-8",
                    boundText(prepared.get().canned(), params).getBytes(StandardCharsets.UTF_8));
            default -> fail(res, 404, "no format '" + format + "': use json (no suffix), .csv or .rq");
        }
    }

    private byte[] rows(Query query, org.apache.jena.riot.Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = qe.execSelect();
                ResultSetMgr.write(out, rs, lang);
            }
        });
        return out.toByteArray();
    }

    private static int number(HttpServletRequest req, String name, int otherwise) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) {
                throw new IllegalArgumentException(name + " must be 0 or more, not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static List<Map<String, Object>> catalogue() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String name : QueryLibrary.names()) {
            CannedQuery q = QueryLibrary.bundled(name).orElseThrow();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("title", q.title());
            entry.put("answers", q.answers());
            List<Map<String, String>> params = new ArrayList<>();
            for (CannedQuery.Parameter p : q.parameters()) {
                params.add(Map.of("name", p.name(), "default", p.defaultValue(), "description", p.description()));
            }
            entry.put("parameters", params);
            entry.put("sparql", boundText(q, Map.of()));
            out.add(entry);
        }
        return out;
    }

    /** The query file's text, comments kept, with its parameters bound (defaults where not given). */
    static String boundText(CannedQuery q, Map<String, String> given) {
        QueryRunner.bind(q, given); // checks the parameter names
        return QueryRunner.bound(q, given).toString();
    }

    private static void send(HttpServletResponse res, int status, String type, byte[] body) throws IOException {
        res.setStatus(status);
        res.setContentType(type);
        res.setHeader("Cache-Control", "no-cache");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static void fail(HttpServletResponse res, int status, String message) throws IOException {
        send(res, status, "application/json", JSON.writeValueAsBytes(Map.of("error", message)));
    }
}
