package org.paperkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.rdf.Iris;
import org.paperkg.vocab.PKG;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The summary graph: what the web pages and their canned queries would otherwise aggregate over every paper
 * graph at each request, kept as triples in one named graph of the store (no second database). It holds, for
 * each entity, the papers and results naming it ({@code pkg:paperCount}, {@code pkg:resultCount}), its
 * lower-cased names ({@code pkg:lookupKey}) and word prefixes ({@code pkg:searchPrefix},
 * {@code pkg:topSearchPrefix} for an entity named by ten papers or more, {@code pkg:rareSearchPrefix} for one named
 * by one paper) for search, and, for an entity named by several papers, its neighbourhood: the entities most often
 * mentioned with it and the links among them (see {@link CoMentions}); for an entity with more than a hundred
 * papers or results, the first hundred and one as its page lists them (see {@link FirstRows}); for each paper its
 * lower-cased title and title word prefixes ({@code pkg:titleSearchPrefix}); one {@code pkg:Leaderboard} node per
 * dataset and metric with claimed results and its
 * ranked rows at the store's board confidence ({@code pkg:boardResult}, see {@link BoardRows} and
 * {@link #boardConfidence}); and the store's counts
 * by type.
 *
 * <p>{@link #refresh} recomputes what a write touched, inside the writer's transaction (the build calls it
 * after each commit of paper graphs through {@link KgStore#replaceGraphs}); {@link #rebuild} recomputes all of
 * it, for a store written by other means (a bulk loader) or built before the summary existed.
 */
public final class SummaryGraphs {
    public static final String GRAPH_IRI = PKG.ID + "graph/summary";
    public static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);
    /** Changed whenever what the summary holds changes: a store with another version is summarized again. */
    public static final String VERSION = "9";
    /**
     * The leaderboards' lowest confidence when the model that built the store measured no high-precision tier
     * (the rules alone): of held-out results at 0.5 or above, about two in three are fully right.
     */
    public static final BigDecimal FALLBACK_BOARD_CONFIDENCE = new BigDecimal("0.5");
    private static final Node METADATA = NodeFactory.createURI(Iris.METADATA_GRAPH);
    /** Search looks a typed word up by its first characters: up to this many. */
    static final int PREFIX_LENGTH = 3;
    /**
     * Entities mentioned by at least this many papers are "frequent": they keep their co-mentions (the others,
     * most of them named by one paper, have their neighbours read from that paper when asked) and search finds
     * them from the first letter on (pkg:searchPrefix); the others and papers only from three letters on
     * (pkg:rareSearchPrefix, pkg:titleSearchPrefix), and only when the frequent entities give search fewer hits
     * than it shows.
     * queries/entity-neighbours.rq names the same number.
     */
    static final int FREQUENT_PAPERS = 2;
    /**
     * Entities mentioned by at least this many papers are found by search through their own prefixes
     * (pkg:topSearchPrefix), read before those of the other frequent entities: the few hundred that share a common
     * prefix ("con") are mostly entities two or three papers name, and the first 20 hits are mostly among these.
     */
    static final int TOP_PAPERS = 10;
    /**
     * A word of six letters or more is also kept by its first six in pkg:rareSearchPrefix and
     * pkg:titleSearchPrefix: a typed word that long is looked up by those, among far fewer papers than share its
     * first three ("imagen", not every "image").
     */
    static final int LONG_PREFIX_LENGTH = 6;
    private static final String BOARD_BASE = PKG.ID + "board/";
    private static final String COUNT_BASE = PKG.ID + "summary/count/";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node MENTIONS = PKG.mentions.asNode();
    private static final Node PAPER = PKG.Paper.asNode();
    private static final Node RESULT = PKG.ClaimedResult.asNode();
    private static final Node DATASET = PKG.Dataset.asNode();
    private static final Node RESULT_DATASET = PKG.dataset.asNode();
    private static final Node RESULT_METRIC = PKG.metric.asNode();
    private static final Node RESULT_METHOD = PKG.method.asNode();
    private static final Node REPORTS = PKG.reportsResult.asNode();
    private static final Node BROADER = SKOS.broader.asNode();
    private static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), PKG.key.asNode(), PKG.alias.asNode());
    private static final List<Node> COUNTED_ENTITY_TYPES = List.of(PKG.Method.asNode(), DATASET,
            PKG.Metric.asNode(), PKG.Task.asNode());

    private SummaryGraphs() {
    }

    /**
     * Recomputes the summary of these entities and papers (any that no longer exist lose theirs), the
     * leaderboards of the datasets among them, and the store counts. Call inside a write transaction, after the
     * paper graphs changed; pass the entities the changed papers mentioned before and after the change.
     */
    public static void refresh(DatasetGraph dsg, Collection<Node> entities, Collection<Node> papers) {
        BigDecimal boardConfidence = boardConfidence(dsg);
        for (Node entity : withFamilies(dsg, entities)) {
            summarizeEntity(dsg, entity, boardConfidence);
        }
        for (Node paper : new LinkedHashSet<>(papers)) {
            summarizePaper(dsg, paper);
        }
        writeCounts(dsg, boardConfidence);
    }

    /**
     * The entities and, transitively, their families (skos:broader): a paper that names ResNet-50 also writes the
     * description of the ResNet family it is narrower than, which no paper mentions itself but search finds.
     */
    private static Set<Node> withFamilies(DatasetGraph dsg, Collection<Node> entities) {
        Set<Node> out = new LinkedHashSet<>(entities);
        List<Node> todo = new ArrayList<>(out);
        while (!todo.isEmpty()) {
            Node entity = todo.remove(todo.size() - 1);
            dsg.find(FactsToRdf.ENTITIES, entity, BROADER, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI() && out.add(q.getObject())) {
                    todo.add(q.getObject());
                }
            });
        }
        return out;
    }

    /** Recomputes the whole summary graph. Call inside a write transaction. */
    public static void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(GRAPH);
        Set<Node> entities = new HashSet<>();
        dsg.find(FactsToRdf.ENTITIES, Node.ANY, TYPE, Node.ANY).forEachRemaining(q -> entities.add(q.getSubject()));
        Set<Node> papers = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, PAPER).forEachRemaining(q -> papers.add(q.getSubject()));
        refresh(dsg, entities, papers);
    }

    /**
     * True when the store's summary graph was made by this version of the summary, for the store's board confidence.
     * Call inside a transaction.
     */
    public static boolean isCurrent(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, PKG.summaryVersion.asNode(), NodeFactory.createLiteralString(VERSION))
                && dsg.contains(GRAPH, GRAPH, PKG.boardConfidence.asNode(), decimal(boardConfidence(dsg)));
    }

    /**
     * The lowest confidence of the leaderboard rows the summary keeps, which the canned leaderboard queries show by
     * default (their minConfidence "tier"): the high-precision tier of the model that built the store, as its
     * metadata graph records it (pkg:tierConfidence), or {@link #FALLBACK_BOARD_CONFIDENCE}. Call inside a transaction.
     */
    public static BigDecimal boardConfidence(DatasetGraph dsg) {
        var it = dsg.find(METADATA, METADATA, PKG.tierConfidence.asNode(), Node.ANY);
        return boardConfidence(it.hasNext() ? Optional.of(new BigDecimal(it.next().getObject().getLiteralLexicalForm()))
                : Optional.empty());
    }

    /** The leaderboards' default lowest confidence for a model with this tier (or none). */
    public static BigDecimal boardConfidence(Optional<BigDecimal> tier) {
        return tier.orElse(FALLBACK_BOARD_CONFIDENCE);
    }

    /** True when the store holds no paper yet (nothing to summarize). Call inside a transaction. */
    public static boolean isEmpty(DatasetGraph dsg) {
        return !dsg.find(Node.ANY, Node.ANY, TYPE, PAPER).hasNext();
    }

    private static final Set<Node> SUMMARY_PROPERTIES = Set.of(PKG.paperCount.asNode(), PKG.resultCount.asNode(),
            PKG.lookupKey.asNode(), PKG.searchPrefix.asNode(), PKG.coMention.asNode(), PKG.coEntity.asNode(),
            PKG.boardDataset.asNode(), PKG.boardMetric.asNode(), PKG.countOf.asNode(), PKG.count.asNode(),
            PKG.summaryVersion.asNode(), PKG.boardResult.asNode(), PKG.boardConfidence.asNode(),
            PKG.rareSearchPrefix.asNode(), PKG.titleSearchPrefix.asNode(), PKG.topSearchPrefix.asNode(),
            PKG.neighbourLink.asNode(), PKG.firstPaper.asNode(), PKG.firstResult.asNode());

    /**
     * True for a quad of the summary graph, also when it is read through the union graph: exports leave the
     * summary out (it is derived, and recomputed wherever the facts are loaded).
     */
    public static boolean isDerived(Quad quad) {
        return quad.getGraph().equals(GRAPH) || SUMMARY_PROPERTIES.contains(quad.getPredicate())
                || (quad.getPredicate().equals(TYPE) && quad.getObject().equals(PKG.Leaderboard.asNode()));
    }

    private static void summarizeEntity(DatasetGraph dsg, Node entity, BigDecimal boardConfidence) {
        CoMentions.delete(dsg, entity);
        dsg.deleteAny(GRAPH, entity, Node.ANY, Node.ANY);
        for (Quad q : list(dsg.find(GRAPH, Node.ANY, PKG.boardDataset.asNode(), entity))) {
            dsg.deleteAny(GRAPH, q.getSubject(), Node.ANY, Node.ANY);
        }
        List<Node> types = new ArrayList<>();
        dsg.find(FactsToRdf.ENTITIES, entity, TYPE, Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        if (types.isEmpty()) {
            return; // no paper mentions it any more
        }
        Set<Node> papers = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, MENTIONS, entity).forEachRemaining(q -> papers.add(q.getSubject()));
        Set<Node> results = new HashSet<>();
        for (Node p : List.of(RESULT_DATASET, RESULT_METRIC, RESULT_METHOD)) {
            dsg.find(Node.ANY, Node.ANY, p, entity).forEachRemaining(q -> results.add(q.getSubject()));
        }
        add(dsg, entity, PKG.paperCount.asNode(), integer(papers.size()));
        add(dsg, entity, PKG.resultCount.asNode(), integer(results.size()));
        FirstRows.write(dsg, entity, papers.size(), results.size());
        Set<String> keys = new LinkedHashSet<>();
        for (Node p : NAME_PROPERTIES) {
            dsg.find(FactsToRdf.ENTITIES, entity, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    keys.add(lookupKey(q.getObject().getLiteralLexicalForm()));
                }
            });
        }
        boolean frequent = papers.size() >= FREQUENT_PAPERS;
        Set<String> prefixes = new LinkedHashSet<>();
        for (String key : keys) {
            add(dsg, entity, PKG.lookupKey.asNode(), NodeFactory.createLiteralString(key));
            for (String word : words(key)) {
                for (int n = 1; frequent && n <= Math.min(PREFIX_LENGTH, word.length()); n++) {
                    prefixes.add(word.substring(0, n));
                }
                if (!frequent) {
                    prefixes.addAll(rarePrefixes(word));
                }
            }
        }
        Node prefixProperty = (papers.size() >= TOP_PAPERS ? PKG.topSearchPrefix
                : frequent ? PKG.searchPrefix : PKG.rareSearchPrefix).asNode();
        prefixes.forEach(pre -> add(dsg, entity, prefixProperty, NodeFactory.createLiteralString(pre)));
        if (frequent) {
            CoMentions.write(dsg, entity, papers);
        }
        if (types.contains(DATASET)) {
            writeBoards(dsg, entity, boardConfidence);
        }
    }

    /** One leaderboard node per metric that this dataset's claimed results are in. */
    private static void writeBoards(DatasetGraph dsg, Node dataset, BigDecimal boardConfidence) {
        Map<Node, Set<Node>> resultsByMetric = new HashMap<>();
        Map<Node, Set<Node>> papersByMetric = new HashMap<>();
        for (Quad q : list(dsg.find(Node.ANY, Node.ANY, RESULT_DATASET, dataset))) {
            Node result = q.getSubject();
            if (!dsg.contains(q.getGraph(), result, TYPE, RESULT)) {
                continue;
            }
            dsg.find(q.getGraph(), result, RESULT_METRIC, Node.ANY).forEachRemaining(m -> {
                resultsByMetric.computeIfAbsent(m.getObject(), k -> new HashSet<>()).add(result);
                dsg.find(q.getGraph(), Node.ANY, REPORTS, result).forEachRemaining(p ->
                        papersByMetric.computeIfAbsent(m.getObject(), k -> new HashSet<>()).add(p.getSubject()));
            });
        }
        resultsByMetric.forEach((metric, results) -> {
            Node board = boardOf(dataset, metric);
            add(dsg, board, TYPE, PKG.Leaderboard.asNode());
            add(dsg, board, PKG.boardDataset.asNode(), dataset);
            add(dsg, board, PKG.boardMetric.asNode(), metric);
            add(dsg, board, PKG.resultCount.asNode(), integer(results.size()));
            add(dsg, board, PKG.paperCount.asNode(), integer(papersByMetric.getOrDefault(metric, Set.of()).size()));
        });
        BoardRows.of(dsg, dataset, boardConfidence).forEach((metric, rows) -> {
            Node board = boardOf(dataset, metric);
            rows.forEach(result -> add(dsg, board, PKG.boardResult.asNode(), result));
        });
    }

    /** The leaderboard node of a dataset and metric: readable, and the same on every build. */
    static Node boardOf(Node dataset, Node metric) {
        return NodeFactory.createURI(BOARD_BASE + local(dataset) + "/" + local(metric));
    }

    /** The part of an IRI that names it within paperkg's, for the IRIs of summary nodes. */
    static String local(Node entity) {
        String iri = entity.getURI();
        return iri.startsWith(PKG.ID) ? iri.substring(PKG.ID.length()) : iri.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void summarizePaper(DatasetGraph dsg, Node paper) {
        dsg.deleteAny(GRAPH, paper, Node.ANY, Node.ANY);
        if (!dsg.find(Node.ANY, paper, TYPE, PAPER).hasNext()) {
            return;
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (Quad q : list(dsg.find(Node.ANY, paper, DCTerms.title.asNode(), Node.ANY))) {
            String key = lookupKey(q.getObject().getLiteralLexicalForm());
            add(dsg, paper, PKG.lookupKey.asNode(), NodeFactory.createLiteralString(key));
            for (String word : words(key)) {
                prefixes.addAll(rarePrefixes(word));
            }
        }
        prefixes.forEach(pre -> add(dsg, paper, PKG.titleSearchPrefix.asNode(), NodeFactory.createLiteralString(pre)));
    }

    private static void writeCounts(DatasetGraph dsg, BigDecimal boardConfidence) {
        dsg.deleteAny(GRAPH, GRAPH, Node.ANY, Node.ANY);
        add(dsg, GRAPH, PKG.summaryVersion.asNode(), NodeFactory.createLiteralString(VERSION));
        add(dsg, GRAPH, PKG.boardConfidence.asNode(), decimal(boardConfidence));
        count(dsg, PAPER, Node.ANY);
        for (Node type : COUNTED_ENTITY_TYPES) {
            count(dsg, type, FactsToRdf.ENTITIES);
        }
        count(dsg, RESULT, Node.ANY);
    }

    private static void count(DatasetGraph dsg, Node type, Node graph) {
        long n = 0;
        var it = dsg.find(graph, Node.ANY, TYPE, type);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        Node node = NodeFactory.createURI(COUNT_BASE + type.getLocalName());
        dsg.deleteAny(GRAPH, node, Node.ANY, Node.ANY);
        add(dsg, GRAPH, PKG.countOf.asNode(), node);
        add(dsg, node, PKG.countOf.asNode(), type);
        add(dsg, node, PKG.count.asNode(), integer(n));
    }

    /** The keys of a word in pkg:rareSearchPrefix: its first three letters (or all of it) and its first six. */
    private static List<String> rarePrefixes(String word) {
        List<String> out = new ArrayList<>(2);
        out.add(word.substring(0, Math.min(PREFIX_LENGTH, word.length())));
        if (word.length() >= LONG_PREFIX_LENGTH) {
            out.add(word.substring(0, LONG_PREFIX_LENGTH));
        }
        return out;
    }

    /** A name as search compares it: lower case, runs of white space as one space. */
    public static String lookupKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The words of a lower-cased name: runs of letters and digits. */
    static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The quads found, copied: a TDB2 iterator must not be open while the same transaction writes. */
    private static List<Quad> list(java.util.Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }
}
