package org.paperkg.export;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GEXF 1.2, Gephi's own format, written by JGraphT: node label and attributes type, papers, confidence,
 * iri; edge label (the relation, which JGraphT writes only with EXPORT_EDGE_LABELS), weight and relation.
 */
final class GexfExporter extends GraphExporter {
    @Override
    void write(GraphView view, OutputStream out) throws java.io.IOException {
        GEXFExporter<GraphView.Node, GraphView.Edge> gexf = new GEXFExporter<>(GraphView.Node::id, GraphView.Edge::id);
        gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        gexf.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
        gexf.registerAttribute("type", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        gexf.registerAttribute("papers", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        gexf.registerAttribute("confidence", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        gexf.registerAttribute("iri", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        gexf.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        gexf.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            a.put("type", DefaultAttribute.createAttribute(n.type()));
            a.put("papers", DefaultAttribute.createAttribute(n.papers()));
            if (n.confidence() != null) {
                a.put("confidence", DefaultAttribute.createAttribute(n.confidence()));
            }
            a.put("iri", DefaultAttribute.createAttribute(n.iri()));
            return a;
        });
        gexf.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(edgeLabel(view, e)));
            a.put("relation", DefaultAttribute.createAttribute(e.relation()));
            return a;
        });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        gexf.exportGraph(JGraphs.of(view), w);
        w.flush();
    }
}
