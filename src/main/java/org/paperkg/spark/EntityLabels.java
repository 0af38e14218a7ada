package org.paperkg.spark;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.store.OneLabelPerEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Merges one entity's description quads from every paper that mentions it into what a store built by {@code build}
 * holds: the quads are taken in input order (file, line, then their place in the paper) through the store's own
 * {@link OneLabelPerEntity}, so the first label in input order stays the label and the others become alternative
 * labels, whatever the partitioning; duplicates collapse as in a store.
 */
final class EntityLabels implements FlatMapGroupsFunction<String, Row, String> {
    private static final Comparator<Row> INPUT_ORDER = Comparator
            .comparingInt((Row r) -> r.getInt(r.fieldIndex("file_index")))
            .thenComparingLong(r -> r.getLong(r.fieldIndex("line")))
            .thenComparingInt(r -> r.getInt(r.fieldIndex("seq")));

    @Override
    public Iterator<String> call(String subject, Iterator<Row> quads) {
        List<Row> rows = new ArrayList<>();
        quads.forEachRemaining(rows::add);
        rows.sort(INPUT_ORDER);
        DatasetGraph merged = DatasetGraphFactory.create();
        OneLabelPerEntity sink = new OneLabelPerEntity(StreamRDFLib.dataset(merged), merged);
        Node s = NodeFactoryExtra.parseNode(subject);
        for (Row r : rows) {
            sink.quad(Quad.create(FactsToRdf.ENTITIES, s, NodeFactoryExtra.parseNode(r.getString(r.fieldIndex("p"))),
                    NodeFactoryExtra.parseNode(r.getString(r.fieldIndex("o")))));
        }
        List<String> lines = new ArrayList<>();
        merged.find().forEachRemaining(q -> lines.add(PaperExtraction.nquad(q)));
        return lines.iterator();
    }
}
