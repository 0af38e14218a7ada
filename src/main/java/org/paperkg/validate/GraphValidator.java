package org.paperkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks paper graphs against the bundled SHACL shapes ({@code ontology/shapes.ttl}).
 * <p>
 * Each paper's named graph is closed under the shapes (it repeats the type, labels and key of every entity
 * it mentions), so the store is validated one paper graph at a time: the graph is copied into memory and
 * checked there. That streams (memory is one paper) and avoids validating the union graph through a view,
 * whose every lookup would go through the TDB2 indexes of the whole store.
 */
public final class GraphValidator {
    /** Classpath location of the shapes (the ontology folder is packaged into the jar). */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";
    private static final String SHAPES_NS = "https://w3id.org/paperkg/shapes#";
    private static final Node SH_PROPERTY = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

    private static volatile GraphValidator bundled;

    private final Graph shapesGraph;
    private final Shapes shapes;

    public GraphValidator(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The validator of the bundled shapes (parsed once per process). */
    public static GraphValidator bundled() {
        GraphValidator v = bundled;
        if (v == null) {
            synchronized (GraphValidator.class) {
                if (bundled == null) {
                    try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("shapes not found on the classpath: " + SHAPES_RESOURCE);
                        }
                        Graph g = GraphFactory.createDefaultGraph();
                        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                        bundled = new GraphValidator(g);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                v = bundled;
            }
        }
        return v;
    }

    /** The violations of one paper graph (in memory), empty when it conforms. */
    public List<Violation> validate(String paperIri, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (report.conforms()) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() != null && e.severity().level() != Severity.Violation.level()) {
                continue;
            }
            out.add(new Violation(paperIri, null, shapeName(e.source()), str(e.focusNode()),
                    e.resultPath() == null ? null : e.resultPath().toString(), e.message(),
                    e.value() == null ? null : str(e.value())));
        }
        return out;
    }

    /** What a store validation found. */
    public record StoreResult(long papers, long papersFailing, long violations) {
        public boolean conforms() {
            return violations == 0;
        }
    }

    /**
     * Validates every paper graph of the store, one at a time (read transaction per graph, so a long
     * validation does not hold one read transaction across the whole store), passing each violation on.
     */
    public StoreResult validateStore(KgStore store, Consumer<Violation> out) {
        List<Node> graphs = Txn.calculateRead(store.dataset(), () -> {
            List<Node> names = new ArrayList<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                // Not paper graphs: the shared entity descriptions, the derived summary and the store's metadata.
                if (!g.equals(org.paperkg.rdf.FactsToRdf.ENTITIES) && !g.equals(org.paperkg.store.SummaryGraphs.GRAPH)
                        && !(g.isURI() && g.getURI().equals(org.paperkg.build.StoreMetadata.GRAPH))) {
                    names.add(g);
                }
            });
            return names;
        });
        long failing = 0;
        long violations = 0;
        for (Node g : graphs) {
            Graph copy = Txn.calculateRead(store.dataset(), () -> copyOf(store.dataset().asDatasetGraph(), g));
            List<Violation> found = validate(g.isURI() ? g.getURI() : g.toString(), copy);
            if (!found.isEmpty()) {
                failing++;
                violations += found.size();
                found.forEach(out);
            }
        }
        return new StoreResult(graphs.size(), failing, violations);
    }

    /** A paper graph as the build validated it: its own triples and the descriptions of its entities. */
    private static Graph copyOf(DatasetGraph dsg, Node g) {
        Graph copy = GraphFactory.createGraphMem();
        Iterator<Triple> it = dsg.getGraph(g).find();
        it.forEachRemaining(copy::add);
        java.util.Set<Node> entities = new java.util.HashSet<>();
        copy.find().forEachRemaining(t -> {
            if (org.paperkg.rdf.Iris.isEntity(t.getObject())) {
                entities.add(t.getObject());
            }
        });
        for (Node e : entities) {
            dsg.find(org.paperkg.rdf.FactsToRdf.ENTITIES, e, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> copy.add(q.asTriple()));
        }
        return copy;
    }

    /** "ClaimedResultShape" for a named shape, "ClaimedResultShape/pkg:value" for one of its property shapes. */
    private String shapeName(Node source) {
        if (source == null) {
            return "shape";
        }
        if (source.isURI()) {
            return local(source.getURI());
        }
        Iterator<Triple> owners = shapesGraph.find(Node.ANY, SH_PROPERTY, source);
        String owner = owners.hasNext() ? local(owners.next().getSubject().getURI()) : "shape";
        Iterator<Triple> paths = shapesGraph.find(source, org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#path"), Node.ANY);
        if (paths.hasNext()) {
            Node p = paths.next().getObject();
            return owner + "/" + (p.isURI() ? prefixed(p.getURI()) : "(path)");
        }
        return owner;
    }

    private static String local(String uri) {
        return uri.startsWith(SHAPES_NS) ? uri.substring(SHAPES_NS.length()) : uri;
    }

    private static String prefixed(String uri) {
        if (uri.startsWith(PKG.NS)) {
            return "pkg:" + uri.substring(PKG.NS.length());
        }
        if (uri.startsWith(RDFS.uri)) {
            return "rdfs:" + uri.substring(RDFS.uri.length());
        }
        return "<" + uri + ">";
    }

    private static String str(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + (lex.length() > 60 ? lex.substring(0, 60) + "..." : lex) + "\"";
        }
        return n.toString();
    }
}
