package org.paperkg.export;

import org.paperkg.store.KgStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code nodes.csv} and {@code edges.csv} in a folder, with the headers of Neo4j's
 * {@code neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv}:
 * {@code id:ID,label,:LABEL,type,papers:int,confidence:double,iri} and
 * {@code :START_ID,:END_ID,:TYPE,relation,weight:int}. {@code :LABEL} is the capitalised node type
 * (Paper, Method, ...), {@code :TYPE} the relation in Neo4j's upper snake case (COMPARES_WITH). Fields are
 * quoted as RFC 4180 and Neo4j's importer expect (quotes doubled), rows sorted by id.
 */
final class Neo4jCsvExporter extends GraphExporter implements DirectoryExporter {
    static final String NODES = "nodes.csv";
    static final String EDGES = "edges.csv";

    @Override
    public void exportTo(KgStore store, Path dir, ExportOptions options) throws IOException {
        GraphView view = GraphViews.build(store, options);
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve(NODES), StandardCharsets.UTF_8)) {
            writeNodes(view, w);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(EDGES), StandardCharsets.UTF_8)) {
            writeEdges(view, w);
        }
    }

    /** To a stream (no folder): the node file, a blank line, then the edge file. */
    @Override
    void write(GraphView view, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeNodes(view, w);
        w.write("\n");
        writeEdges(view, w);
        w.flush();
    }

    static void writeNodes(GraphView view, Writer w) throws IOException {
        w.write("id:ID,label,:LABEL,type,papers:int,confidence:double,iri\n");
        for (GraphView.Node n : view.nodes()) {
            row(w, n.id(), n.label(), capitalized(n.type()), n.type(), Integer.toString(n.papers()),
                    n.confidence() == null ? "" : n.confidence().toString(), n.iri());
        }
    }

    static void writeEdges(GraphView view, Writer w) throws IOException {
        w.write(":START_ID,:END_ID,:TYPE,relation,weight:int\n");
        for (GraphView.Edge e : view.edges()) {
            row(w, e.source(), e.target(), upperSnake(e.relation()), e.relation(), Integer.toString(e.weight()));
        }
    }

    private static void row(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields[i]));
        }
        w.write('\n');
    }

    /** Quotes a field when it holds a comma, quote or line break; line breaks become spaces. */
    static String field(String s) {
        String v = s.replace('\n', ' ').replace('\r', ' ');
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf(';') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String capitalized(String type) {
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }

    static String upperSnake(String relation) {
        return relation.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
