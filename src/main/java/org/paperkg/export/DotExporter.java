package org.paperkg.export;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graphviz DOT, written by JGraphT: quoted ids, node label, filled colour by type, the attributes type,
 * papers, confidence; edges labelled by relation (full, paper-entity) or by a weight above 1 (projections,
 * which get Graphviz's neato spring layout), with a pen width growing with the weight. JGraphT escapes double quotes but not backslashes, so backslashes are
 * doubled here.
 */
final class DotExporter extends GraphExporter {
    @Override
    void write(GraphView view, OutputStream out) throws java.io.IOException {
        DOTExporter<GraphView.Node, GraphView.Edge> dot = new DOTExporter<>(n -> quote(n.id()));
        dot.setGraphIdProvider(() -> quote(view.name()));
        dot.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            if (weighted(view)) {
                // A projection is a dense bipartite or co-occurrence graph: a spring layout reads better.
                a.put("layout", DefaultAttribute.createAttribute("neato"));
                a.put("sep", DefaultAttribute.createAttribute("\"+6\""));
                a.put("splines", DefaultAttribute.createAttribute("true"));
            } else {
                a.put("rankdir", DefaultAttribute.createAttribute("LR"));
            }
            a.put("overlap", DefaultAttribute.createAttribute("false"));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return a;
        });
        dot.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(escape(n.label())));
            a.put("shape", DefaultAttribute.createAttribute(n.type().equals("paper") ? "note" : "box"));
            a.put("style", DefaultAttribute.createAttribute("filled,rounded"));
            a.put("fillcolor", DefaultAttribute.createAttribute(color(n.type())));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            a.put("type", DefaultAttribute.createAttribute(n.type()));
            a.put("papers", DefaultAttribute.createAttribute(n.papers()));
            if (n.confidence() != null) {
                a.put("confidence", DefaultAttribute.createAttribute(n.confidence()));
            }
            return a;
        });
        dot.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            if (!weighted(view) || e.weight() > 1) {
                a.put("label", DefaultAttribute.createAttribute(escape(edgeLabel(view, e))));
            }
            a.put("relation", DefaultAttribute.createAttribute(e.relation()));
            a.put("weight", DefaultAttribute.createAttribute(e.weight()));
            a.put("penwidth", DefaultAttribute.createAttribute(String.format(java.util.Locale.ROOT, "%.1f", Math.min(1 + Math.log(e.weight()) * 1.5, 6.0))));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return a;
        });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        dot.exportGraph(JGraphs.of(view), w);
        w.flush();
    }

    private static boolean weighted(GraphView view) {
        return view.name().equals(GraphViews.METHOD_DATASET) || view.name().equals(GraphViews.METHOD_COOCCURRENCE);
    }

    /** A DOT quoted id (DOT treats a quoted string as an id, whatever its characters). */
    static String quote(String s) {
        return "\"" + escape(s).replace("\"", "\\\"") + "\"";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", " ").replace("\r", " ");
    }
}
