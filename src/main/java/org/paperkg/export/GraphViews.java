package org.paperkg.export;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds the {@link GraphView}s of the graph formats from the store with SPARQL
 * ({@code src/main/resources/org/paperkg/export/view-*.rq}).
 *
 * <ul>
 * <li>{@code full}: papers, entities and claimed results; paper -> entity (proposes, comparesWith, uses,
 * mentions), paper -> result (reportsResult), result -> entity (metric, method, dataset, baseline), variant ->
 * family (broader: ViT-B/16 -> ViT-B -> ViT).</li>
 * <li>{@code paper-entity}: papers and entities with the paper -> entity edges and the variant -> family edges.</li>
 * <li>{@code method-dataset}: method -> dataset, weight = papers mentioning both.</li>
 * <li>{@code method-cooccurrence}: method -- method (undirected), weight = papers mentioning both.</li>
 * </ul>
 * Filters: node types ({@code --types}) and, for entity nodes, the minimum number of papers
 * ({@code --min-support}); edges whose ends are filtered out go too, and the two projections keep only
 * nodes that still have an edge.
 */
public final class GraphViews {
    public static final String FULL = "full";
    public static final String METHOD_DATASET = "method-dataset";
    public static final String METHOD_COOCCURRENCE = "method-cooccurrence";
    public static final String PAPER_ENTITY = "paper-entity";

    /** View names with what they show, for --help. */
    public static final Map<String, String> VIEWS = new LinkedHashMap<>();
    /** Node types, in display order. */
    public static final List<String> TYPES = List.of("paper", "method", "dataset", "metric", "task", "result");
    private static final Set<String> ENTITY_TYPES = Set.of("method", "dataset", "metric", "task");

    static {
        VIEWS.put(FULL, "papers, entities and claimed results with their relations");
        VIEWS.put(METHOD_DATASET, "method -> dataset, weight = papers mentioning both");
        VIEWS.put(METHOD_COOCCURRENCE, "method -- method, weight = papers mentioning both");
        VIEWS.put(PAPER_ENTITY, "paper -> the entities it mentions, by role");
    }

    private GraphViews() {
    }

