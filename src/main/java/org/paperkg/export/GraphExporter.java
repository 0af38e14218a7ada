package org.paperkg.export;

import org.paperkg.store.KgStore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** A graph format: builds the requested {@link GraphView} from the store and writes it. */
abstract class GraphExporter implements Exporter {
    /** Fill colours by node type, shared by the DOT and yEd GraphML output. */
    static final Map<String, String> COLORS = Map.of(
            "paper", "#d9d9d9", "method", "#80b1d3", "dataset", "#fdb462",
            "metric", "#b3de69", "task", "#bc80bd", "result", "#ffffb3");

    @Override
    public final void export(KgStore store, OutputStream out) throws IOException {
        export(store, out, ExportOptions.DEFAULT);
    }

    @Override
    public final void export(KgStore store, OutputStream out, ExportOptions options) throws IOException {
        write(GraphViews.build(store, options), out);
    }

    abstract void write(GraphView view, OutputStream out) throws IOException;

    static String color(String type) {
        return COLORS.getOrDefault(type, "#ffffff");
    }

    /** The label shown on an edge: the weight in the weighted projections, else the relation. */
    static String edgeLabel(GraphView view, GraphView.Edge e) {
        return view.name().equals(GraphViews.FULL) || view.name().equals(GraphViews.PAPER_ENTITY)
                ? e.relation() : Integer.toString(e.weight());
    }
}
