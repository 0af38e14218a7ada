package org.paperkg.export;

import java.util.Set;

/**
 * What a graph export shows: the view (see {@link GraphViews}), the node types kept (empty: all) and the
 * minimum number of papers an entity node needs. RDF and JSON-lines exports ignore these.
 */
public record ExportOptions(String view, Set<String> types, int minSupport) {
    public static final ExportOptions DEFAULT = new ExportOptions(GraphViews.FULL, Set.of(), 1);

    public ExportOptions {
        view = view == null ? GraphViews.FULL : view;
        types = types == null ? Set.of() : Set.copyOf(types);
        if (minSupport < 0) {
            throw new IllegalArgumentException("--min-support must be 0 or more, not " + minSupport);
        }
    }
}
