package org.paperkg.build;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KgStore;
import org.paperkg.store.SummaryGraphs;
import org.paperkg.vocab.PKG;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Which software last built a store: paperkg's version, the extraction model and the NLP library, and the model's
 * high-precision tier ({@code pkg:tierConfidence}: the leaderboards' default lowest confidence, see
 * {@link org.paperkg.store.SummaryGraphs#boardConfidence}). Kept in a small named graph of its own ({@link #GRAPH}),
 * replaced by every build. Deterministic on purpose (no time stamp), so that two builds of the same input still
 * give identical stores.
 *
 * @param tierConfidence the model's tier, or empty when it has none (the rules alone, or no confidence reached it)
 */
public record StoreMetadata(String paperkgVersion, String model, String corenlpVersion, String jenaVersion,
                            Optional<BigDecimal> tierConfidence) {
    /** The named graph that holds the metadata; one subject, the graph itself. */
    public static final String GRAPH = Iris.METADATA_GRAPH;

    private static final Node G = NodeFactory.createURI(GRAPH);
    private static final Node PAPERKG_VERSION = NodeFactory.createURI(PKG.NS + "paperkgVersion");
    private static final Node MODEL = NodeFactory.createURI(PKG.NS + "extractionModel");
    private static final Node CORENLP_VERSION = NodeFactory.createURI(PKG.NS + "corenlpVersion");
    private static final Node JENA_VERSION = NodeFactory.createURI(PKG.NS + "jenaVersion");
    private static final Node TIER = PKG.tierConfidence.asNode();

    /** This process's versions, with the given extractor's model and tier. */
    public static StoreMetadata current(Extractor extractor) {
        return new StoreMetadata(Provenance.paperkgVersion(), extractor.modelName(), Provenance.corenlpVersion(),
                Provenance.jenaVersion(), extractor.tierConfidence());
    }

    /**
     * The extractor that built the store, as its papers' {@code pkg:extractedBy} says it: paperkg (its rules and
     * lexicons), model and tokenizer. The tier and Jena do not change a paper's facts.
     */
    public String extractedBy() {
        return Provenance.extractor(paperkgVersion, model, corenlpVersion);
    }

    /** Replaces the store's metadata graph with this one, in one write transaction. */
    public void writeTo(KgStore store) {
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.removeGraph(G);
            add(dsg, PAPERKG_VERSION, paperkgVersion);
            add(dsg, MODEL, model);
            add(dsg, CORENLP_VERSION, corenlpVersion);
            add(dsg, JENA_VERSION, jenaVersion);
            tierConfidence.ifPresent(t -> dsg.add(Quad.create(G, G, TIER,
                    NodeFactory.createLiteralDT(t.toPlainString(), XSDDatatype.XSDdecimal))));
        });
    }

    private static void add(DatasetGraph dsg, Node property, String value) {
        dsg.add(Quad.create(G, G, property, NodeFactory.createLiteralString(value)));
    }

    /** The metadata of a store, or empty for a store built before paperkg wrote any. */
    public static Optional<StoreMetadata> readFrom(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            String version = value(dsg, PAPERKG_VERSION);
            if (version == null) {
                return Optional.empty();
            }
            return Optional.of(new StoreMetadata(version, value(dsg, MODEL), value(dsg, CORENLP_VERSION),
                    value(dsg, JENA_VERSION), Optional.ofNullable(value(dsg, TIER)).map(BigDecimal::new)));
        });
    }

    private static String value(DatasetGraph dsg, Node property) {
        var it = dsg.find(G, G, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Label of the papers stored without {@code pkg:extractedBy} (by a paperkg older than it). */
    public static final String NOT_RECORDED = "not recorded";

    /**
     * How many papers each extractor wrote ({@code pkg:extractedBy}), most first, with {@link #NOT_RECORDED} for
     * papers without one: more than one entry means the store mixes the facts of several models or releases.
     */
    public static java.util.LinkedHashMap<String, Long> paperExtractors(KgStore store) {
        String query = "PREFIX pkg: <" + PKG.NS + ">\n"
                + "SELECT ?by (COUNT(?p) AS ?n) { ?p a pkg:Paper OPTIONAL { ?p pkg:extractedBy ?by } }"
                + " GROUP BY ?by ORDER BY DESC(?n) ?by";
        return Txn.calculateRead(store.dataset(), () -> {
            java.util.LinkedHashMap<String, Long> out = new java.util.LinkedHashMap<>();
            try (var exec = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> out.put(
                        row.contains("by") ? row.getLiteral("by").getLexicalForm() : NOT_RECORDED,
                        row.getLiteral("n").getLong()));
            }
            return out;
        });
    }

    /** One line for people, as {@code stats} and {@code build} print it. */
    public String describe() {
        return String.format("built by:  paperkg %s, model %s, Stanford CoreNLP %s, Apache Jena %s%n"
                        + "leaderboards by default: results at confidence %s or above (%s)%n",
                paperkgVersion, model, corenlpVersion, jenaVersion,
                SummaryGraphs.boardConfidence(tierConfidence).toPlainString(),
                tierConfidence.isPresent() ? "the model's high-precision tier" : "the model measured no high-precision tier");
    }
}
