package org.paperkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.vocab.PKG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The neighbourhood of an entity in the summary graph, what the entity page draws: the entities most often
 * mentioned in its papers ({@code pkg:coMention} records with {@code pkg:coEntity} and {@code pkg:paperCount}),
 * and the links among those neighbours ({@code pkg:neighbourLink} from one neighbour's record to a record of the
 * other, with the number of the entity's papers that mention both, when two or more do). Both are counted in the
 * entity's own papers only, so that a build that changes a paper recomputes exactly the entities that paper
 * mentions (a count over all papers would change whenever any paper mentioning two neighbours changed, whatever it
 * says of the entity).
 */
final class CoMentions {
    /** The entity page shows this many neighbours; more would make the graph unreadable. */
    static final int KEPT = 25;
    /**
     * The strongest links among the neighbours kept: with the 25 links to the neighbours, the 100 rows that
     * queries/entity-neighbours.rq returns (of the 300 pairs that 25 neighbours make).
     */
    static final int LINKS_KEPT = 75;
    /**
     * A link is kept when at least this many of the entity's papers mention both neighbours: one paper naming ten
     * entities makes 45 pairs that say only that they share a paper (and would grow the summary tenfold).
     */
    static final int LINK_PAPERS = 2;
    private static final String CO_BASE = PKG.ID + "summary/co/";
    private static final String LINK_BASE = PKG.ID + "summary/link/";
    private static final Node SUMMARY = SummaryGraphs.GRAPH;
    private static final Node CO_MENTION = PKG.coMention.asNode();
    private static final Node CO_ENTITY = PKG.coEntity.asNode();
    private static final Node PAPER_COUNT = PKG.paperCount.asNode();
    private static final Node NEIGHBOUR_LINK = PKG.neighbourLink.asNode();
    private static final Node MENTIONS = PKG.mentions.asNode();

    private CoMentions() {
    }

    /** Deletes the entity's co-mention records and the links among its neighbours. */
    static void delete(DatasetGraph dsg, Node entity) {
        for (Quad co : list(dsg.find(SUMMARY, entity, CO_MENTION, Node.ANY))) {
            for (Quad link : list(dsg.find(SUMMARY, co.getObject(), NEIGHBOUR_LINK, Node.ANY))) {
                dsg.deleteAny(SUMMARY, link.getObject(), Node.ANY, Node.ANY);
            }
            dsg.deleteAny(SUMMARY, co.getObject(), Node.ANY, Node.ANY);
        }
    }

    /** Writes the entity's neighbours and the links among them, counted in these papers (those mentioning it). */
    static void write(DatasetGraph dsg, Node entity, Collection<Node> papers) {
        List<Set<Node>> mentioned = new ArrayList<>();
        Map<Node, Integer> together = new HashMap<>();
        for (Node paper : papers) {
            Set<Node> others = new HashSet<>();
            dsg.find(Node.ANY, paper, MENTIONS, Node.ANY).forEachRemaining(q -> others.add(q.getObject()));
            others.remove(entity);
            others.forEach(o -> together.merge(o, 1, Integer::sum));
            mentioned.add(others);
        }
        List<Node> neighbours = strongest(together, KEPT, Node::getURI);
        Map<Node, Node> records = new HashMap<>();
        for (Node n : neighbours) {
            // an IRI, not a blank node: the same build gives the same quads (stores compare as sets)
            Node record = NodeFactory.createURI(CO_BASE + SummaryGraphs.local(entity) + "/" + SummaryGraphs.local(n));
            records.put(n, record);
            dsg.add(SUMMARY, entity, CO_MENTION, record);
            dsg.add(SUMMARY, record, CO_ENTITY, n);
            dsg.add(SUMMARY, record, PAPER_COUNT, integer(together.get(n)));
        }
        Map<List<Node>, Integer> pairs = new HashMap<>();
        for (Set<Node> others : mentioned) {
            List<Node> here = neighbours.stream().filter(others::contains)
                    .sorted(Comparator.comparing(Node::getURI)).toList();
            for (int i = 0; i < here.size(); i++) {
                for (int j = i + 1; j < here.size(); j++) {
                    pairs.merge(List.of(here.get(i), here.get(j)), 1, Integer::sum);
                }
            }
        }
        pairs.values().removeIf(n -> n < LINK_PAPERS);
        for (List<Node> pair : strongest(pairs, LINKS_KEPT, p -> p.get(0).getURI() + " " + p.get(1).getURI())) {
            Node link = NodeFactory.createURI(LINK_BASE + SummaryGraphs.local(entity) + "/"
                    + SummaryGraphs.local(pair.get(0)) + "/" + SummaryGraphs.local(pair.get(1)));
            dsg.add(SUMMARY, records.get(pair.get(0)), NEIGHBOUR_LINK, link);
            dsg.add(SUMMARY, link, CO_ENTITY, pair.get(1));
            dsg.add(SUMMARY, link, PAPER_COUNT, integer(pairs.get(pair)));
        }
    }

    /** The keys of the highest counts, at most {@code n}; ties in the order of {@code name}, so every build agrees. */
    private static <K> List<K> strongest(Map<K, Integer> counts, int n, java.util.function.Function<K, String> name) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<K, Integer> e) -> -e.getValue())
                        .thenComparing(e -> name.apply(e.getKey())))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static List<Quad> list(java.util.Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
