package org.paperkg.build;

import org.paperkg.extract.Extractor;
import org.paperkg.ingest.IngestAbortedException;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Identity: a paper's IRI comes from its source id (else its title). A record whose id is already used by a
 * paper with a different title (in this build or in the store) is a different paper with a shared id: it is
 * stored under the IRI of its title, with a warning. A second record for the same paper in one build is a
 * duplicate: reported and skipped, the first is kept (so the result does not depend on batch boundaries).
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

    private final List<Paper> batch = new ArrayList<>();
    private final List<String> batchIris = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    /** Paper IRI -> the record of this build that took it (for duplicates and shared ids). */
    private final Map<String, Taken> taken = new HashMap<>();
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
    private long warnings;
    private long started;
    private long bytesRead;
    private long totalBytes = BuildProgress.UNKNOWN_SIZE;

    /** Longest abstract taken (characters): the longest of the 16k-abstract corpus has about 3,100. */
    public static final int MAX_ABSTRACT_CHARS = 100_000;
    /** Longest title taken (characters). */
    public static final int MAX_TITLE_CHARS = 2_000;

    private record Taken(String titleKey, int abstractHash, SourceLocation where) {
    }

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
    }

    /** Builds from files; {@code format} null means detect per file. An empty list builds the bundled sample. */
    public BuildReport run(List<Path> inputs, InputFormat format) {
        started = System.nanoTime();
        totalBytes = sizeOf(inputs);
        boolean aborted = false;
        try {
            try {
                if (inputs.isEmpty()) {
                    PaperInputs.readSample(sink, n -> bytesRead += n);
                } else {
                    for (Path input : inputs) {
                        PaperInputs.read(input, format, sink, n -> bytesRead += n);
                    }
                }
                flush();
            } catch (IngestAbortedException e) {
                // Strict mode: the good records read before the bad one are stored; nothing after it is read.
                flush();
                aborted = true;
            }
            commit();
            awaitWrite();
            StoreMetadata.current(modelName(extractor)).writeTo(store);
        } finally {
            writer.shutdownNow();
        }
        return new BuildReport(read, extracted, unchanged, problems, aborted, (System.nanoTime() - started) / 1e9,
                warnings);
    }

    /** The extractor as the store's metadata names it (see {@link Extractor#modelName}). */
    static String modelName(Extractor extractor) {
        return extractor.modelName();
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

    private final class Sink implements PaperSink {
        @Override
        public void paper(Paper paper) {
            String bad = unusable(paper);
            if (bad != null) {
                problem(new IngestProblem(paper.source(), bad));
                return;
            }
            read++;
            String iri = identify(paper);
            if (iri == null) {
                return;
            }
            if (!options.force() && store.containsUnchanged(paper, iri)) {
                unchanged++;
                return;
            }
            batch.add(paper);
            batchIris.add(iri);
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
    }

    /** Why a record that parsed cannot be stored, or null when it can (the Spark job applies the same check). */
    public static String unusable(Paper paper) {
        if (paper.abstractText().length() > MAX_ABSTRACT_CHARS) {
            return String.format("abstract of %,d characters is longer than %,d: not an abstract; skipped",
                    paper.abstractText().length(), MAX_ABSTRACT_CHARS);
        }
        if (paper.title().length() > MAX_TITLE_CHARS) {
            return String.format("title of %,d characters is longer than %,d; skipped", paper.title().length(), MAX_TITLE_CHARS);
        }
        String field = unpairedSurrogate(paper);
        if (field != null) {
            return "the " + field + " holds an unpaired UTF-16 surrogate (a \\uD800-\\uDFFF escape without its pair),"
                    + " which is not text; skipped";
        }
        return null;
    }

    private static String unpairedSurrogate(Paper p) {
        if (hasUnpairedSurrogate(p.title())) {
            return "title";
        }
        if (hasUnpairedSurrogate(p.abstractText())) {
            return "abstract";
        }
        if (p.id() != null && hasUnpairedSurrogate(p.id())) {
            return "id";
        }
        for (String a : p.authors()) {
            if (hasUnpairedSurrogate(a)) {
                return "author list";
            }
        }
        if ((p.venue() != null && hasUnpairedSurrogate(p.venue())) || (p.url() != null && hasUnpairedSurrogate(p.url()))) {
            return "venue or url";
        }
        return null;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The IRI this record is stored under, or null when it is a duplicate (reported as a problem). */
    private String identify(Paper paper) {
        String titleKey = Iris.titleKey(paper.title());
        // Papers are identified by title (Iris.paper): a source id reused for another paper cannot merge them.
        String iri = Iris.paper(paper);
        Taken first = taken.get(iri);
        if (first != null) {
            boolean sameAbstract = first.abstractHash() == paper.abstractText().hashCode();
            String how = paper.id() != null && !paper.id().isBlank() ? "same id and title" : "same title, no id";
            sink.problem(new IngestProblem(paper.source(), "duplicate record (" + how + " as " + first.where()
                    + (sameAbstract ? ")" : ", different abstract)") + "; skipped, the first one is kept"));
            return null;
        }
        taken.put(iri, new Taken(titleKey, paper.abstractText().hashCode(), paper.source()));
        return iri;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "..." : one;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<PaperFacts> facts = extractor.extract(List.copyOf(batch));
        List<PaperGraph> graphs = new ArrayList<>(facts.size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            String iri = batchIris.get(i);
            PaperGraph pg = new PaperGraph(iri, FactsToRdf.toGraph(facts.get(i), iri));
            if (validator != null) {
                SourceLocation where = batch.get(i).source();
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
        batchIris.clear();
        if (uncommitted.isEmpty()) {
            uncommittedSince = System.nanoTime();
        }
        uncommitted.addAll(graphs);
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
