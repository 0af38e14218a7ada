package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.store.KgStore;
import org.paperkg.store.SummaryGraphs;
import org.paperkg.vocab.PKG;

/**
 * The entity page's papers and results of an entity that more than a hundred papers mention and results name are
 * read first from the summary graph's first rows (pkg:firstPaper, pkg:firstResult), then from the papers: every
 * page of them, at any lowest confidence, is the one the queries give when they read every paper.
 */
class FirstRowsTest {
    private static final String ID = "https://w3id.org/paperkg/id/";
    private static final Node DATASET = NodeFactory.createURI(ID + "dataset/many");
    private static final List<Node> METRICS = List.of(NodeFactory.createURI(ID + "metric/m1"),
            NodeFactory.createURI(ID + "metric/m2"), NodeFactory.createURI(ID + "metric/m3"));
    private static final int PAPERS = 140;

    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void write() {
        store = KgStore.open(dir.resolve("many"));
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            entity(dsg, DATASET, PKG.Dataset.asNode(), "Many");
            for (int m = 0; m < METRICS.size(); m++) {
                entity(dsg, METRICS.get(m), PKG.Metric.asNode(), "metric " + (char) ('c' - m));
            }
            for (int i = 0; i < PAPERS; i++) {
                Node p = NodeFactory.createURI(ID + "paper/p" + i);
                dsg.add(p, p, RDF.type.asNode(), PKG.Paper.asNode());
                // few distinct years and titles: the order's later keys decide
                dsg.add(p, p, DCTerms.title.asNode(), NodeFactory.createLiteralString("Paper " + (i % 7)));
                if (i % 11 != 0) {
                    dsg.add(p, p, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(String.valueOf(2015 + i % 5), XSDDatatype.XSDgYear));
                }
                dsg.add(p, p, PKG.mentions.asNode(), DATASET);
                dsg.add(p, p, PKG.mentions.asNode(), METRICS.get(i % 3));
                Node r = NodeFactory.createURI(ID + "result/r" + i);
                dsg.add(p, p, PKG.reportsResult.asNode(), r);
                dsg.add(p, r, RDF.type.asNode(), PKG.ClaimedResult.asNode());
                dsg.add(p, r, PKG.dataset.asNode(), DATASET);
                dsg.add(p, r, PKG.metric.asNode(), METRICS.get(i % 3));
                dsg.add(p, r, PKG.value.asNode(), NodeFactory.createLiteralDT(String.valueOf(50 + i % 13), XSDDatatype.XSDdecimal));
                dsg.add(p, r, PKG.confidence.asNode(), NodeFactory.createLiteralDT(List.of("0.3", "0.5", "0.7", "0.9").get(i % 4), XSDDatatype.XSDdecimal));
                dsg.add(p, r, PKG.resultKind.asNode(), NodeFactory.createURI(PKG.NS + "Absolute"));
            }
        });
        store.ensureSummary();
    }

    private static void entity(DatasetGraph dsg, Node e, Node type, String label) {
        dsg.add(FactsToRdf.ENTITIES, e, RDF.type.asNode(), type);
        dsg.add(FactsToRdf.ENTITIES, e, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en"));
    }

    @AfterAll
    static void release() {
        store.close();
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }

    @Test
    void everyPageOfAnEntitysPapersAndResultsIsTheOneReadFromAllItsPapers() {
        List<Quad> first = Txn.calculateRead(store.dataset(), () -> {
            List<Quad> out = new ArrayList<>();
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.find(SummaryGraphs.GRAPH, DATASET, PKG.firstPaper.asNode(), Node.ANY).forEachRemaining(out::add);
            dsg.find(SummaryGraphs.GRAPH, DATASET, PKG.firstResult.asNode(), Node.ANY).forEachRemaining(out::add);
            return out;
        });
        assertEquals(202, first.size(), "the first 101 papers and 101 results are kept");
        List<Asked> asked = new ArrayList<>();
        int[][] pages = {{100, 0}, {20, 0}, {20, 80}, {20, 100}, {20, 120}, {50, 90}, {2000, 0}};
        for (int[] page : pages) {
            asked.add(new Asked("entity-papers", Map.of("entity", DATASET.getURI()), page[0], page[1]));
            for (String confidence : List.of("0", "0.5", "0.9")) {
                asked.add(new Asked("entity-results", Map.of("entity", DATASET.getURI(), "minConfidence", confidence), page[0], page[1]));
            }
        }
        Map<Asked, List<Map<String, String>>> kept = new LinkedHashMap<>();
        asked.forEach(a -> kept.put(a, a.rows()));
        assertEquals(PAPERS, asked.get(asked.size() - 4).rows().size(), "all papers, past the first hundred");
        Txn.executeWrite(store.dataset(), () -> first.forEach(store.dataset().asDatasetGraph()::delete));
        try {
            kept.forEach((a, rows) -> assertEquals(a.rows(), rows, a.toString()));
        } finally {
            Txn.executeWrite(store.dataset(), () -> first.forEach(store.dataset().asDatasetGraph()::add));
        }
        assertEquals(20, kept.get(new Asked("entity-papers", Map.of("entity", DATASET.getURI()), 20, 120)).size(),
                "a page past the first hundred");
    }

    /** A canned query with parameters and a page of its rows, as the JSON API asks it. */
    private record Asked(String query, Map<String, String> params, int limit, int offset) {
        List<Map<String, String>> rows() {
            Query q = QueryRunner.bind(QueryLibrary.bundled(query).orElseThrow(), params);
            q.setLimit(limit);
            q.setOffset(offset);
            Dataset ds = store.dataset();
            return Txn.calculateRead(ds, () -> {
                List<Map<String, String>> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new LinkedHashMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).toString()));
                        out.add(row);
                    }
                }
                return out;
            });
        }
    }
}
