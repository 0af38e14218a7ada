package org.paperkg.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a distributed extraction (the Spark job, {@code org.paperkg.spark.ExtractJob}) wrote into its output folder,
 * and what {@code paperkg load} reads back: the folder holds {@value #FILE} (this record, JSON, written last: a folder
 * without it is an unfinished run), {@value #PAPERS}/ (each paper's named graph, gzip N-Quads), {@value #ENTITIES}/
 * (the entity descriptions merged across papers, gzip N-Quads), {@value #FINGERPRINTS}/ (paper IRI, TAB, fingerprint
 * of title and abstract, for {@code --since}) and {@value #PROBLEMS}/ (every skipped record, one a line).
 *
 * @param format         {@value #FORMAT}, so that a later paperkg can tell old folders apart
 * @param tierConfidence the model's high-precision tier (a decimal), or null when it has none
 * @param inputs         the inputs as given
 * @param records        records read (good ones, before duplicates were dropped)
 * @param papers         papers extracted and written
 * @param unchanged      papers skipped because {@code --since} had them with the same title and abstract
 * @param paperQuads     quads in {@value #PAPERS}/
 * @param entityQuads    quads in {@value #ENTITIES}/
 * @param skippedCount   records skipped as bad or duplicate
 * @param skipped        the first {@link #MAX_LISTED_PROBLEMS} of them (all are in {@value #PROBLEMS}/)
 */
public record ExtractionManifest(String format, String paperkgVersion, String model, String tierConfidence,
                                 String corenlpVersion,
                                 String jenaVersion, List<String> inputs, String since, int partitions, long records,
                                 long papers, long unchanged, long paperQuads, long entityQuads, long skippedCount,
                                 List<Skipped> skipped, double seconds) {
    public static final String FORMAT = "paperkg-extract/1";
    public static final String FILE = "manifest.json";
    public static final String PAPERS = "papers";
    public static final String ENTITIES = "entities";
    public static final String FINGERPRINTS = "fingerprints";
    public static final String PROBLEMS = "problems";
    /** Skipped records listed in the manifest itself; a corpus of millions may skip many more (all in problems/). */
    public static final int MAX_LISTED_PROBLEMS = 1_000;
    /** The extension of every data file, so that Jena's loaders recognise gzip N-Quads by name. */
    public static final String DATA_EXTENSION = ".nq.gz";

    /** A record that was not extracted: its file, line (or record number) and why. */
    public record Skipped(String file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Total quads written (papers and entity descriptions). */
    public long quads() {
        return paperQuads + entityQuads;
    }

    public void writeTo(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    public static ExtractionManifest readFrom(InputStream in) throws IOException {
        ExtractionManifest m = JSON.readValue(in, ExtractionManifest.class);
        if (!FORMAT.equals(m.format())) {
            throw new IOException("not a paperkg extraction manifest (format " + m.format() + ", expected " + FORMAT + ")");
        }
        return m;
    }

    /** The store metadata a load of this output records: the versions and model of the run that extracted it. */
    public StoreMetadata storeMetadata() {
        return new StoreMetadata(paperkgVersion, model, corenlpVersion, jenaVersion,
                Optional.ofNullable(tierConfidence).map(BigDecimal::new));
    }
}
