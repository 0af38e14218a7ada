package org.paperkg.serve;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.paperkg.query.CannedQuery;
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

    /** The i-th request: which canned query, and its SPARQL text with drawn parameters. */
    Map.Entry<String, String> request(int i) {
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
        CannedQuery q = QueryLibrary.bundled(kind).orElseThrow();
        return Map.entry(kind, QueryRunner.bind(q, params).toString());
    }

    /** How many page queries take turns (request i is of kind i modulo this). */
    int kinds() {
        return kinds.size();
    }

    int pools() {
        return entities.size() + boards.size() + papers.size();
    }
}
