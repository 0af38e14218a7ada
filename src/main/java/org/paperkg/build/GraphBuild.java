package org.paperkg.build;

import org.paperkg.extract.Extractor;
import org.paperkg.ingest.IngestAbortedException;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.store.KgStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One build: reads inputs record by record, extracts in batches, writes each batch in one transaction.
 * Holds at most one batch in memory; a crash loses at most the batch in flight, never a committed one,
 * and a re-run skips what is already stored unchanged.
 */
public final class GraphBuild {
    private final KgStore store;
    private final Extractor extractor;
    private final BuildOptions options;
    private final BuildListener listener;

    private final List<Paper> batch = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private long read;
    private long extracted;
    private long unchanged;
    private long started;

    public GraphBuild(KgStore store, Extractor extractor, BuildOptions options, BuildListener listener) {
        this.store = store;
        this.extractor = extractor;
        this.options = options;
        this.listener = listener;
    }

    /** Builds from files; {@code format} null means detect per file. An empty list builds the bundled sample. */
    public BuildReport run(List<Path> inputs, InputFormat format) {
        started = System.nanoTime();
        PaperSink sink = new Sink();
        boolean aborted = false;
        try {
            if (inputs.isEmpty()) {
                PaperInputs.readSample(sink);
            } else {
                for (Path input : inputs) {
                    PaperInputs.read(input, format, sink);
                }
            }
            flush();
        } catch (IngestAbortedException e) {
            // Strict mode: the good records read before the bad one are stored; nothing after it is read.
            flush();
            aborted = true;
        }
        return new BuildReport(read, extracted, unchanged, problems, aborted, (System.nanoTime() - started) / 1e9);
    }

    private final class Sink implements PaperSink {
        @Override
        public void paper(Paper paper) {
            read++;
            if (!options.force() && store.containsUnchanged(paper)) {
                unchanged++;
                return;
            }
            batch.add(paper);
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

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<PaperFacts> facts = extractor.extract(List.copyOf(batch));
        store.replace(facts);
        extracted += batch.size();
        batch.clear();
        double seconds = (System.nanoTime() - started) / 1e9;
        listener.progress(read, seconds > 0 ? read / seconds : 0);
    }
}
