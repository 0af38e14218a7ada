package org.paperkg.build;

import org.paperkg.extract.Extractor;
import org.paperkg.ingest.IdentifiedPaper;
import org.paperkg.ingest.IdentifiedSink;
import org.paperkg.ingest.IngestAbortedException;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperIdentities;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KgStore;
import org.paperkg.store.KgStore.PaperGraph;
import org.paperkg.validate.GraphValidator;
import org.paperkg.validate.ShapeViolationException;
import org.paperkg.validate.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One build: reads inputs record by record, extracts in batches, checks each batch's graphs against the
 * SHACL shapes and writes the batch in one transaction.
 * <p>
 * Crash safety: a write transaction (up to {@link BuildOptions#commitPapers()} papers, or what {@link
 * BuildOptions#COMMIT_SECONDS} seconds of extraction gave) is committed whole or not at all, so a crash loses at
 * most the papers not yet committed;
 * a re-run skips what is already stored unchanged and gives the same store as a clean build.
 * <p>
 * Identity is ingest's ({@link PaperIdentities}): each record arrives with the paper it belongs to. A paper's
 * first record is extracted and written; a newer arXiv version replaces it; another source's record of it
 * fills what the first lacks while that one waits in the batch, and adds its identifiers once it is written.
 * <p>
 * Both cores: the write of one transaction (one writer thread) overlaps the extraction of the next batches;
 * at most one transaction is being written while the next fills, so memory stays at about two transactions'
 * graphs (a few tens of MB).
 */
public final class GraphBuild {
    private final KgStore store;
    private final Extractor extractor;
    private final BuildOptions options;
    private final BuildListener listener;
    private final GraphValidator validator;
    /** Each paper's {@code pkg:extractedBy}: this paperkg, model and CoreNLP. */
    private final String extractedBy;

    /** Paper IRI -> its record, waiting for extraction (insertion order: the order records were read). */
    private final Map<String, Paper> batch = new LinkedHashMap<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "paperkg-store-writer");
        t.setDaemon(true);
        return t;
    });
    private final Sink sink = new Sink();
    /** Extracted and validated graphs not yet handed to the writer (one transaction's worth at most). */
    private List<PaperGraph> uncommitted = new ArrayList<>();
    private long uncommittedSince;
    private Future<?> pendingWrite;
    private long read;
    private long extracted;
    private long unchanged;
    private long merged;
    private long deleted;
    private long warnings;
    private long started;
    private long bytesRead;
    private long totalBytes = BuildProgress.UNKNOWN_SIZE;

    public GraphBuild(KgStore store, Extractor extractor, BuildOptions options, BuildListener listener) {
        this(store, extractor, options, listener, GraphValidator.bundled());
    }

    /** A build that checks its graphs with {@code validator} (null: no check). */
    public GraphBuild(KgStore store, Extractor extractor, BuildOptions options, BuildListener listener,
                      GraphValidator validator) {
        this.store = store;
        this.extractor = extractor;
        this.options = options;
        this.listener = listener;
        this.validator = validator;
        this.extractedBy = Provenance.extractor(extractor.modelName());
    }

    /** Builds from files; {@code format} null means detect per file. An empty list builds the bundled sample. */
    public BuildReport run(List<Path> inputs, InputFormat format) {
        started = System.nanoTime();
        totalBytes = sizeOf(inputs);
        boolean aborted = false;
        PaperIdentities identities = new PaperIdentities(StoredPapers.of(store), sink);
        StoreMetadata now = StoreMetadata.current(extractor);
        Optional<StoreMetadata> before = StoreMetadata.readFrom(store);
        // A stored paper is skipped only if this extractor stored it (its pkg:extractedBy): facts of another model
        // or paperkg would stay in the store under metadata that names this one.
        if (!options.force() && before.filter(b -> !b.extractedBy().equals(extractedBy)).isPresent()) {
            listener.stage("the store was extracted by paperkg " + before.get().paperkgVersion() + ", model "
                    + before.get().model() + "; extracting every paper of this input again with paperkg "
                    + now.paperkgVersion() + ", model " + now.model());
        }
        // The metadata first: the summary keeps its leaderboard rows at the model's tier, which it reads from
        // there; a store built before by a model with another tier is summarized again, whole.
        now.writeTo(store);
        if (store.summaryIsStale()) {
            listener.stage("summarizing the store again for this model's leaderboard confidence (about a minute for"
                    + " 16,000 papers)");
            store.rebuildSummary();
        }
        try {
            try {
                if (inputs.isEmpty()) {
                    PaperInputs.readSample(identities, n -> bytesRead += n);
                } else {
                    PaperInputs.readAll(inputs, format, identities, n -> bytesRead += n);
                }
                flush();
            } catch (IngestAbortedException e) {
                // Strict mode: the good records read before the bad one are stored; nothing after it is read.
                flush();
                aborted = true;
            }
            commit();
            awaitWrite();
        } finally {
            writer.shutdownNow();
        }
        return new BuildReport(read, extracted, unchanged, problems, aborted, (System.nanoTime() - started) / 1e9,
                warnings, merged, deleted);
    }

    /** The size of the inputs in bytes, known before reading; unknown when one is not a regular file (a pipe). */
    private static long sizeOf(List<Path> inputs) {
        if (inputs.isEmpty()) {
            try (InputStream in = PaperInputs.class.getResourceAsStream(PaperInputs.SAMPLE_RESOURCE)) {
                return in == null ? BuildProgress.UNKNOWN_SIZE : in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                return BuildProgress.UNKNOWN_SIZE;
            }
        }
        long total = 0;
        for (Path input : inputs) {
            try {
                if (Files.isDirectory(input)) {
                    for (Path file : PaperInputs.filesIn(input)) {
                        total += Files.size(file);
                    }
                    continue;
                }
                if (!Files.isRegularFile(input)) {
                    // A missing file or a directory is reported as a problem and reads no bytes; a pipe has no size.
                    if (Files.exists(input) && !Files.isDirectory(input)) {
                        return BuildProgress.UNKNOWN_SIZE;
                    }
                    continue;
                }
                total += Files.size(input);
            } catch (IOException e) {
                // Unreadable: reported when read; it adds nothing to the size.
            }
        }
        return total;
    }

    private final class Sink implements IdentifiedSink {
        @Override
        public void paper(IdentifiedPaper record) {
            read++;
            String iri = Iris.paper(record.key());
            Paper paper = record.paper();
            switch (record.kind()) {
                case FIRST -> {
                    if (!options.force() && store.containsUnchanged(paper, iri, extractedBy)) {
                        unchanged++;
                        return;
                    }
                    batch.put(iri, paper);
                }
                case NEWER_VERSION -> {
                    merged++;
                    Paper older = batch.get(iri);
                    batch.put(iri, older == null ? paper : paper.mergedWith(older));
                }
                case OTHER_SOURCE -> {
                    merged++;
                    Paper first = batch.get(iri);
                    if (first != null) {
                        batch.put(iri, first.mergedWith(paper));
                    } else {
                        addUncommitted(new PaperGraph(iri, FactsToRdf.identifierQuads(paper, iri), false));
                    }
                    return;
                }
            }
            if (batch.size() >= options.batchSize()) {
                flush();
            }
        }

        @Override
        public void problem(IngestProblem problem) {
            problems.add(problem);
            listener.problem(problem);
            if (options.strict()) {
                throw new IngestAbortedException(problem);
            }
        }

        @Override
        public void deleted(PaperId key, SourceLocation where) {
            String iri = Iris.paper(key);
            batch.remove(iri);
            deleted++;
            addUncommitted(PaperGraph.replacing(iri, List.of()));
        }
    }

    /** Queues a write behind the extracted papers, so that writes reach the store in the order records came. */
    private void addUncommitted(PaperGraph graph) {
        if (uncommitted.isEmpty()) {
            uncommittedSince = System.nanoTime();
        }
        uncommitted.add(graph);
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<String> iris = List.copyOf(batch.keySet());
        List<Paper> papers = List.copyOf(batch.values());
        List<PaperFacts> facts = extractor.extract(papers);
        List<PaperGraph> graphs = new ArrayList<>(facts.size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            String iri = iris.get(i);
            PaperGraph pg = PaperGraph.replacing(iri, FactsToRdf.toQuads(facts.get(i), iri, extractedBy));
            if (validator != null) {
                SourceLocation where = papers.get(i).source();
                for (Violation v : validator.validate(iri, pg.graph())) {
                    violations.add(v.at(where == null ? null : where.toString()));
                }
            }
            graphs.add(pg);
        }
        if (!violations.isEmpty()) {
            commit(); // the batches before this one are good: let them commit
            awaitWrite();
            throw new ShapeViolationException(violations);
        }
        int size = batch.size();
        batch.clear();
        graphs.forEach(this::addUncommitted);
        extracted += size;
        if (uncommitted.size() >= options.commitPapers()
                || (System.nanoTime() - uncommittedSince) / 1e9 >= BuildOptions.COMMIT_SECONDS) {
            commit();
        }
        listener.progress(new BuildProgress(read, bytesRead, totalBytes, (System.nanoTime() - started) / 1e9));
    }

    /** Hands the uncommitted graphs to the writer thread: one transaction, overlapping the next extraction. */
    private void commit() {
        if (uncommitted.isEmpty()) {
            return;
        }
        List<PaperGraph> graphs = uncommitted;
        uncommitted = new ArrayList<>();
        awaitWrite();
        pendingWrite = writer.submit(() -> store.replaceGraphs(graphs));
    }

    /** Waits for the batch being written, rethrowing its failure. */
    private void awaitWrite() {
        if (pendingWrite == null) {
            return;
        }
        try {
            pendingWrite.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("writing to the store failed: " + c, c);
        } finally {
            pendingWrite = null;
        }
    }
}
