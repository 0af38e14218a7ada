package org.paperkg.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The row types that flow between the job's stages, as Spark schemas (names are the column names used in the job). */
final class JobRows {
    /** An input file to read: its position among the inputs (for "first record wins") and its Hadoop path. */
    static final StructType INPUT_FILE = new StructType()
            .add("file_index", DataTypes.IntegerType, false)
            .add("path", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false);

    /**
     * A record read: kind {@link #PAPER} (with the paper's IRI, the fingerprint of its title and abstract and the paper
     * itself as JSON) or {@link #PROBLEM} (with the message), both with where it was read.
     */
    static final StructType READ = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("file_index", DataTypes.IntegerType, false)
            .add("file", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("iri", DataTypes.StringType, true)
            .add("fingerprint", DataTypes.StringType, true)
            .add("paper", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true);
    static final String PAPER = "paper";
    static final String PROBLEM = "problem";

    /** One entity-description quad of a paper, terms in N-Triples syntax, {@code seq} its place in the paper's quads. */
    static final StructType ENTITY_QUAD = new StructType()
            .add("s", DataTypes.StringType, false)
            .add("p", DataTypes.StringType, false)
            .add("o", DataTypes.StringType, false)
            .add("seq", DataTypes.IntegerType, false);

    /**
     * An extracted paper: its graph as N-Quads lines, their count, its entity-description quads, the model used and
     * that model's high-precision tier (null when it has none).
     */
    static final StructType EXTRACTED = new StructType()
            .add("iri", DataTypes.StringType, false)
            .add("file_index", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false)
            .add("model", DataTypes.StringType, false)
            .add("tier", DataTypes.StringType, true)
            .add("quads", DataTypes.StringType, false)
            .add("quad_count", DataTypes.LongType, false)
            .add("entities", DataTypes.createArrayType(ENTITY_QUAD, false), false);

    static Encoder<Row> encoder(StructType schema) {
        return Encoders.row(schema);
    }

    private JobRows() {
    }
}
