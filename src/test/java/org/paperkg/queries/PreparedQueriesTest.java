package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.CannedQuery;
import org.paperkg.query.PreparedQuery;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.serve.FixtureServer;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

/**
 * A canned query parsed once and bound by substituting terms in its syntax (what the JSON API runs) is the query
 * that binding the text and parsing it gives (what {@code paperkg query} and the endpoint run): equal as Jena
 * compares queries, and the same answer, byte for byte, on the fixture store with its summary graph, for every
 * canned query with parameters and values that find rows, find none, or need escaping.
 */
class PreparedQueriesTest {
    private static final String ID = PKG.ID;

    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void load() {
        store = KgStore.open(dir.resolve("db"));
        Txn.executeWrite(store.dataset(), () -> org.apache.jena.riot.RDFDataMgr.read(store.dataset(),
                FixtureServer.FIXTURE.toString()));
        store.ensureSummary();
    }

    @AfterAll
    static void close() {
        store.close();
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }

    /** Values to try per parameter name: ones the fixture has, ones it has not, and ones that need escaping. */
    private static List<String> valuesOf(CannedQuery.Parameter p) {
        if (p.iri()) {
            return switch (p.name()) {
                case "paper" -> List.of(ID + "paper/p1", ID + "paper/p3", ID + "paper/none");
                default -> List.of(ID + "dataset/imagenet", ID + "method/fastnet", ID + "method/resnet50",
                        ID + "metric/accuracy", ID + "task/imageclassification", ID + "method/none");
            };
        }
        List<String> values = new ArrayList<>(switch (p.name()) {
            case "dataset" -> List.of("ImageNet", "cifar-10", "SST-2");
            case "metric" -> List.of("top-1 accuracy", "Accuracy", "speedup");
            case "method" -> List.of("FastNet", "resnet-50");
            case "task" -> List.of("image classification");
            case "q" -> List.of("res", "fast", "ima", "r");
            case "minConfidence" -> List.of("0", "0.9");
            case "kind" -> List.of("relative");
            case "includeNarrower" -> List.of("true");
            case "type" -> List.of("method", "dataset");
            case "name" -> List.of("ResNet-50", "imagenet");
            case "minForms" -> List.of("1");
            case "title" -> List.of("fastnet");
            case "author" -> List.of("Turing");
            case "paper" -> List.of("p1", "FastNet");
            default -> List.of("x");
        });
        values.add("");
        values.add("a \"quoted\" \\ back\\slash\nand a new line, naïve");
        return values;
    }

    /** Defaults; each parameter alone at each of its values; every parameter at its first value. */
    private static List<Map<String, String>> bindingsOf(CannedQuery q) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of());
        Map<String, String> all = new LinkedHashMap<>();
        for (CannedQuery.Parameter p : q.parameters()) {
            for (String v : valuesOf(p)) {
                out.add(Map.of(p.name(), v));
            }
            all.put(p.name(), valuesOf(p).get(0));
        }
        out.add(all);
        return out;
    }

    private static String answer(Query query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_JSON);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void boundOnceParsedIsTheQueryAndAnswerOfTheBoundTextForEveryCannedQueryWithParameters() {
        int queries = 0;
        int bindings = 0;
        int withRows = 0;
        for (String name : QueryLibrary.names()) {
            CannedQuery canned = QueryLibrary.bundled(name).orElseThrow();
            if (canned.parameters().isEmpty()) {
                continue;
            }
            queries++;
            PreparedQuery prepared = QueryLibrary.prepared(name).orElseThrow();
            for (Map<String, String> values : bindingsOf(canned)) {
                Query fromText = QueryRunner.bind(canned, values);
                Query substituted = prepared.bind(values);
                String what = name + " " + values;
                assertEquals(fromText, substituted, what);
                String expected = answer(fromText);
                assertEquals(expected, answer(substituted), what);
                // as the JSON API pages: a limit and an offset set on the bound query
                Query pageText = QueryRunner.bind(canned, values);
                Query pageSubstituted = prepared.bind(values);
                for (Query q : List.of(pageText, pageSubstituted)) {
                    q.setLimit(2);
                    q.setOffset(1);
                }
                assertEquals(answer(pageText), answer(pageSubstituted), what + " limit 2 offset 1");
                bindings++;
                if (expected.contains("\"type\"")) {
                    withRows++;
                }
            }
        }
        assertTrue(queries >= 20, "canned queries with parameters: " + queries);
        assertTrue(withRows >= bindings / 3, withRows + " of " + bindings + " bindings found rows");
    }

    @Test
    void bindingLeavesTheParsedQueryAsItWasAndIsParsedOncePerProcess() {
        PreparedQuery card = QueryLibrary.prepared("entity-card").orElseThrow();
        assertSame(card, QueryLibrary.prepared("entity-card").orElseThrow());
        Query fastnet = card.bind(Map.of("entity", ID + "method/fastnet"));
        Query imagenet = card.bind(Map.of("entity", ID + "dataset/imagenet"));
        assertNotEquals(fastnet, imagenet);
        assertEquals(fastnet, card.bind(Map.of("entity", ID + "method/fastnet")));
        assertEquals(QueryRunner.bind(card.canned(), Map.of()), card.bind(Map.of()));
    }

    @Test
    void aParameterTheQueryDoesNotDeclareOrAnIriThatIsNoneAreRefusedAsWhenBindingText() {
        PreparedQuery card = QueryLibrary.prepared("entity-card").orElseThrow();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> card.bind(Map.of("dataset", "ImageNet")));
        assertEquals(assertThrows(IllegalArgumentException.class,
                () -> QueryRunner.bind(card.canned(), Map.of("dataset", "ImageNet"))).getMessage(), unknown.getMessage());
        IllegalArgumentException notIri = assertThrows(IllegalArgumentException.class,
                () -> card.bind(Map.of("entity", "x> } ; DROP ALL ; <y")));
        assertTrue(notIri.getMessage().contains("takes an absolute IRI"), notIri.getMessage());
        assertTrue(QueryLibrary.prepared("no-such-query").isEmpty());
    }
}
