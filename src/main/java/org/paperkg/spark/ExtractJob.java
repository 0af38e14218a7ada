package org.paperkg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.paperkg.build.ExtractionManifest;
import org.paperkg.build.ExtractionManifest.Skipped;
import org.paperkg.build.Provenance;
import org.paperkg.extract.ExtractionModel;
import org.paperkg.extract.RuleBasedExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

/**
 * {@code spark-submit --class org.paperkg.spark.ExtractJob paperkg-spark.jar --input PATH... --output DIR}: reads
 * every input through paperkg's readers, drops bad and duplicate records (reported, never fatal), extracts each paper
 * on the executors and writes what {@code paperkg load} turns into the same store as {@code build} (see
 * {@link ExtractionManifest} for the folder's layout). Re-running into the same folder replaces it.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true, versionProvider = ExtractJob.Version.class,
        description = {"Extracts paper abstracts on Apache Spark into gzip N-Quads for 'paperkg load'.",
                "Reads every format 'paperkg build' reads, from any path Hadoop reads (file://, hdfs://, s3a://...)."},
        footer = "%nExit status: 0 ok, 1 failure, 2 usage error, 3 done but bad or duplicate records skipped"
                + " (listed in DIR/manifest.json and DIR/problems/).")
public final class ExtractJob implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Input files or folders (walked, files starting with '_' or '.' left out), read in this order:"
                    + " when two records are the same paper, the first one is kept.")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Output folder; a previous run's output there is replaced.")
    String output;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Extraction partitions (default: 4 per core of the cluster, for even load).")
    Integer partitions;

    @Option(names = "--since", paramLabel = "MANIFEST",
            description = "A previous run's manifest.json (or its folder): papers it had with the same title and"
                    + " abstract are skipped, so an increment costs only the new and changed papers.")
    String since;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Input format for every input (default: detected per file, as build does).")
    String inputFormat;

    /** Default partitions per core: tasks of even size keep every core busy to the end. */
    private static final int PARTITIONS_PER_CORE = 4;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractJob()).execute(args));
    }

    @Override
    public Integer call() {
        SparkSession spark = SparkSession.builder().appName("paperkg ExtractJob").getOrCreate();
        try {
            ExtractionManifest m = run(spark, new Options(inputs, output, partitions, since, inputFormat));
            System.out.print(summary(m, output));
            return m.skippedCount() == 0 ? 0 : 3;
        } finally {
            spark.stop();
        }
    }

    /** What one run is asked to do. */
    public record Options(List<String> inputs, String output, Integer partitions, String since, String inputFormat) {
    }

    /** Runs the job on {@code spark} and returns the manifest it wrote into the output folder. */
    public static ExtractionManifest run(SparkSession spark, Options options) {
        long started = System.nanoTime();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        int partitions = options.partitions() != null ? Math.max(1, options.partitions())
                : spark.sparkContext().defaultParallelism() * PARTITIONS_PER_CORE;
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        Path out = new Path(options.output());
        Path previous = options.since() == null ? null : sinceFolder(hadoop, options.since());
        if (previous != null && qualified(hadoop, previous).equals(qualified(hadoop, out))) {
            throw new IllegalArgumentException("--since must name a previous run's output in another folder than"
                    + " --output (this run replaces its --output folder)");
        }
        ExtractionManifest before = previous == null ? null : readManifest(hadoop, previous);
        if (before != null && !sameExtractor(before)) {
            // Its papers' facts are another model's (or paperkg's): skipping them would keep those in the store.
            System.err.println("ExtractJob: --since " + options.since() + " was extracted by paperkg "
                    + before.paperkgVersion() + ", model " + before.model() + "; every paper is extracted again");
            previous = null;
        }
        clearOutput(hadoop, out);

        List<Row> files = inputFiles(hadoop, options.inputs());
        Dataset<Row> fileRows = spark.createDataFrame(files, JobRows.INPUT_FILE)
                .repartition(Math.max(1, Math.min(files.size(), partitions)));
        Dataset<Row> read = fileRows.mapPartitions(new RecordReading(hadoop, options.inputFormat()),
                JobRows.encoder(JobRows.READ)).persist(StorageLevel.MEMORY_AND_DISK());

        // The first record of a paper in input order is kept, as build keeps it; later ones are reported duplicates.
        WindowSpec byPaper = Window.partitionBy("iri").orderBy("file_index", "line");
        Dataset<Row> ranked = read.filter(col("kind").equalTo(JobRows.PAPER))
                .withColumn("rank", row_number().over(byPaper))
                .withColumn("first_at", first(concat(col("file"), lit(":"), col("line"))).over(byPaper));
        Dataset<Row> kept = ranked.filter(col("rank").equalTo(1)).drop("rank", "first_at");
        Dataset<Row> problems = read.filter(col("kind").equalTo(JobRows.PROBLEM))
                .select("file_index", "file", "line", "message")
                .union(ranked.filter(col("rank").gt(1)).select(col("file_index"), col("file"), col("line"),
                        concat(lit("duplicate record (same paper as "), col("first_at"),
                                lit("); skipped, the first one is kept")).as("message")))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> toExtract = kept;
        Dataset<Row> previousFingerprints = null;
        if (previous != null) {
            previousFingerprints = spark.read().text(new Path(previous, ExtractionManifest.FINGERPRINTS).toString())
                    .selectExpr("split(value, '\\t')[0] AS iri", "split(value, '\\t')[1] AS fingerprint");
            toExtract = kept.join(previousFingerprints, toSeq("iri", "fingerprint"), "left_anti");
        }

        Dataset<Row> extracted = toExtract.repartition(partitions, col("iri"))
                .mapPartitions(new PaperExtraction(spark.conf().get(PaperExtraction.FAIL_ONCE_CONF, null)),
                        JobRows.encoder(JobRows.EXTRACTED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        writeText(hadoop, extracted.sortWithinPartitions("file_index", "line").select("quads"),
                new Path(out, ExtractionManifest.PAPERS), true);

        Dataset<String> entities = extracted
                .select(col("file_index"), col("line"), explode(col("entities")).as("e"))
                .select(col("e.s").as("s"), col("e.p").as("p"), col("e.o").as("o"), col("file_index"), col("line"),
                        col("e.seq").as("seq"))
                .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(0),
                        Encoders.STRING())
                .flatMapGroups(new EntityLabels(), Encoders.STRING())
                .persist(StorageLevel.MEMORY_AND_DISK());
        writeText(hadoop, entities.toDF("value"), new Path(out, ExtractionManifest.ENTITIES), true);

        Dataset<Row> fingerprints = kept.select(concat_ws("\t", col("iri"), col("fingerprint")).as("value"));
        if (previousFingerprints != null) {
            // Papers of earlier runs that this input did not have stay known, so increments can follow increments.
            fingerprints = fingerprints.union(previousFingerprints.join(kept.select("iri"), toSeq("iri"), "left_anti")
                    .select(concat_ws("\t", col("iri"), col("fingerprint")).as("value")));
        }
        writeText(hadoop, fingerprints, new Path(out, ExtractionManifest.FINGERPRINTS), false);
        writeText(hadoop, problems.orderBy("file_index", "line")
                .select(concat(col("file"), lit(":"), col("line"), lit(": "), col("message")).as("value")),
                new Path(out, ExtractionManifest.PROBLEMS), false);

        long records = read.filter(col("kind").equalTo(JobRows.PAPER)).count();
        long keptCount = kept.count();
        Row totals = extracted.agg(org.apache.spark.sql.functions.count(lit(1)), sum("quad_count")).first();
        long papers = totals.getLong(0);
        long paperQuads = totals.isNullAt(1) ? 0 : totals.getLong(1);
        long entityQuads = entities.count();
        long skippedCount = problems.count();
        List<Skipped> skipped = problems.orderBy("file_index", "line").limit(ExtractionManifest.MAX_LISTED_PROBLEMS)
                .collectAsList().stream()
                .map(r -> new Skipped(r.getString(1), r.getLong(2), r.getString(3))).toList();
        Row modelRow = papers > 0 ? extracted.select("model", "tier").first() : null;
        String model = modelRow != null ? modelRow.getString(0) : before != null ? before.model() : Provenance.UNKNOWN;
        String tier = modelRow != null ? modelRow.getString(1) : before != null ? before.tierConfidence() : null;
        ExtractionManifest manifest = new ExtractionManifest(ExtractionManifest.FORMAT, Provenance.paperkgVersion(),
                model, tier, Provenance.corenlpVersion(), Provenance.jenaVersion(), List.copyOf(options.inputs()),
                options.since(), partitions, records, papers, keptCount - papers, paperQuads, entityQuads, skippedCount,
                skipped, (System.nanoTime() - started) / 1e9);
        writeManifest(hadoop, out, manifest);
        read.unpersist();
        problems.unpersist();
        extracted.unpersist();
        entities.unpersist();
        return manifest;
    }

    /** What the job prints at the end. */
    static String summary(ExtractionManifest m, String output) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("ExtractJob: %,d records read, %,d papers extracted, %,d unchanged since the last run,"
                        + " %,d skipped as bad or duplicate%n", m.records(), m.papers(), m.unchanged(), m.skippedCount()));
        s.append(String.format("ExtractJob: %,d quads (%,d in paper graphs, %,d entity descriptions) in %,d partitions,"
                        + " %.1f s (%.1f papers/s)%n", m.quads(), m.paperQuads(), m.entityQuads(), m.partitions(),
                m.seconds(), m.papers() / Math.max(m.seconds(), 1e-9)));
        for (Skipped k : m.skipped().subList(0, Math.min(10, m.skipped().size()))) {
            s.append("skipped: ").append(k).append(System.lineSeparator());
        }
        if (m.skippedCount() > 10) {
            s.append(String.format("... %,d more in %s/%s/%n", m.skippedCount() - 10, output, ExtractionManifest.PROBLEMS));
        }
        s.append(String.format("ExtractJob: wrote %s; load it with: paperkg load --loc DIR %s%n", output, output));
        return s.toString();
    }

    /** The files to read, in order: each input as given, a folder's files sorted by path. */
    private static List<Row> inputFiles(Configuration hadoop, List<String> inputs) {
        List<Row> rows = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(hadoop);
                if (fs.exists(path) && fs.getFileStatus(path).isDirectory()) {
                    List<String> found = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
                    while (it.hasNext()) {
                        Path p = it.next().getPath();
                        if (!hidden(path, p)) {
                            found.add(p.toString());
                        }
                    }
                    found.sort(Comparator.naturalOrder());
                    for (String f : found) {
                        rows.add(RowFactory.create(rows.size(), f, f));
                    }
                } else {
                    rows.add(RowFactory.create(rows.size(), path.toString(), input)); // a missing one is reported
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Hadoop's convention: names starting with '_' or '.' (_SUCCESS, .crc files) are not data. */
    private static boolean hidden(Path root, Path p) {
        for (Path q = p; q != null && !q.equals(root); q = q.getParent()) {
            String n = q.getName();
            if (n.startsWith("_") || n.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Empties the output folder: a previous run's output (or a failed run's leftovers) is replaced, never merged. */
    private static void clearOutput(Configuration hadoop, Path out) {
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            if (!fs.exists(out)) {
                return;
            }
            FileStatus[] entries = fs.listStatus(out);
            boolean ours = entries.length == 0 || fs.exists(new Path(out, ExtractionManifest.FILE))
                    || fs.exists(new Path(out, ExtractionManifest.PAPERS));
            if (!ours) {
                throw new IllegalArgumentException("--output " + out + " exists and is not an ExtractJob output folder;"
                        + " name a new folder or empty this one");
            }
            // The manifest goes first: a run that dies from here on leaves a folder that load refuses.
            fs.delete(new Path(out, ExtractionManifest.FILE), false);
            fs.delete(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear --output " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one text column as gzip text files, one a partition, named part-NNNNN with {@code .nq.gz} when
     * {@code nquads} (so that Jena's loaders know the syntax by the name).
     */
    private static void writeText(Configuration hadoop, Dataset<Row> lines, Path dir, boolean nquads) {
        lines.write().mode(SaveMode.Overwrite).option("compression", "gzip").text(dir.toString());
        if (!nquads) {
            return;
        }
        try {
            FileSystem fs = dir.getFileSystem(hadoop);
            FileStatus[] parts = fs.listStatus(dir, p -> p.getName().startsWith("part-") && p.getName().endsWith(".gz"));
            java.util.Arrays.sort(parts, Comparator.comparing(f -> f.getPath().getName()));
            for (int i = 0; i < parts.length; i++) {
                Path to = new Path(dir, String.format("part-%05d%s", i, ExtractionManifest.DATA_EXTENSION));
                if (!fs.rename(parts[i].getPath(), to)) {
                    throw new IOException("cannot rename " + parts[i].getPath() + " to " + to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the N-Quads files in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeManifest(Configuration hadoop, Path out, ExtractionManifest manifest) {
        Path file = new Path(out, ExtractionManifest.FILE);
        try (FSDataOutputStream s = file.getFileSystem(hadoop).create(file, true)) {
            manifest.writeTo(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a previous run extracted with this job's paperkg, model and CoreNLP (the executors' extractor). */
    private static boolean sameExtractor(ExtractionManifest before) {
        return before.storeMetadata().extractedBy()
                .equals(Provenance.extractor(RuleBasedExtractor.modelName(ExtractionModel.bundled())));
    }

    /** The folder of a previous run: {@code --since} names its manifest or the folder itself. */
    private static Path sinceFolder(Configuration hadoop, String since) {
        Path p = new Path(since);
        return p.getName().equals(ExtractionManifest.FILE) ? p.getParent() : p;
    }

    private static ExtractionManifest readManifest(Configuration hadoop, Path folder) {
        Path file = new Path(folder, ExtractionManifest.FILE);
        try (InputStream in = file.getFileSystem(hadoop).open(file)) {
            return ExtractionManifest.readFrom(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("--since " + file + ": not a finished ExtractJob output ("
                    + e.getMessage() + ")", e);
        }
    }

    private static Path qualified(Configuration hadoop, Path p) {
        try {
            return p.getFileSystem(hadoop).makeQualified(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static scala.collection.immutable.Seq<String> toSeq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
    }

    /** {@code --version}: paperkg's and Spark's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"paperkg ExtractJob " + Provenance.paperkgVersion() + ", Apache Spark "
                    + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }

}
