package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.FactsToRdf;

/**
 * Keeps one preferred label per entity in the shared entities graph: the first label an entity gets stays
 * its rdfs:label and skos:prefLabel; a different label from a later paper ("ResNet50" after "ResNet-50")
 * becomes a skos:altLabel. The Spark job applies it per entity, in input order, to give the labels a build gives.
 */
public final class OneLabelPerEntity extends StreamRDFWrapper {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();

    private final DatasetGraph dsg;

    /** Labels go to {@code sink}, checked against the labels already in {@code dsg} (which {@code sink} writes to). */
    public OneLabelPerEntity(StreamRDF sink, DatasetGraph dsg) {
        super(sink);
        this.dsg = dsg;
    }

    @Override
    public void quad(Quad q) {
        Node p = q.getPredicate();
        if (q.getGraph().equals(FactsToRdf.ENTITIES) && (p.equals(LABEL) || p.equals(PREF))) {
            Node s = q.getSubject();
            boolean labelled = dsg.find(FactsToRdf.ENTITIES, s, PREF, Node.ANY).hasNext();
            if (labelled && !dsg.contains(FactsToRdf.ENTITIES, s, PREF, q.getObject())) {
                super.quad(Quad.create(q.getGraph(), s, ALT, q.getObject()));
                return;
            }
        }
        super.quad(q);
    }
}
