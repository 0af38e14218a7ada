package org.paperkg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.paperkg.ingest.RecordChecks;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.Paper;
import org.paperkg.rdf.Iris;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the input files of a partition through paperkg's reader registry ({@link PaperInputs}: the same readers,
 * format detection and record checks as {@code build}), over Hadoop's file systems. Readers push records to a sink;
 * Spark pulls rows: a reading thread fills a small queue, so a file of millions of records is never held in memory.
 */
final class RecordReading implements MapPartitionsFunction<Row, Row> {
    /** Rows read ahead of the task: a few hundred kB of papers. */
    private static final int READ_AHEAD = 256;

    private final SerializableConfiguration hadoopConf;
    private final String inputFormat;

    /** @param inputFormat a format name for every file, or null to detect per file */
    RecordReading(Configuration hadoopConf, String inputFormat) {
        this.hadoopConf = new SerializableConfiguration(hadoopConf);
        this.inputFormat = inputFormat;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> partition) {
        // The few file rows are taken here, on the task's thread; only the reading runs on the reader thread.
        java.util.List<Row> files = new java.util.ArrayList<>();
        partition.forEachRemaining(files::add);
        QueueIterator rows = new QueueIterator();
        Thread reader = new Thread(() -> {
            try {
                for (Row file : files) {
                    read(file, rows);
                }
                rows.finish(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                rows.finishQuietly(t);
            }
        }, "paperkg-record-reader");
        reader.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.interrupt());
        }
        reader.start();
        return rows;
    }

    private void read(Row file, QueueIterator rows) throws Exception {
        int index = file.getInt(file.fieldIndex("file_index"));
        String name = file.getString(file.fieldIndex("name"));
        Path path = new Path(file.getString(file.fieldIndex("path")));
        FileSystem fs = path.getFileSystem(hadoopConf.value());
        Sink sink = new Sink(index, rows);
        if (!fs.exists(path)) {
            sink.problem(new IngestProblem(new org.paperkg.model.SourceLocation(name, 0), "no such file"));
            return;
        }
        InputFormat format = inputFormat == null ? null : InputFormat.byName(inputFormat);
        PaperInputs.read(name, () -> {
            try {
                return fs.open(path);
            } catch (FileNotFoundException e) {
                return null;
            }
        }, format, sink);
    }

    /** Turns what a reader finds into rows: a paper with its identity and fingerprint, or a problem. */
    private record Sink(int fileIndex, QueueIterator rows) implements PaperSink {
        @Override
        public void paper(Paper paper) {
            if (RecordChecks.rejected(paper, this)) {
                return;
            }
            rows.put(RowFactory.create(JobRows.PAPER, fileIndex, paper.source().file(), paper.source().line(),
                    Iris.paper(paper), fingerprint(paper), PaperJson.write(paper), null));
        }

        @Override
        public void problem(IngestProblem problem) {
            rows.put(RowFactory.create(JobRows.PROBLEM, fileIndex, problem.where().file(), problem.where().line(),
                    null, null, null, problem.message()));
        }
    }

    /**
     * What decides whether a paper changed since an earlier run: its title and abstract, as {@code build} decides
     * whether a stored paper is unchanged.
     */
    static String fingerprint(Paper paper) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(paper.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(paper.abstractText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The rows a reading thread puts, for the task to take; the end or the reader's failure closes it. */
    private static final class QueueIterator implements Iterator<Row> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD);
        private Object next;

        void put(Row row) {
            try {
                queue.put(row);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("reading interrupted (the task ended)", e);
            }
        }

        void finish(Throwable failure) throws InterruptedException {
            queue.put(failure == null ? END : failure);
        }

        void finishQuietly(Throwable failure) {
            try {
                finish(failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading", e);
                }
            }
            if (next instanceof Throwable t) {
                throw new IllegalStateException("reading the input failed: " + t, t);
            }
            return next != END;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = (Row) next;
            next = null;
            return row;
        }
    }
}
