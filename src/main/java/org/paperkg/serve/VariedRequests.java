package org.paperkg.serve;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests of {@code loadtest --vary}: the web pages' canned queries with parameters drawn from the store
 * itself, as people browsing would send them: the most mentioned entities (their pages, and search boxes typed
 * with the start of their names), the leaderboards with the most results and papers mentioning those entities.
 * Drawn with a fixed seed, so two runs send the same requests.
 */
final class VariedRequests {
    /** Parameters come from this many of the most mentioned entities, boards and papers. */
    static final int POOL = 300;
    private static final long SEED = 14;
    private static final String PREFIXES = "PREFIX pkg: <https://w3id.org/paperkg/ontology#>\n";
    private static final String SUMMARY = "<https://w3id.org/paperkg/id/graph/summary>";
    private static final String ENTITIES = "<https://w3id.org/paperkg/id/graph/entities>";

    private record Entity(String iri, String label) {
    }

    private record Board(String dataset, String metric) {
    }

    private final List<Entity> entities;
    private final List<Board> boards;
    private final List<String> papers;
    private final List<String> kinds = List.of("search", "board", "entity-card", "entity-papers", "entity-results",
            "entity-neighbours", "entity-boards", "paper-card", "paper-facts");

    private VariedRequests(List<Entity> entities, List<Board> boards, List<String> papers) {
        this.entities = entities;
        this.boards = boards;
        this.papers = papers;
    }

    /** Reads the pools from the endpoint (through the summary graph: a second each at most). */
    static VariedRequests drawnFrom(String endpoint) {
        List<Entity> entities = new ArrayList<>();
        // resultCount first: entities and boards have it, the far more numerous co-mention links do not
        select(endpoint, "SELECT ?e ?l WHERE { GRAPH " + SUMMARY + " { ?e pkg:resultCount [] ; pkg:paperCount ?n } GRAPH " + ENTITIES
                + " { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } } ORDER BY DESC(?n) STR(?e) LIMIT " + POOL,
                r -> entities.add(new Entity(r.getResource("e").getURI(), r.getLiteral("l").getLexicalForm())));
        List<Board> boards = new ArrayList<>();
        select(endpoint, "SELECT ?dl ?ml WHERE { GRAPH " + SUMMARY + " { ?b pkg:boardDataset ?d ; pkg:boardMetric ?m ;"
                + " pkg:resultCount ?n } GRAPH " + ENTITIES + " { ?d <http://www.w3.org/2004/02/skos/core#prefLabel> ?dl ."
                + " ?m <http://www.w3.org/2004/02/skos/core#prefLabel> ?ml } } ORDER BY DESC(?n) ?dl ?ml LIMIT " + POOL,
                r -> boards.add(new Board(r.getLiteral("dl").getLexicalForm(), r.getLiteral("ml").getLexicalForm())));
        List<String> papers = new ArrayList<>();
        if (!entities.isEmpty()) {
            // papers of the most mentioned entities: the ones people reach from those entities' pages
            StringBuilder values = new StringBuilder();
            entities.stream().limit(30).forEach(e -> values.append('<').append(e.iri()).append("> "));
            select(endpoint, "SELECT DISTINCT ?p WHERE { VALUES ?e { " + values + "} GRAPH ?g { ?p pkg:mentions ?e } }"
                    + " ORDER BY STR(?p) LIMIT " + POOL, r -> papers.add(r.getResource("p").getURI()));
        }
        if (entities.isEmpty() || boards.isEmpty() || papers.isEmpty()) {
            throw new IllegalStateException("the store has no summary graph to draw parameters from (serve it with this"
                    + " version of paperkg, which computes it) or no leaderboard at all");
        }
        return new VariedRequests(entities, boards, papers);
    }

    private static void select(String endpoint, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.service(endpoint).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }

    /**
     * One page query: the canned query's name, its drawn parameters and the rows the page asks the JSON API for
     * ({@code limit}, {@code offset}: empty when the page takes the query's own limit).
     */
    record Request(String query, Map<String, String> params, Map<String, String> paging) {
        /** The SPARQL text the endpoint is sent: the canned query with these parameters bound, its own limit. */
        String sparql() {
            return QueryRunner.bind(QueryLibrary.bundled(query).orElseThrow(), params).toString();
        }

        /** The JSON API path and query string the pages fetch, e.g. {@code /api/query/search?q=res}. */
        String apiPath() {
            StringBuilder path = new StringBuilder("/api/query/").append(query);
            char sep = '?';
            for (Map<String, String> part : List.of(params, paging)) {
                for (Map.Entry<String, String> e : new java.util.TreeMap<>(part).entrySet()) {
                    path.append(sep).append(e.getKey()).append('=')
                            .append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                    sep = '&';
                }
            }
            return path.toString();
        }
    }

    /** The rows each page asks for (src/main/resources/web/assets/*.js); the others take the query's own limit. */
    private static final Map<String, Map<String, String>> PAGING = Map.of(
            "board", Map.of("limit", "200"),
            "entity-neighbours", Map.of("limit", "400"),
            "entity-results", Map.of("limit", "50"),
            "entity-papers", Map.of("limit", "20", "offset", "0"),
            "paper-facts", Map.of("limit", "2000"));

    /** The i-th request: which canned query, with drawn parameters. */
    Request request(int i) {
        Random random = new Random(SEED * 1_000_003L + i);
        String kind = kinds.get(i % kinds.size());
        Entity entity = entities.get(random.nextInt(entities.size()));
        Map<String, String> params = switch (kind) {
            case "search" -> Map.of("q", entity.label().substring(0, Math.min(entity.label().length(), 3 + random.nextInt(4))));
            case "board" -> {
                Board b = boards.get(random.nextInt(boards.size()));
                yield Map.of("dataset", b.dataset(), "metric", b.metric());
            }
            case "paper-card", "paper-facts" -> Map.of("paper", papers.get(random.nextInt(papers.size())));
            default -> Map.of("entity", entity.iri());
        };
        return new Request(kind, params, PAGING.getOrDefault(kind, Map.of()));
    }

    /** How many page queries take turns (request i is of kind i modulo this). */
    int kinds() {
        return kinds.size();
    }

    int pools() {
        return entities.size() + boards.size() + papers.size();
    }
}
