package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The graph views of the fixture, counted by hand from kg.trig. */
class GraphViewsTest extends OnFixtureStore {

    static GraphView view(String name, Set<String> types, int minSupport) {
        return GraphViews.build(store, new ExportOptions(name, types, minSupport));
    }

    static Map<String, GraphView.Node> byId(GraphView v) {
        return v.nodes().stream().collect(Collectors.toMap(GraphView.Node::id, Function.identity()));
    }

    @Test
    void fullViewHasPapersEntitiesAndResults() {
        GraphView v = view("full", Set.of(), 1);
        Map<String, Long> types = v.nodes().stream().collect(Collectors.groupingBy(GraphView.Node::type, Collectors.counting()));
        assertEquals(Map.of("paper", 4L, "method", 7L, "dataset", 3L, "metric", 4L, "task", 2L, "result", 10L), types);
        // 26 paper -> entity, 10 paper -> result, 31 result -> entity
        assertEquals(67, v.edges().size());
        Map<String, Long> rel = v.edges().stream().collect(Collectors.groupingBy(GraphView.Edge::relation, Collectors.counting()));
        assertEquals(Map.of("proposes", 4L, "comparesWith", 4L, "uses", 2L, "mentions", 16L, "reportsResult", 10L,
                "metric", 10L, "method", 10L, "dataset", 9L, "baseline", 2L), rel);
    }

    @Test
    void nodeAttributes() {
        Map<String, GraphView.Node> n = byId(view("full", Set.of(), 1));
        GraphView.Node resnet = n.get("method:resnet50");
        assertEquals("ResNet-50", resnet.label());
        assertEquals("method", resnet.type());
        assertEquals(3, resnet.papers());
        assertEquals(0.883, resnet.confidence(), 1e-9); // (0.9 + 0.9 + 0.85) / 3
        assertEquals("https://w3id.org/paperkg/id/method/resnet50", resnet.iri());
        GraphView.Node p2 = n.get("paper:p2");
        assertEquals("Revisiting ResNet-50 Training on CIFAR-10", p2.label());
        assertNull(p2.confidence());
        assertEquals("82.5% top-1 accuracy", n.get("paper:p1:result:1").label());
        assertEquals("12.5 ms latency", n.get("paper:p3:result:2").label());
        assertEquals(0.8, n.get("paper:p1:result:1").confidence());
    }

    @Test
    void methodDatasetEdgesWeighPapers() {
        GraphView v = view("method-dataset", Set.of(), 1);
        assertEquals(10, v.nodes().size());
        assertEquals(9, v.edges().size());
        assertTrue(v.directed());
        assertTrue(v.edges().contains(new GraphView.Edge("method:resnet50", "dataset:cifar10", "cooccursWith", 2)));
        assertTrue(v.edges().contains(new GraphView.Edge("method:fastnet", "dataset:imagenet", "cooccursWith", 2)));
        assertTrue(v.edges().contains(new GraphView.Edge("method:bert", "dataset:sst2", "cooccursWith", 1)));
    }

    @Test
    void minSupportKeepsEntitiesOfEnoughPapersAndDropsLoneNodes() {
        GraphView v = view("method-dataset", Set.of(), 2);
        assertEquals(Set.of("method:fastnet", "method:resnet50", "dataset:imagenet", "dataset:cifar10"), byId(v).keySet());
        assertEquals(4, v.edges().size());
    }

    @Test
    void methodCooccurrenceIsUndirectedWithEachPairOnce() {
        GraphView v = view("method-cooccurrence", Set.of(), 1);
        assertFalse(v.directed());
        assertEquals(7, v.nodes().size());
        assertEquals(7, v.edges().size());
        assertTrue(v.edges().contains(new GraphView.Edge("method:fastnet", "method:resnet50", "cooccursWith", 2)));
        v.edges().forEach(e -> assertTrue(e.source().compareTo(e.target()) < 0, e.toString()));
    }

    @Test
    void paperEntityViewAndTypeFilter() {
        GraphView v = view("paper-entity", Set.of(), 1);
        assertEquals(20, v.nodes().size());
        assertEquals(26, v.edges().size());
        GraphView methodsOnly = view("paper-entity", Set.of("paper", "method"), 1);
        assertEquals(11, methodsOnly.nodes().size());
        assertEquals(10, methodsOnly.edges().size()); // p1 2, p2 2, p3 3, p4 3
        GraphView noPapers = view("full", Set.of("method", "dataset"), 1);
        assertEquals(10, noPapers.nodes().size());
        assertEquals(0, noPapers.edges().size());
    }

    @Test
    void sortedAndStable() {
        GraphView a = view("full", Set.of(), 1);
        GraphView b = view("full", Set.of(), 1);
        assertEquals(a, b);
        List<String> ids = a.nodes().stream().map(GraphView.Node::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void unknownViewOrTypeIsAUsageError() {
        assertThrows(IllegalArgumentException.class, () -> view("nope", Set.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> view("full", Set.of("widget"), 1));
    }
}
