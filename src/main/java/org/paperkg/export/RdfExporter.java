package org.paperkg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.SCHEMA;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store as RDF, written by an RDF4J Rio writer while the store's quads are read in one read
 * transaction, one at a time, so memory stays bounded (Rio's Turtle writer keeps a small buffer for pretty
 * printing; its JSON-LD writer, like any JSON-LD writer, holds the whole graph before writing).
 *
 * <p>Formats with named graphs (TriG, N-Quads) keep each paper's graph. The others get the union
 * graph: the distinct triples of all paper graphs (an entity described in many papers is written once).
 */
final class RdfExporter implements Exporter {
    /** The prefixes set on every writer, for readable output. */
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("pkg", PKG.NS);
        PREFIXES.put("dcterms", DCTerms.NS);
        PREFIXES.put("skos", SKOS.uri);
        PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
        PREFIXES.put("schema", SCHEMA.NS);
        PREFIXES.put("xsd", XSD.NS);
        PREFIXES.put("rdfs", RDFS.uri);
    }

    private final RDFFormat format;
    private final boolean namedGraphs;

    RdfExporter(RDFFormat format, boolean namedGraphs) {
        this.format = format;
        this.namedGraphs = namedGraphs;
    }

    @Override
    public void export(KgStore store, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format, out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format.equals(RDFFormat.JSONLD)) {
            // Compact form: the prefixes below become the @context, so keys read "dcterms:title".
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        Txn.executeRead(store.dataset(), () -> {
            writer.startRDF();
            PREFIXES.forEach(writer::handleNamespace);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            // TDB2's union graph yields each triple once, in index order (no set held in memory).
            Node graph = namedGraphs ? Node.ANY : Quad.unionGraph;
            Iterator<Quad> quads = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                // the summary graph is derived data for the web pages, recomputed from the rest on any load
                if (!org.paperkg.store.SummaryGraphs.isDerived(quad)) {
                    writer.handleStatement(JenaToRdf4j.statement(quad, namedGraphs));
                }
            }
            writer.endRDF();
        });
    }
}
