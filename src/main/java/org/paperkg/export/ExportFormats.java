package org.paperkg.export;

import org.eclipse.rdf4j.rio.RDFFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one registry of export formats: formats are data, and the CLI lists whatever is registered here. */
public final class ExportFormats {
    private static final Map<String, ExportFormat> FORMATS = new LinkedHashMap<>();

    static {
        register(new ExportFormat("jsonl", "jsonl",
                "one JSON record per paper (shared/eval/FORMAT.md)", new JsonLinesExporter()));
        // RDF, written by RDF4J Rio while streaming the store's quads.
        register(new ExportFormat("turtle", "ttl",
                "RDF Turtle: the union of the paper graphs (distinct triples)", new RdfExporter(RDFFormat.TURTLE, false)));
        register(new ExportFormat("trig", "trig",
                "RDF TriG: one named graph per paper", new RdfExporter(RDFFormat.TRIG, true)));
        register(new ExportFormat("nquads", "nq",
                "RDF N-Quads: one named graph per paper", new RdfExporter(RDFFormat.NQUADS, true)));
        register(new ExportFormat("jsonld", "jsonld",
                "RDF JSON-LD: the union of the paper graphs (distinct triples)", new RdfExporter(RDFFormat.JSONLD, false)));
        register(new ExportFormat("rdfxml", "rdf",
                "RDF/XML: the union of the paper graphs (distinct triples)", new RdfExporter(RDFFormat.RDFXML, false)));
        // Property graphs of a view (--view, --types, --min-support).
        register(new ExportFormat("graphml", "graphml",
                "GraphML for Gephi, Cytoscape, yEd (node labels), networkx", new GraphMlExporter()));
        register(new ExportFormat("gexf", "gexf", "GEXF 1.2 for Gephi", new GexfExporter()));
        register(new ExportFormat("dot", "dot", "Graphviz DOT (pipe to dot -Tsvg)", new DotExporter()));
        register(new ExportFormat("cytoscape", "json",
                "Cytoscape.js JSON (elements.nodes[].data, elements.edges[].data)", new CytoscapeExporter()));
        register(new ExportFormat("csv", "",
                "nodes.csv, edges.csv for neo4j-admin import, in the --out folder", new Neo4jCsvExporter()));
    }

    private ExportFormats() {
    }

    private static void register(ExportFormat f) {
        FORMATS.put(f.name(), f);
    }

    public static ExportFormat byName(String name) {
        ExportFormat f = FORMATS.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; use one of " + String.join(", ", names()));
        }
        return f;
    }

    /** All registered formats, in registration order. */
    public static List<ExportFormat> all() {
        return List.copyOf(FORMATS.values());
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }
}
