package org.paperkg.build;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.SharedExtractor;
import org.paperkg.ingest.InputFormat;
import org.paperkg.store.KgStore;
import org.paperkg.validate.GraphValidator;
import org.paperkg.validate.Violation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds in-process with the shared extractor, and reads whole stores back for comparison. */
final class Stores {
    private Stores() {
    }

    static BuildReport build(Path loc, List<Path> files) {
        return build(loc, files, false);
    }

    static BuildReport build(Path loc, List<Path> files, boolean force) {
        return build(loc, files, force, SharedExtractor.standard(), BuildListener.SILENT);
    }

    static BuildReport build(Path loc, List<Path> files, boolean force, org.paperkg.extract.Extractor extractor,
                             BuildListener listener) {
        try (KgStore kg = KgStore.open(loc)) {
            return new GraphBuild(kg, extractor, new BuildOptions(false, force, 16, 2), listener)
                    .run(files, (InputFormat) null);
        }
    }

    /** Every quad of the store (paperkg writes no blank nodes, so set equality is isomorphism). */
    static Set<Quad> quads(Path loc) {
        KgStore kg = KgStore.open(loc);
        try {
            return Txn.calculateRead(kg.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                kg.dataset().asDatasetGraph().find().forEachRemaining(all::add);
                return all;
            });
        } finally {
            release(kg);
        }
    }

    /** Closes the store and drops it from TDB2's cache, so that another process can open it. */
    static void release(KgStore kg) {
        TDBInternal.expel(kg.dataset().asDatasetGraph());
    }

    /** The names of the paper graphs (not the shared entities graph, the summary graph nor the store's metadata graph). */
    static Set<String> graphNames(Set<Quad> quads) {
        return quads.stream().map(q -> q.getGraph().getURI())
                .filter(g -> !g.equals(org.paperkg.rdf.Iris.ENTITIES_GRAPH) && !g.equals(StoreMetadata.GRAPH)
                        && !g.equals(org.paperkg.store.SummaryGraphs.GRAPH_IRI))
                .collect(Collectors.toSet());
    }

    static List<Violation> violations(Path loc) {
        List<Violation> found = new ArrayList<>();
        KgStore kg = KgStore.open(loc);
        try {
            GraphValidator.bundled().validateStore(kg, found::add);
        } finally {
            release(kg);
        }
        return found;
    }
}
