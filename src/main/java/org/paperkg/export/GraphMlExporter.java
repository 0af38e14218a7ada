package org.paperkg.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * GraphML for Gephi, Cytoscape, yEd and networkx. Node data: label, type, papers, confidence, iri; edge
 * data: relation, weight. Each node also carries yEd's {@code y:ShapeNode} graphics (label, colour by
 * type), which is how yEd shows labels without any mapping step. Written with the JDK's
 * {@link XMLStreamWriter}, since JGraphT's GraphML exporter can write neither yEd's nested graphics nor a
 * node {@code label} key next to an edge key of the same name.
 */
final class GraphMlExporter extends GraphExporter {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String Y = "http://www.yworks.com/xml/graphml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    void write(GraphView view, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(GRAPHML);
            x.writeNamespace("xsi", XSI);
            x.writeNamespace("y", Y);
            x.writeAttribute(XSI, "schemaLocation",
                    GRAPHML + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
            x.writeCharacters("\n");
            key(x, "label", "node", "label", "string");
            key(x, "type", "node", "type", "string");
            key(x, "papers", "node", "papers", "int");
            key(x, "confidence", "node", "confidence", "double");
            key(x, "iri", "node", "iri", "string");
            key(x, "relation", "edge", "relation", "string");
            key(x, "weight", "edge", "weight", "int");
            x.writeEmptyElement("key");
            x.writeAttribute("id", "yed");
            x.writeAttribute("for", "node");
            x.writeAttribute("yfiles.type", "nodegraphics");
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("id", view.name());
            x.writeAttribute("edgedefault", view.directed() ? "directed" : "undirected");
            x.writeCharacters("\n");
            for (GraphView.Node n : view.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.id());
                data(x, "label", n.label());
                data(x, "type", n.type());
                data(x, "papers", Integer.toString(n.papers()));
                if (n.confidence() != null) {
                    data(x, "confidence", n.confidence().toString());
                }
                data(x, "iri", n.iri());
                yedGraphics(x, n);
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (GraphView.Edge e : view.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                data(x, "relation", e.relation());
                data(x, "weight", Integer.toString(e.weight()));
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML", e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String on, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    /** yEd's own node graphics: a rounded box sized to the label, coloured by type, with the label. */
    private static void yedGraphics(XMLStreamWriter x, GraphView.Node n) throws XMLStreamException {
        String label = n.label().length() > 60 ? n.label().substring(0, 57) + "..." : n.label();
        x.writeStartElement("data");
        x.writeAttribute("key", "yed");
        x.writeStartElement(Y, "ShapeNode");
        x.writeEmptyElement(Y, "Geometry");
        x.writeAttribute("height", "30.0");
        x.writeAttribute("width", Double.toString(Math.max(40, 7.0 * label.length() + 16)));
        x.writeAttribute("x", "0.0");
        x.writeAttribute("y", "0.0");
        x.writeEmptyElement(Y, "Fill");
        x.writeAttribute("color", color(n.type()).toUpperCase(java.util.Locale.ROOT));
        x.writeAttribute("transparent", "false");
        x.writeStartElement(Y, "NodeLabel");
        x.writeCharacters(label);
        x.writeEndElement();
        x.writeEmptyElement(Y, "Shape");
        x.writeAttribute("type", n.type().equals("paper") ? "rectangle" : "roundrectangle");
        x.writeEndElement();
        x.writeEndElement();
    }
}
