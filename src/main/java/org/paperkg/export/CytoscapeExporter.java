package org.paperkg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape.js JSON ({@code cy.json()} / {@code cytoscape({elements})}):
 * {@code {"data":{...},"elements":{"nodes":[{"data":{id,label,type,papers,confidence,iri}}],
 * "edges":[{"data":{id,source,target,relation,weight}}]}}}, written with Jackson, one element a line.
 */
final class CytoscapeExporter extends GraphExporter {
    private final JsonFactory json = new JsonFactory();

    @Override
    void write(GraphView view, OutputStream out) throws IOException {
        JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.writeStartObject();
        g.writeObjectFieldStart("data");
        g.writeStringField("name", view.name());
        g.writeBooleanField("directed", view.directed());
        g.writeEndObject();
        g.writeObjectFieldStart("elements");
        g.writeArrayFieldStart("nodes");
        for (GraphView.Node n : view.nodes()) {
            g.writeRaw("\n");
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("id", n.id());
            g.writeStringField("label", n.label());
            g.writeStringField("type", n.type());
            g.writeNumberField("papers", n.papers());
            if (n.confidence() != null) {
                g.writeNumberField("confidence", n.confidence());
            }
            g.writeStringField("iri", n.iri());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("edges");
        for (GraphView.Edge e : view.edges()) {
            g.writeRaw("\n");
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("id", e.id());
            g.writeStringField("source", e.source());
            g.writeStringField("target", e.target());
            g.writeStringField("relation", e.relation());
            g.writeNumberField("weight", e.weight());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw("\n");
        g.flush();
    }
}
