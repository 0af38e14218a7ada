package org.paperkg.build;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.store.KgStore;
import org.paperkg.store.OneLabelPerEntity;
import org.paperkg.vocab.PKG;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads the output folders of the Spark job ({@link ExtractionManifest}) into a TDB2 store with Jena's bulk loaders:
 * a new store is made by the xloader (external sort, the fastest way to a fresh store); an existing one gets the
 * phased loader, after the graphs of the papers being loaded are dropped, so that a changed paper replaces its facts
 * as {@code build} would. Entity descriptions of an existing store go through {@link OneLabelPerEntity} so that an
 * entity keeps the label it already had, and an entity no paper mentions any more loses its description.
 */
public final class BulkLoad {
    /** Index orders of TDB2's quad table: what {@code tdb2.xloader} builds for quads. */
    private static final List<String> QUAD_INDEXES = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    /** Index orders of TDB2's triple table (the default graph; the job writes none, but a store has them). */
    private static final List<String> TRIPLE_INDEXES = List.of("SPO", "POS", "OSP");
    private static final Node MENTIONS = PKG.mentions.asNode();

    /** How one load went. */
    public record Report(String loader, long paperGraphs, long quadsLoaded, double loadSeconds,
                         List<ExtractionManifest> outputs) {
        public double quadsPerSecond() {
            return loadSeconds <= 0 ? 0 : quadsLoaded / loadSeconds;
        }
    }

    private final Path location;
    private final Consumer<String> progress;
    private final int sortThreads;

    /** @param progress receives a line now and then (which phase, the loader's own counts) */
    public BulkLoad(Path location, Consumer<String> progress) {
        this.location = location;
        this.progress = progress;
        this.sortThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Reads an output folder's manifest, failing clearly when the folder is not a finished job's output. */
    public static ExtractionManifest manifestOf(Path output) {
        Path file = output.resolve(ExtractionManifest.FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(output + " is not the output of a finished ExtractJob run (no "
                    + ExtractionManifest.FILE + "; a run that failed or is still running writes none)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ExtractionManifest.readFrom(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads {@code outputs} in order (a later one replaces the papers of an earlier one) and records the last one's
     * software in the store's metadata graph. The store is closed when this returns.
     */
    public Report run(List<Path> outputs) {
        List<ExtractionManifest> manifests = outputs.stream().map(BulkLoad::manifestOf).toList();
        long started = System.nanoTime();
        long quads = 0;
        long graphs = 0;
        int first = 0;
        if (!hasStore(location)) {
            xload(dataFiles(outputs.get(0), true));
            quads += manifests.get(0).quads();
            graphs += manifests.get(0).papers();
            first = 1;
        }
        String loader = first == 0 ? "phased loader" : outputs.size() == 1 ? "xloader" : "xloader, then the phased loader";
        try (KgStore store = KgStore.openExisting(location)) {
            for (int i = first; i < outputs.size(); i++) {
                quads += loadInto(store, outputs.get(i));
                graphs += manifests.get(i).papers();
            }
            manifests.get(manifests.size() - 1).storeMetadata().writeTo(store);
            store.rebuildSummary(); // the loaders bypass the incremental summary that build keeps
        }
        return new Report(loader, graphs, quads, (System.nanoTime() - started) / 1e9, manifests);
    }

    /** True for a TDB2 store, false for a missing or empty folder; anything else is refused, never written into. */
    private static boolean hasStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            if (names.stream().anyMatch(n -> n.startsWith("Data-"))) {
                return true;
            }
            if (names.isEmpty()) {
                return false;
            }
            throw new IllegalArgumentException(dir + " is neither a TDB2 store nor empty: name a new folder for --loc");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The gzip N-Quads files of an output: the papers' graphs, then (when asked) the entity descriptions. */
    private static List<String> dataFiles(Path output, boolean withEntities) {
        List<String> files = new ArrayList<>(filesIn(output.resolve(ExtractionManifest.PAPERS)));
        if (withEntities) {
            files.addAll(filesIn(output.resolve(ExtractionManifest.ENTITIES)));
        }
        return files;
    }

    private static List<String> filesIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ExtractionManifest.DATA_EXTENSION))
                    .map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + " (an incomplete output folder?)", e);
        }
    }

    /** Jena's xloader phases, as {@code tdb2.xloader} runs them, into the new store {@link #location}. */
    private void xload(List<String> files) {
        Path tmp = location.resolve(".xloader-tmp");
        try {
            Files.createDirectories(tmp);
            String loc = location.toString();
            XLoaderFiles work = new XLoaderFiles(tmp.toString());
            progress.accept("xloader: node table");
            ProcBuildNodeTableX.exec(loc, work, sortThreads, null, files);
            progress.accept("xloader: ingest data");
            ProcIngestDataX.exec(loc, work, files, false);
            for (List<String> indexes : List.of(TRIPLE_INDEXES, QUAD_INDEXES)) {
                String tuples = indexes == TRIPLE_INDEXES ? work.triplesFile : work.quadsFile;
                if (Files.exists(Path.of(tuples)) && Files.size(Path.of(tuples)) > 0) {
                    for (String index : indexes) {
                        progress.accept("xloader: index " + index);
                        ProcBuildIndexX.exec(loc, index, sortThreads, null, work);
                    }
                }
            }
            TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(loc));
            deleteTree(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("xloader into " + location + " failed: " + e.getMessage(), e);
        }
    }

    /** Loads one output into an existing store: drop the papers' old graphs, bulk-load, merge entity descriptions. */
    private long loadInto(KgStore store, Path output) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        List<String> paperFiles = dataFiles(output, false);
        Set<Node> papers = graphNames(paperFiles);
        progress.accept("phased loader: dropping the old graphs of " + papers.size() + " papers");
        Set<Node> mentionedBefore = new HashSet<>();
        Txn.executeWrite(dsg, () -> {
            for (Node g : papers) {
                dsg.find(g, g, MENTIONS, Node.ANY).forEachRemaining(q -> mentionedBefore.add(q.getObject()));
                dsg.removeGraph(g);
            }
        });
        MonitorOutput monitor = (fmt, args) -> progress.accept("phased loader: " + String.format(fmt, args));
        DataLoader loader = LoaderFactory.phasedLoader(dsg, monitor);
        loader.startBulk();
        try {
            loader.load(paperFiles);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long loaded = loader.countQuads() + loader.countTriples();
        long[] entityQuads = {0};
        Txn.executeWrite(dsg, () -> {
            OneLabelPerEntity sink = new OneLabelPerEntity(StreamRDFLib.dataset(dsg), dsg);
            for (String file : filesIn(output.resolve(ExtractionManifest.ENTITIES))) {
                RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        sink.quad(quad);
                        entityQuads[0]++;
                    }
                });
            }
            // An entity that no paper mentions any more loses its description, as when build replaces papers.
            for (Node entity : mentionedBefore) {
                if (!dsg.find(Node.ANY, Node.ANY, MENTIONS, entity).hasNext()) {
                    dsg.deleteAny(FactsToRdf.ENTITIES, entity, Node.ANY, Node.ANY);
                }
            }
        });
        return loaded + entityQuads[0];
    }

    /** The named graphs the files write to: the papers to replace. */
    private static Set<Node> graphNames(List<String> files) {
        Set<Node> names = new LinkedHashSet<>();
        for (String file : files) {
            RDFParser.source(file).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    names.add(quad.getGraph());
                }
            });
        }
        return names;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
