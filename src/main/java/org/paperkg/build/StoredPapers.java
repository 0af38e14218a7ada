package org.paperkg.build;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.paperkg.ingest.KnownPapers;
import org.paperkg.model.PaperId;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

import java.util.Iterator;

/** The store's answer to "which stored paper has this identifier?", for ingest's identity decisions. */
final class StoredPapers implements KnownPapers {
    private final KgStore store;

    private StoredPapers(KgStore store) {
        this.store = store;
    }

    static KnownPapers of(KgStore store) {
        return new StoredPapers(store);
    }

    @Override
    public Known find(PaperId id) {
        var property = FactsToRdf.identifierProperty(id.scheme());
        if (property == null) {
            return null;
        }
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, property.asNode(), NodeFactory.createLiteralString(id.value()));
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.getGraph().equals(q.getSubject()) || !q.getSubject().isURI()) {
                    continue;
                }
                PaperId key = Iris.keyOf(q.getSubject().getURI());
                if (key != null) {
                    Node g = q.getGraph();
                    return new Known(key, integer(dsg, g, PKG.arxivVersion.asNode()), text(dsg, g, DCTerms.modified.asNode()));
                }
            }
            return null;
        });
    }

    private static Integer integer(DatasetGraph dsg, Node paper, Node property) {
        String v = text(dsg, paper, property);
        return v == null ? null : Integer.valueOf(v);
    }

    private static String text(DatasetGraph dsg, Node paper, Node property) {
        Iterator<Quad> it = dsg.find(paper, paper, property, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
