package org.paperkg.export;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena nodes, triples and quads to RDF4J values and statements, term by term. */
final class JenaToRdf4j {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private JenaToRdf4j() {
    }

    static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(blankId(n.getBlankNodeLabel()));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
                return VF.createLiteral(n.getLiteralLexicalForm());
            }
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(dt));
        }
        throw new IllegalArgumentException("cannot export RDF term " + n);
    }

    static Resource resource(Node n) {
        Value v = value(n);
        if (v instanceof Resource r) {
            return r;
        }
        throw new IllegalArgumentException("not a subject or graph name: " + n);
    }

    static IRI iri(Node n) {
        if (!n.isURI()) {
            throw new IllegalArgumentException("not an IRI: " + n);
        }
        return VF.createIRI(n.getURI());
    }

    /** The quad as a statement; a quad of the default graph gets no context. */
    static Statement statement(Quad q, boolean keepGraph) {
        Resource ctx = keepGraph && !q.isDefaultGraph() && !q.isUnionGraph() ? resource(q.getGraph()) : null;
        return VF.createStatement(resource(q.getSubject()), iri(q.getPredicate()), value(q.getObject()), ctx);
    }

    /** Jena's blank node labels may hold characters Rio's writers reject: keep letters and digits only. */
    private static String blankId(String label) {
        StringBuilder b = new StringBuilder("b");
        for (char c : label.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 ? c : 'x');
        }
        return b.toString();
    }
}
