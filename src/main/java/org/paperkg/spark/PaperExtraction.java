package org.paperkg.spark;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.paperkg.extract.Extractor;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.store.KgStore.PaperGraph;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Extracts the papers of a partition in batches with the executor's extractor and turns each into the quads the
 * store would hold for it ({@link FactsToRdf#toQuads}, the same code path as {@code build}): its own graph as
 * N-Quads text, its entity-description quads as rows for the merge across papers.
 */
final class PaperExtraction implements MapPartitionsFunction<Row, Row> {
    /** Papers per extraction call, as {@code build --batch} (the batch lets one call annotate several texts). */
    static final int BATCH = 64;

    /**
     * A test hook for fault tolerance, set with {@code --conf spark.paperkg.failOnceMarker=FILE} (local mode: the
     * file is on the machine that runs the tasks): the first task that finds no such file creates it and fails after
     * its first paper, so that Spark must retry it.
     */
    static final String FAIL_ONCE_CONF = "spark.paperkg.failOnceMarker";

    private final String failOnceMarker;

    PaperExtraction(String failOnceMarker) {
        this.failOnceMarker = failOnceMarker;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> papers) {
        return new Iterator<>() {
            private final Deque<Row> ready = new ArrayDeque<>();
            private long emitted;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && papers.hasNext()) {
                    extractBatch(papers, ready);
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (emitted++ == 1) {
                    failOnceIfAsked();
                }
                return ready.poll();
            }
        };
    }

    private static void extractBatch(Iterator<Row> papers, Deque<Row> out) {
        List<Row> rows = new ArrayList<>(BATCH);
        List<Paper> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && papers.hasNext()) {
            Row row = papers.next();
            rows.add(row);
            batch.add(PaperJson.read(row.getString(row.fieldIndex("paper"))));
        }
        Extractor extractor = ExecutorExtractor.get();
        List<PaperFacts> facts = extractor.extract(batch);
        // the same for every paper of the batch: named once
        String model = extractor.modelName();
        String tier = extractor.tierConfidence().map(BigDecimal::toPlainString).orElse(null);
        String extractedBy = org.paperkg.build.Provenance.extractor(model);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String iri = row.getString(row.fieldIndex("iri"));
            out.add(extracted(row, iri, PaperGraph.replacing(iri, FactsToRdf.toQuads(facts.get(i), iri, extractedBy)),
                    model, tier));
        }
    }

    private static Row extracted(Row paper, String iri, PaperGraph graph, String model, String tier) {
        StringBuilder quads = new StringBuilder();
        long count = 0;
        List<Row> entities = new ArrayList<>();
        int seq = 0;
        for (Quad q : graph.quads()) {
            if (q.getGraph().equals(FactsToRdf.ENTITIES)) {
                entities.add(RowFactory.create(NodeFmtLib.strNT(q.getSubject()), NodeFmtLib.strNT(q.getPredicate()),
                        NodeFmtLib.strNT(q.getObject()), seq));
            } else {
                if (count > 0) {
                    quads.append('\n');
                }
                quads.append(nquad(q));
                count++;
            }
            seq++;
        }
        return RowFactory.create(iri, paper.getInt(paper.fieldIndex("file_index")), paper.getLong(paper.fieldIndex("line")),
                model, tier, quads.toString(), count, scala.jdk.javaapi.CollectionConverters.asScala(entities).toSeq());
    }

    /** One N-Quads line, without its line end. */
    static String nquad(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }

    private void failOnceIfAsked() {
        if (failOnceMarker == null) {
            return;
        }
        try {
            Files.createFile(java.nio.file.Path.of(failOnceMarker));
        } catch (FileAlreadyExistsException e) {
            return; // failed once already: this attempt goes through
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the fault-injection marker " + failOnceMarker, e);
        }
        throw new IllegalStateException("injected failure (" + FAIL_ONCE_CONF + "): this task fails once");
    }
}
