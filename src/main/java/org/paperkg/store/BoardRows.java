package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.vocab.PKG;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a dataset's leaderboards as the {@code leaderboard} canned query ranks them, computed once at
 * build time for the summary graph: per metric and result kind, each paper's best claim for each method in the
 * board's own unit (the normalized unit most of its claims share; tied units are all kept), at or above one
 * confidence. The query then reads these results instead of grouping every claim of the board at each request.
 * The rules here mirror queries/leaderboard.rq; a test checks that both give the same rows.
 */
final class BoardRows {
    private static final Node LOWER_IS_BETTER = PKG.LowerIsBetter.asNode();
    private static final Node UNKNOWN_DIRECTION = PKG.UnknownDirection.asNode();

    /** One claim of a board, with what ranking needs. */
    private record Claim(Node result, Node paper, Node metric, Node kind, String unit, BigDecimal score, String group) {
    }

    private BoardRows() {
    }

    /** The rows of every board of this dataset at or above {@code minConfidence}: the result nodes by metric. */
    static Map<Node, Set<Node>> of(DatasetGraph dsg, Node dataset, BigDecimal minConfidence) {
        Map<Node, Node> directions = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (Quad q : list(dsg.find(Node.ANY, Node.ANY, PKG.dataset.asNode(), dataset))) {
            Node g = q.getGraph();
            Node r = q.getSubject();
            Optional<BigDecimal> confidence = decimal(dsg, g, r, PKG.confidence.asNode());
            Optional<BigDecimal> value = decimal(dsg, g, r, PKG.value.asNode());
            Optional<Node> kind = first(dsg, g, r, PKG.resultKind.asNode());
            if (confidence.isEmpty() || value.isEmpty() || kind.isEmpty()
                    || confidence.get().compareTo(minConfidence) < 0) {
                continue;
            }
            BigDecimal plain = decimal(dsg, g, r, PKG.normalizedValue.asNode()).orElse(value.get());
            String unit = first(dsg, g, r, PKG.normalizedUnit.asNode()).map(Node::getLiteralLexicalForm).orElse("");
            String method = first(dsg, g, r, PKG.method.asNode()).map(Node::getURI).orElse("");
            for (Node metric : objects(dsg, g, r, PKG.metric.asNode())) {
                Node direction = directions.computeIfAbsent(metric, m ->
                        first(dsg, FactsToRdf.ENTITIES, m, PKG.direction.asNode()).orElse(UNKNOWN_DIRECTION));
                BigDecimal score = direction.equals(LOWER_IS_BETTER) ? plain.negate() : plain;
                // claims in a metric of unknown direction are each a group of their own: there is no best to pick
                String group = direction.equals(UNKNOWN_DIRECTION) ? r.getURI() : method;
                for (Node paper : subjects(dsg, g, PKG.reportsResult.asNode(), r)) {
                    claims.add(new Claim(r, paper, metric, kind.get(), unit, score, group));
                }
            }
        }
        // the boards' own units: per metric and kind, the units with the most claims
        Map<List<Node>, Map<String, Integer>> unitCounts = new HashMap<>();
        for (Claim c : claims) {
            unitCounts.computeIfAbsent(List.of(c.metric(), c.kind()), k -> new HashMap<>()).merge(c.unit(), 1, Integer::sum);
        }
        Map<List<Object>, BigDecimal> best = new HashMap<>();
        for (Claim c : claims) {
            best.merge(groupOf(c), c.score(), BigDecimal::max);
        }
        Map<Node, Set<Node>> rows = new HashMap<>();
        for (Claim c : claims) {
            Map<String, Integer> counts = unitCounts.get(List.of(c.metric(), c.kind()));
            int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (counts.get(c.unit()) == top && c.score().compareTo(best.get(groupOf(c))) == 0) {
                rows.computeIfAbsent(c.metric(), m -> new LinkedHashSet<>()).add(c.result());
            }
        }
        return rows;
    }

    private static List<Object> groupOf(Claim c) {
        return List.of(c.paper(), c.metric(), c.kind(), c.unit(), c.group());
    }

    private static Optional<BigDecimal> decimal(DatasetGraph dsg, Node g, Node s, Node p) {
        return first(dsg, g, s, p).filter(Node::isLiteral).flatMap(n -> {
            try {
                return Optional.of(new BigDecimal(n.getLiteralLexicalForm().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Node> first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static List<Node> subjects(DatasetGraph dsg, Node g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private static List<Quad> list(java.util.Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
