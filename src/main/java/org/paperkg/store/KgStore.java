package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.DatasetFactory;
import org.paperkg.model.PaperFacts;
import org.paperkg.rdf.FactsToRdf;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A paperkg graph: a TDB2 dataset on disk (or in memory, for {@code extract}). Each paper's facts live in
 * a named graph of its own; writing a paper drops that graph first, so a re-ingested paper replaces its
 * facts. Entity descriptions live in one shared graph and go when no paper mentions the entity any more.
 * Queries see the union of all graphs as the default graph.
 */
public final class KgStore implements AutoCloseable {
    private static final Node MENTIONS = org.paperkg.vocab.PKG.mentions.asNode();
    private static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.type.asNode();
    private static final Node PAPER = org.paperkg.vocab.PKG.Paper.asNode();

    private final Dataset dataset;
    private final String location;

    private KgStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** TDB2 settings for the stores this process opens; null: TDB2's defaults (memory-mapped files). */
    private static volatile StoreParams storeParams;

    /**
     * Chooses how TDB2 reaches its files, before any store is opened: "mapped" (memory-mapped, the
     * default: resident memory grows with the store, as the OS maps its blocks) or "direct" (block caches of
     * a fixed number of blocks in the Java heap: resident memory stays bounded however large the store grows,
     * at some cost in speed).
     */
    public static void useFileMode(String mode) {
        FileMode wanted = switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "mapped" -> FileMode.mapped;
            case "direct" -> FileMode.direct;
            default -> throw new IllegalArgumentException("unknown file mode '" + mode + "'; use mapped or direct");
        };
        // The B+tree indexes take their file mode from dboe's SystemIndex, not from StoreParams, and it can be
        // set only before its first use (mapped is its default).
        if (wanted == FileMode.direct) {
            org.apache.jena.dboe.sys.SystemIndex.setFileMode(FileMode.direct);
        }
        if (org.apache.jena.dboe.sys.SystemIndex.fileMode() != wanted) {
            throw new IllegalStateException("TDB2 already uses " + fileMode() + " files in this process; the file mode"
                    + " can be chosen only before the first store is opened");
        }
        storeParams = wanted == FileMode.mapped ? null : StoreParamsBuilder.create()
                .fileMode(FileMode.direct)
                // the node caches live in the heap too; bounded so that they leave room for CoreNLP
                // (the B+tree block caches are SystemIndex's: 10,000 read and 2,000 write blocks a file)
                .node2NodeIdCacheSize(DIRECT_NODE_CACHE)
                .nodeId2NodeCacheSize(DIRECT_NODE_CACHE)
                .build();
    }

    /** How this process reaches TDB2's index files: "mapped" or "direct". */
    public static String fileMode() {
        return org.apache.jena.dboe.sys.SystemIndex.fileMode().name();
    }

    private static final int DIRECT_NODE_CACHE = 100_000;

    /** Opens (creating if needed) the TDB2 store in {@code dir}. */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            createWhole(dir);
            StoreParams params = storeParams;
            Dataset dataset = params == null
                    ? TDB2Factory.connectDataset(dir.toString())
                    : DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir), params));
            return new KgStore(dataset, dir.toString());
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreLockedException(dir.toString(), e);
            }
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create store directory " + dir, e);
        }
    }

    private static final String STAGING = ".paperkg-creating-";

    /**
     * Makes a new store in a staging folder inside {@code dir} and moves its files into place, the data folder
     * last: a build killed while TDB2 creates its index files (they are made one by one) would otherwise leave
     * files without their first block, which TDB2 takes for an existing, broken store.
     */
    private static void createWhole(Path dir) throws java.io.IOException {
        if (hasDataDir(dir)) {
            return;
        }
        try (var s = Files.list(dir)) {
            for (Path stale : s.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList()) {
                long pid = Long.parseLong(stale.getFileName().toString().substring(STAGING.length()));
                if (ProcessHandle.of(pid).isEmpty()) {
                    deleteTree(stale); // left by a process killed while it created the store
                }
            }
        } catch (NumberFormatException e) {
            // not ours
        }
        Path staging = dir.resolve(STAGING + ProcessHandle.current().pid());
        deleteTree(staging);
        DatasetGraph created = storeParams == null
                ? DatabaseMgr.connectDatasetGraph(Location.create(staging))
                : DatabaseMgr.connectDatasetGraph(Location.create(staging), storeParams);
        org.apache.jena.tdb2.sys.TDBInternal.expel(created);
        List<Path> entries;
        try (var s = Files.list(staging)) {
            entries = s.filter(p -> !p.getFileName().toString().equals("tdb.lock"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString().startsWith("Data-")))
                    .toList();
        }
        if (!hasDataDir(dir)) {
            for (Path entry : entries) {
                Files.move(entry, dir.resolve(entry.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteTree(staging);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Opens an existing store, failing clearly when {@code dir} holds none. */
    public static KgStore openExisting(Path dir) {
        if (!hasDataDir(dir)) {
            throw new NoStoreException(dir.toString());
        }
        return open(dir);
    }

    /** An in-memory TDB2 store (same union-graph behaviour as on disk), for extraction without a store. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset(), "memory");
    }

    private static boolean hasDataDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("lock") || m.contains("Lock"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one paper's write puts in the store: its quads, already in their graphs (its own named graph
     * {@code iri} and the shared entities graph), as {@link FactsToRdf} streams them.
     *
     * @param replace true: the paper's graph is dropped first (a new or re-extracted paper); false: the quads
     *                are added to it (identifiers from another source's record of the same paper)
     */
    public record PaperGraph(String iri, List<Quad> quads, boolean replace) {
        /** The quads of a paper written whole, replacing what the store held for it. */
        public static PaperGraph replacing(String iri, List<Quad> quads) {
            return new PaperGraph(iri, quads, true);
        }

        /** All its triples in one graph, whatever their named graph: what the build validates. */
        public Graph graph() {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            quads.forEach(q -> g.add(q.asTriple()));
            return g;
        }
    }

    /** Replaces the named graphs of these papers with their facts, in one write transaction. */
    public void replace(List<PaperFacts> batch) {
        List<PaperGraph> graphs = new ArrayList<>(batch.size());
        for (PaperFacts facts : batch) {
            String iri = FactsToRdf.graphOf(facts.paper());
            graphs.add(PaperGraph.replacing(iri, FactsToRdf.toQuads(facts, iri)));
        }
        replaceGraphs(graphs);
    }

    /**
     * Writes these papers, in one write transaction: either all of the batch is stored or, after a crash,
     * none of it (TDB2 recovers the last committed state from its journal).
     */
    public void replaceGraphs(List<PaperGraph> batch) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            StreamRDF sink = new OneLabelPerEntity(StreamRDFLib.dataset(dsg), dsg);
            java.util.Set<Node> mentionedBefore = new java.util.HashSet<>();
            // what the summary graph must recompute: the papers and entities before and after the change
            java.util.Set<Node> touchedEntities = new java.util.HashSet<>();
            java.util.Set<Node> touchedPapers = new java.util.HashSet<>();
            for (PaperGraph pg : batch) {
                if (pg.replace()) {
                    Node g = NodeFactory.createURI(pg.iri());
                    dsg.find(g, g, MENTIONS, Node.ANY).forEachRemaining(q -> mentionedBefore.add(q.getObject()));
                    dsg.find(g, Node.ANY, MENTIONS, Node.ANY).forEachRemaining(q -> touchedEntities.add(q.getObject()));
                    dsg.find(g, Node.ANY, RDF_TYPE, PAPER).forEachRemaining(q -> touchedPapers.add(q.getSubject()));
                    dsg.removeGraph(g);
                }
                pg.quads().forEach(q -> {
                    if (q.getPredicate().equals(MENTIONS)) {
                        touchedEntities.add(q.getObject());
                    } else if (q.getPredicate().equals(RDF_TYPE) && q.getObject().equals(PAPER)) {
                        touchedPapers.add(q.getSubject());
                    }
                    sink.quad(q);
                });
            }
            // An entity that no paper mentions any more loses its description too.
            for (Node entity : mentionedBefore) {
                if (!dsg.find(Node.ANY, Node.ANY, MENTIONS, entity).hasNext()) {
                    dsg.deleteAny(FactsToRdf.ENTITIES, entity, Node.ANY, Node.ANY);
                }
            }
            SummaryGraphs.refresh(dsg, touchedEntities, touchedPapers);
        });
    }

    /**
     * Recomputes the summary graph ({@link SummaryGraphs}) in one write transaction unless it is already current;
     * for stores written by other means than {@link #replaceGraphs} (a bulk loader) or built before the summary
     * existed. Returns true when it recomputed.
     */
    public boolean ensureSummary() {
        if (!summaryIsStale()) {
            return false;
        }
        rebuildSummary();
        return true;
    }

    /**
     * True when the store holds papers and its summary graph was made by another version of the summary or for
     * another board confidence (a model with another tier): {@link #ensureSummary} would recompute it.
     */
    public boolean summaryIsStale() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return !Txn.calculateRead(dataset, () -> SummaryGraphs.isCurrent(dsg) || SummaryGraphs.isEmpty(dsg));
    }

    /** Recomputes the summary graph whole, in one write transaction: after writes that bypass {@link #replaceGraphs}. */
    public void rebuildSummary() {
        Txn.executeWrite(dataset, () -> SummaryGraphs.rebuild(dataset.asDatasetGraph()));
    }

    /** True when the store already holds this paper with exactly this title and abstract. */
    public boolean containsUnchanged(org.paperkg.model.Paper paper) {
        return containsUnchanged(paper, FactsToRdf.graphOf(paper), null);
    }

    /**
     * True when the named graph {@code iri} holds this paper with exactly this title and abstract, extracted by
     * {@code extractedBy} (its {@code pkg:extractedBy}; null: by anything): a build may then skip it.
     */
    public boolean containsUnchanged(org.paperkg.model.Paper paper, String iri, String extractedBy) {
        return Txn.calculateRead(dataset, () -> {
            Node g = NodeFactory.createURI(iri);
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node abs = NodeFactory.createLiteralString(paper.abstractText());
            Node title = NodeFactory.createLiteralString(paper.title());
            return dsg.contains(g, g, DCTerms.abstract_.asNode(), abs)
                    && dsg.contains(g, g, DCTerms.title.asNode(), title)
                    && (extractedBy == null || dsg.contains(g, g, org.paperkg.vocab.PKG.extractedBy.asNode(),
                    NodeFactory.createLiteralString(extractedBy)));
        });
    }

    /** The Jena dataset, for queries and exports; use it inside a transaction. */
    public Dataset dataset() {
        return dataset;
    }

    public String location() {
        return location;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
