package org.paperkg.export;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.HashMap;
import java.util.Map;

/** A {@link GraphView} as a JGraphT graph (insertion-ordered, so the writers keep the view's sorted order). */
final class JGraphs {
    private JGraphs() {
    }

    static Graph<GraphView.Node, GraphView.Edge> of(GraphView view) {
        GraphTypeBuilder<GraphView.Node, GraphView.Edge> type = view.directed()
                ? GraphTypeBuilder.directed() : GraphTypeBuilder.undirected();
        Graph<GraphView.Node, GraphView.Edge> g = type.allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(true).buildGraph();
        Map<String, GraphView.Node> byId = new HashMap<>();
        for (GraphView.Node n : view.nodes()) {
            g.addVertex(n);
            byId.put(n.id(), n);
        }
        for (GraphView.Edge e : view.edges()) {
            g.addEdge(byId.get(e.source()), byId.get(e.target()), e);
            g.setEdgeWeight(e, e.weight());
        }
        return g;
    }
}
