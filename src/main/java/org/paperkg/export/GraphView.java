package org.paperkg.export;

import java.util.List;

/**
 * A property graph made from the store for the graph formats: nodes and edges sorted by id, so two
 * exports of the same store are byte-identical and two exports of similar stores diff cleanly.
 *
 * @param name     the view name
 * @param directed false for symmetric relations (method co-occurrence)
 * @param nodes    sorted by id
 * @param edges    sorted by source, target, relation
 */
public record GraphView(String name, boolean directed, List<Node> nodes, List<Edge> edges) {
    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node. {@code id} is the IRI without the {@code https://w3id.org/paperkg/id/} prefix, with ':' for '/'
     * (e.g. {@code method:resnet50}, {@code paper:p1}, {@code paper:p1:result:2}: valid XML name tokens, stable
     * across exports); {@code type} is paper, method, dataset, metric, task or result;
     * {@code papers} the number of papers mentioning it (1 for papers and results); {@code confidence} the mean
     * extractor confidence of its mentions (of the result itself for results; null for papers).
     */
    public record Node(String id, String iri, String type, String label, int papers, Double confidence) {
    }

    /** An edge; {@code weight} is the number of papers behind it in the projections, 1 in the full graph. */
    public record Edge(String source, String target, String relation, int weight) {
        /** A stable edge id made of its ends and relation. */
        public String id() {
            return source + " " + relation + " " + target;
        }
    }
}
