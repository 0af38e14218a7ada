package org.paperkg.build;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

import java.util.Optional;

/**
 * Which software last built a store: paperkg's version, the extraction model and the NLP library. Kept in a small
 * named graph of its own ({@link #GRAPH}), replaced by every build. Deterministic on purpose (no time stamp), so
 * that two builds of the same input still give identical stores.
 */
public record StoreMetadata(String paperkgVersion, String model, String corenlpVersion, String jenaVersion) {
    /** The named graph that holds the metadata; one subject, the graph itself. */
    public static final String GRAPH = PKG.ID + "graph/metadata";

    private static final Node G = NodeFactory.createURI(GRAPH);
    private static final Node PAPERKG_VERSION = NodeFactory.createURI(PKG.NS + "paperkgVersion");
    private static final Node MODEL = NodeFactory.createURI(PKG.NS + "extractionModel");
    private static final Node CORENLP_VERSION = NodeFactory.createURI(PKG.NS + "corenlpVersion");
    private static final Node JENA_VERSION = NodeFactory.createURI(PKG.NS + "jenaVersion");

    /** This process's versions, with the given extraction model. */
    public static StoreMetadata current(String model) {
        return new StoreMetadata(Provenance.paperkgVersion(), model, Provenance.corenlpVersion(), Provenance.jenaVersion());
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
                    value(dsg, JENA_VERSION)));
        });
    }

    private static String value(DatasetGraph dsg, Node property) {
        var it = dsg.find(G, G, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** One line for people, as {@code stats} and {@code build} print it. */
    public String describe() {
        return String.format("built by:  paperkg %s, model %s, Stanford CoreNLP %s, Apache Jena %s%n",
                paperkgVersion, model, corenlpVersion, jenaVersion);
    }
}