    public static GraphView build(KgStore store, ExportOptions options) {
        String view = options.view();
        if (!VIEWS.containsKey(view)) {
            throw new IllegalArgumentException("unknown view '" + view + "'; use one of " + String.join(", ", VIEWS.keySet()));
        }
        for (String t : options.types()) {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown node type '" + t + "'; use any of " + String.join(",", TYPES));
            }
        }
        return Txn.calculateRead(store.dataset(), () -> buildInTxn(store, options));
    }

    private static GraphView buildInTxn(KgStore store, ExportOptions options) {
        String view = options.view();
        Map<String, GraphView.Node> nodes = new TreeMap<>();
        List<GraphView.Edge> edges = new ArrayList<>();
        boolean projection = view.equals(METHOD_DATASET) || view.equals(METHOD_COOCCURRENCE);

        Set<String> viewTypes = switch (view) {
            case METHOD_DATASET -> Set.of("method", "dataset");
            case METHOD_COOCCURRENCE -> Set.of("method");
            case PAPER_ENTITY -> Set.of("paper", "method", "dataset", "metric", "task");
            default -> Set.copyOf(TYPES);
        };

        select(store, "view-entities.rq", row -> {
            String type = row.getResource("class").getLocalName().toLowerCase(Locale.ROOT);
            if (viewTypes.contains(type)) {
                String iri = row.getResource("entity").getURI();
                int papers = row.contains("papers") ? row.getLiteral("papers").getInt() : 0;
                Double confidence = row.contains("confidence") ? round(row.getLiteral("confidence").getDouble()) : null;
                put(nodes, new GraphView.Node(shortId(iri), iri, type, row.getLiteral("label").getString(), papers, confidence));
            }
        });
        if (viewTypes.contains("paper")) {
            select(store, "view-papers.rq", row -> {
                String iri = row.getResource("paper").getURI();
                String title = row.contains("title") ? row.getLiteral("title").getString() : shortId(iri);
                put(nodes, new GraphView.Node(shortId(iri), iri, "paper", title, 1, null));
            });
        }
        if (viewTypes.contains("result")) {
            select(store, "view-results.rq", row -> {
                String iri = row.getResource("result").getURI();
                Double confidence = row.contains("confidence") ? round(row.getLiteral("confidence").getDouble()) : null;
                put(nodes, new GraphView.Node(shortId(iri), iri, "result", resultLabel(row), 1, confidence));
            });
        }

        Consumer<QuerySolution> relationEdge = row -> edges.add(new GraphView.Edge(
                shortId(row.getResource("from").getURI()), shortId(row.getResource("to").getURI()),
                row.getResource("relation").getLocalName(), 1));
        Consumer<QuerySolution> weightedEdge = row -> edges.add(new GraphView.Edge(
                shortId(row.getResource("from").getURI()), shortId(row.getResource("to").getURI()),
                "cooccursWith", row.getLiteral("weight").getInt()));
        switch (view) {
            case FULL -> {
                select(store, "view-paper-entity-edges.rq", relationEdge);
                select(store, "view-result-edges.rq", relationEdge);
                select(store, "view-broader-edges.rq", relationEdge);
            }
            case PAPER_ENTITY -> {
                select(store, "view-paper-entity-edges.rq", relationEdge);
                select(store, "view-broader-edges.rq", relationEdge);
            }
            case METHOD_DATASET -> select(store, "view-method-dataset.rq", weightedEdge);
            default -> select(store, "view-method-cooccurrence.rq", weightedEdge);
        }

        nodes.values().removeIf(n -> !(options.types().isEmpty() || options.types().contains(n.type()))
                || (ENTITY_TYPES.contains(n.type()) && n.papers() < options.minSupport()));
        edges.removeIf(e -> !nodes.containsKey(e.source()) || !nodes.containsKey(e.target()));
        if (projection) {
            Set<String> linked = new HashSet<>();
            edges.forEach(e -> {
                linked.add(e.source());
                linked.add(e.target());
            });
            nodes.keySet().retainAll(linked);
        }
        edges.sort(Comparator.comparing(GraphView.Edge::source).thenComparing(GraphView.Edge::target)
                .thenComparing(GraphView.Edge::relation));
        return new GraphView(view, !view.equals(METHOD_COOCCURRENCE), new ArrayList<>(nodes.values()), edges);
    }

    private static void put(Map<String, GraphView.Node> nodes, GraphView.Node n) {
        nodes.putIfAbsent(n.id(), n);
    }

    /** "82.5% top-1 accuracy", "12.5 ms latency", "2.3x speedup". */
    private static String resultLabel(QuerySolution row) {
        String value = row.getLiteral("value").getString();
        String unit = row.contains("unit") ? row.getLiteral("unit").getString() : "";
        String metric = row.contains("metric") ? row.getLiteral("metric").getString() : "";
        String number = unit.isEmpty() ? value : (unit.equals("%") || unit.equals("x")) ? value + unit : value + " " + unit;
        return metric.isEmpty() ? number : number + " " + metric;
    }

    static String shortId(String iri) {
        return iri.startsWith(PKG.ID) ? iri.substring(PKG.ID.length()).replace('/', ':') : iri;
    }

    private static Double round(double d) {
        return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    private static final Map<String, String> QUERIES = new java.util.concurrent.ConcurrentHashMap<>();

    private static void select(KgStore store, String name, Consumer<QuerySolution> each) {
        String text = QUERIES.computeIfAbsent(name, ExportQueries::text);
        try (QueryExecution qe = QueryExecution.create(QueryFactory.create(text), store.dataset())) {
            qe.execSelect().forEachRemaining(each);
        }
    }

}
