package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.SharedExtractor;
import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildOptions;
import org.paperkg.build.GraphBuild;
import org.paperkg.ingest.InputFormat;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.store.KgStore;
import org.paperkg.store.SummaryGraphs;
import org.paperkg.vocab.PKG;

/**
 * What the pages read from the summary graph is what the plain queries compute: the leaderboard rows kept at the
 * default confidence (pkg:boardResult) give the same rows as ranking the claims at each request, for every board
 * of the bundled sample (built with the real extractor) and of the hand-written fixture; search finds entities by
 * the start of any word of a label or alias, and papers by their title; an entity's neighbourhood is the one
 * counted from its papers, and an entity that one paper names gets its neighbours from that paper.
 */
class SummaryRowsTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "kg.trig");
    private static final Node KEPT = PKG.boardConfidence.asNode();

    @TempDir
    static Path dir;
    static KgStore sample;
    static KgStore fixture;

    @BeforeAll
    static void build() {
        sample = KgStore.open(dir.resolve("sample"));
        new GraphBuild(sample, SharedExtractor.standard(), new BuildOptions(false, false, 16, 2), BuildListener.SILENT)
                .run(List.of(), (InputFormat) null);
        fixture = KgStore.open(dir.resolve("fixture"));
        Txn.executeWrite(fixture.dataset(), () -> RDFDataMgr.read(fixture.dataset(), FIXTURE.toString()));
        fixture.ensureSummary();
    }

    @AfterAll
    static void release() {
        for (KgStore s : List.of(sample, fixture)) {
            s.close();
            TDBInternal.expel(s.dataset().asDatasetGraph());
        }
    }

    @Test
    void keptLeaderboardRowsEqualTheRowsRankedFromTheClaimsOnTheSample() {
        List<Map<String, String>> asked = askedOf(sample);
        assertTrue(asked.size() > 20, "the sample has leaderboards: " + asked.size());
        assertSameRows(sample, asked);
    }

    @Test
    void keptLeaderboardRowsEqualTheRowsRankedFromTheClaimsOnTheFixture() {
        List<Map<String, String>> asked = askedOf(fixture);
        asked.add(Map.of("dataset", "imagenet-1K", "metric", "TOP-1 ACC"));
        asked.add(Map.of("metric", "latency"));
        assertSameRows(fixture, asked);
        assertEquals("83.1 | TinyFormer", rows(fixture, "leaderboard", Map.of("dataset", "ImageNet", "metric", "top-1 accuracy"))
                .get(0).get("value") + " | " + rows(fixture, "board", Map.of()).get(0).get("methodLabel"));
    }

    @Test
    void leaderboardQueriesShowTheStoresTierByDefaultAndHalfWithoutOne() {
        for (String name : List.of("leaderboard", "board", "leaderboard-by-year")) {
            var query = QueryLibrary.bundled(name).orElseThrow();
            String byDefault = query.parameters().stream()
                    .filter(p -> p.name().equals("minConfidence")).findFirst().orElseThrow().defaultValue();
            assertEquals("tier", byDefault, name);
            assertTrue(query.sparql().contains("COALESCE(?tier")
                    && !query.sparql().replaceAll("COALESCE\\(\\?tier\\d?, " + SummaryGraphs.FALLBACK_BOARD_CONFIDENCE + "\\)", "")
                            .contains("COALESCE(?tier"), name + " falls back to " + SummaryGraphs.FALLBACK_BOARD_CONFIDENCE);
        }
    }

    @Test
    void aStoreBuiltWithTheShippedModelKeepsItsLeaderboardsAtTheModelsTier() {
        java.math.BigDecimal tier = SharedExtractor.standard().tierConfidence().orElseThrow();
        String kept = select(sample, "SELECT ?kept { GRAPH <" + SummaryGraphs.GRAPH_IRI + "> { ?s <" + KEPT.getURI()
                + "> ?kept } }").get(0).get("kept");
        assertEquals(0, tier.compareTo(new java.math.BigDecimal(kept)));
        List<Map<String, String>> byDefault = rows(sample, "leaderboard", Map.of("kind", ""));
        assertFalse(byDefault.isEmpty(), "the sample has results in the tier");
        byDefault.forEach(r -> assertTrue(new java.math.BigDecimal(r.get("confidence")).compareTo(tier) >= 0, r.toString()));
        assertEquals(byDefault, rows(sample, "leaderboard", Map.of("kind", "", "minConfidence", tier.toPlainString())));
        assertTrue(rows(sample, "leaderboard", Map.of("kind", "", "minConfidence", "0.5")).size() > byDefault.size());
    }

    @Test
    void searchFindsEntitiesByTheStartOfAnyWordOfALabelOrAlias() {
        assertEquals("ResNet-50", first(fixture, "resn"));
        assertEquals("ResNet-50", first(fixture, "RESNET50"));
        assertEquals("PruneBERT", first(fixture, "pruned b"));
        assertEquals("image classification", first(fixture, "classif"));
        assertEquals("top-1 accuracy", first(fixture, "top-1 acc"));
    }

    @Test
    void searchFindsPapersByTheirTitleFromThreeLettersOn() {
        List<Map<String, String>> found = rows(fixture, "search", Map.of("q", "compact vis"));
        assertEquals(List.of("TinyFormer: A Compact Vision Transformer | Paper"),
                found.stream().map(r -> r.get("label") + " | " + r.get("kind")).toList());
        assertTrue(rows(fixture, "search", Map.of("q", "co")).stream().noneMatch(r -> "Paper".equals(r.get("kind"))),
                "two letters find no paper");
    }

    @Test
    void searchListsEntitiesMostMentionedFirstThenRarelyMentionedOnesAndPapers() {
        List<Map<String, String>> found = rows(sample, "search", Map.of("q", "ima"));
        assertFalse(found.isEmpty());
        List<Double> papers = found.stream().map(r -> r.containsKey("papers") ? Double.parseDouble(r.get("papers")) : -1).toList();
        for (int i = 1; i < papers.size(); i++) {
            assertTrue(papers.get(i - 1) >= papers.get(i), "most mentioned first: " + papers);
        }
        assertTrue(found.size() <= 20);
    }

    @Test
    void anEntityOnePaperNamesHasThatPapersOtherEntitiesAsNeighbours() {
        String rare = Txn.calculateRead(sample.dataset(), () -> {
            var it = sample.dataset().asDatasetGraph().find(SummaryGraphs.GRAPH, Node.ANY, PKG.rareSearchPrefix.asNode(), Node.ANY);
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.getURI().contains("/method/")) {
                    return s.getURI();
                }
            }
            return null;
        });
        assertTrue(rare != null, "the sample has a method that one paper names");
        List<Map<String, String>> edges = rows(sample, "entity-neighbours", Map.of("entity", rare));
        assertFalse(edges.isEmpty(), rare + " has neighbours");
        assertTrue(edges.stream().filter(e -> rare.equals(e.get("source"))).allMatch(e -> "1".equals(e.get("papers"))), edges.toString());
    }

    @Test
    void anEntitysNeighbourhoodFromTheSummaryIsTheOneCountedFromItsPapers() {
        List<String> frequent = rows(sample, "search", Map.of("q", "a")).stream()
                .filter(r -> !"Paper".equals(r.get("kind")) && Double.parseDouble(r.getOrDefault("papers", "0")) >= 2)
                .map(r -> r.get("item")).toList();
        assertTrue(frequent.size() >= 5, "the sample has entities that several papers mention: " + frequent);
        int links = 0;
        for (String entity : frequent) {
            Set<String> kept = new HashSet<>();
            for (Map<String, String> r : rows(sample, "entity-neighbours", Map.of("entity", entity))) {
                kept.add(r.get("source") + " " + r.get("target") + " " + r.get("papers"));
            }
            Set<String> counted = new HashSet<>();
            for (Map<String, String> r : select(sample, NEIGHBOURS_FROM_PAPERS.replace("$entity", "<" + entity + ">"))) {
                counted.add(entity + " " + r.get("target") + " " + r.get("papers"));
            }
            for (Map<String, String> r : select(sample, LINKS_FROM_PAPERS.replace("$entity", "<" + entity + ">"))) {
                counted.add(r.get("source") + " " + r.get("target") + " " + r.get("papers"));
                links++;
            }
            assertEquals(counted, kept, entity);
        }
        assertTrue(links > 0, "the neighbours have links among them");
    }

    /** The 25 entities most often mentioned with an entity, counted from the paper graphs. */
    private static final String NEIGHBOURS_FROM_PAPERS = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            SELECT ?target (COUNT(DISTINCT ?p) AS ?papers) WHERE { GRAPH ?g { ?p pkg:mentions $entity , ?target } FILTER(?target != $entity) }
            GROUP BY ?target ORDER BY DESC(?papers) STR(?target) LIMIT 25
            """;
    /** The 75 strongest links among those neighbours: how many of the entity's papers mention both, two or more. */
    private static final String LINKS_FROM_PAPERS = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            SELECT ?source ?target (COUNT(DISTINCT ?p) AS ?papers) WHERE {
              { SELECT ?source WHERE { GRAPH ?g { ?p1 pkg:mentions $entity , ?source } FILTER(?source != $entity) }
                GROUP BY ?source ORDER BY DESC(COUNT(DISTINCT ?p1)) STR(?source) LIMIT 25 }
              { SELECT ?target WHERE { GRAPH ?g { ?p2 pkg:mentions $entity , ?target } FILTER(?target != $entity) }
                GROUP BY ?target ORDER BY DESC(COUNT(DISTINCT ?p2)) STR(?target) LIMIT 25 }
              FILTER(STR(?source) < STR(?target))
              GRAPH ?g3 { ?p pkg:mentions $entity , ?source , ?target }
            }
            GROUP BY ?source ?target HAVING (COUNT(DISTINCT ?p) >= 2) ORDER BY DESC(?papers) STR(?source) STR(?target) LIMIT 75
            """;

    /** Every board of the store by its labels, then each dataset alone, each metric alone, and nothing. */
    private static List<Map<String, String>> askedOf(KgStore store) {
        List<Map<String, String>> asked = new ArrayList<>();
        Map<String, Boolean> datasets = new LinkedHashMap<>();
        Map<String, Boolean> metrics = new LinkedHashMap<>();
        for (Map<String, String> b : rows(store, "boards", Map.of())) {
            asked.add(Map.of("dataset", b.get("datasetLabel"), "metric", b.get("metricLabel")));
            datasets.put(b.get("datasetLabel"), true);
            metrics.put(b.get("metricLabel"), true);
        }
        datasets.keySet().forEach(d -> {
            asked.add(Map.of("dataset", d));
            asked.add(Map.of("dataset", d, "includeNarrower", "true", "kind", ""));
        });
        metrics.keySet().forEach(m -> asked.add(Map.of("metric", m, "kind", "relative")));
        asked.add(Map.of());
        asked.add(Map.of("kind", ""));
        return asked;
    }

    /** One canned query with its parameters. */
    private record Asked(String query, Map<String, String> params) {
    }

    /**
     * Each leaderboard (and, for a dataset and metric, the web page's board) asked with the kept rows, then again
     * with the store's kept-rows marker taken away, so that the queries rank the claims themselves.
     */
    private static void assertSameRows(KgStore store, List<Map<String, String>> leaderboards) {
        List<Asked> asked = new ArrayList<>();
        for (Map<String, String> params : leaderboards) {
            asked.add(new Asked("leaderboard", params));
            if (params.containsKey("dataset") && params.containsKey("metric")) {
                asked.add(new Asked("board", Map.of("dataset", params.get("dataset"), "metric", params.get("metric"), "kind", "")));
            }
        }
        Map<Asked, List<Map<String, String>>> kept = new LinkedHashMap<>();
        asked.forEach(a -> kept.put(a, rows(store, a.query(), a.params())));
        List<Quad> marker = Txn.calculateRead(store.dataset(), () -> {
            List<Quad> out = new ArrayList<>();
            store.dataset().asDatasetGraph().find(SummaryGraphs.GRAPH, SummaryGraphs.GRAPH, KEPT, Node.ANY).forEachRemaining(out::add);
            return out;
        });
        assertEquals(1, marker.size(), "the summary says which confidence its rows are kept for");
        Txn.executeWrite(store.dataset(), () -> marker.forEach(store.dataset().asDatasetGraph()::delete));
        try {
            kept.forEach((a, rows) -> assertEquals(rows(store, a.query(), a.params()), rows, a.toString()));
        } finally {
            Txn.executeWrite(store.dataset(), () -> marker.forEach(store.dataset().asDatasetGraph()::add));
        }
        assertTrue(kept.values().stream().filter(r -> !r.isEmpty()).count() > 1, "leaderboards have rows");
    }

    private static String first(KgStore store, String q) {
        List<Map<String, String>> found = rows(store, "search", Map.of("q", q));
        return found.isEmpty() ? "(nothing)" : found.get(0).get("label");
    }

    private static List<Map<String, String>> rows(KgStore store, String name, Map<String, String> params) {
        return select(store, QueryRunner.bind(QueryLibrary.bundled(name).orElseThrow(), params).toString());
    }

    private static List<Map<String, String>> select(KgStore store, String query) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    out.add(row);
                }
            }
            return out;
        });
    }
}
