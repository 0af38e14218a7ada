package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.External;

/**
 * Every export of the fixture store read back by software that did not write it: networkx (GraphML, GEXF),
 * Python's csv module (Neo4j CSV), Graphviz dot (DOT), Cytoscape.js in Node (Cytoscape JSON), rdflib and
 * Raptor's rapper (RDF), and Jena (RDF: the parsed graph is isomorphic to the store's). Counts and labels
 * are checked, not just that parsing succeeds. A test whose tool is missing is skipped locally and fails on
 * CI ({@link External}); .ci/run installs them all (Debian: graphviz python3-rdflib python3-networkx
 * raptor2-utils; npm: cytoscape into src/test/node).
 */
class IndependentReadersTest extends OnFixtureStore {
    static final Path READERS = Path.of("src", "test", "resources", "readers");
    static final Path NODE_MODULES = Path.of("src", "test", "node", "node_modules");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] IDS = {"method:resnet50", "dataset:imagenet", "paper:p2", "paper:p1:result:1"};


    // ---------------------------------------------------------------------------------------------
    // Graph formats

    @ParameterizedTest(name = "networkx reads {0}")
    @CsvSource({"graphml", "gexf"})
    void networkxReadsTheFullView(String format) throws Exception {
        External.requireRuns("python3", "-c", "import networkx");
        Path file = write(format, ExportOptions.DEFAULT, "full." + format);
        JsonNode r = runJson(list("python3", READERS.resolve("read_graph.py").toString(), format, file.toString()), IDS);
        assertEquals(30, r.get("nodes").asInt(), r.toString());
        assertEquals(67, r.get("edges").asInt(), r.toString());
        assertTrue(r.get("directed").asBoolean());
        assertEquals("ResNet-50", r.at("/labels/method:resnet50").asText(), r.toString());
        assertEquals("ImageNet", r.at("/labels/dataset:imagenet").asText());
        assertEquals("Revisiting ResNet-50 Training on CIFAR-10", r.at("/labels/paper:p2").asText());
        assertEquals("82.5% top-1 accuracy", r.at("/labels/paper:p1:result:1").asText());
        assertEquals("method", r.at("/types/method:resnet50").asText());
        assertEquals(3, r.at("/papers/method:resnet50").asInt());
    }

    @ParameterizedTest(name = "networkx reads {0} co-occurrence as undirected")
    @CsvSource({"graphml", "gexf"})
    void networkxReadsTheUndirectedView(String format) throws Exception {
        External.requireRuns("python3", "-c", "import networkx");
        Path file = write(format, new ExportOptions("method-cooccurrence", Set.of(), 1), "cooc." + format);
        JsonNode r = runJson(list("python3", READERS.resolve("read_graph.py").toString(), format, file.toString()), "method:fastnet");
        assertEquals(7, r.get("nodes").asInt(), r.toString());
        assertEquals(7, r.get("edges").asInt(), r.toString());
        assertEquals(false, r.get("directed").asBoolean());
        assertEquals("FastNet", r.at("/labels/method:fastnet").asText());
    }

    @Test
    void pythonCsvReadsTheNeo4jFiles() throws Exception {
        External.requireRuns("python3", "--version");
        Path out = dir.resolve("csv");
        ((DirectoryExporter) ExportFormats.byName("csv").exporter()).exportTo(store, out, ExportOptions.DEFAULT);
        JsonNode r = runJson(list("python3", READERS.resolve("read_graph.py").toString(), "csv", out.toString()), IDS);
        assertEquals(30, r.get("nodes").asInt(), r.toString());
        assertEquals(67, r.get("edges").asInt());
        assertEquals(0, r.get("dangling").asInt());
        assertEquals("[\"id:ID\",\"label\",\":LABEL\",\"type\",\"papers:int\",\"confidence:double\",\"iri\"]", r.get("nodeHeader").toString());
        assertEquals("[\":START_ID\",\":END_ID\",\":TYPE\",\"relation\",\"weight:int\"]", r.get("edgeHeader").toString());
        assertEquals("Revisiting ResNet-50 Training on CIFAR-10", r.at("/labels/paper:p2").asText());
        assertTrue(r.get("types").toString().contains("\"COMPARES_WITH\""), r.toString());
    }

    @Test
    void graphvizLaysOutTheDotFiles() throws Exception {
        External.requireRuns("dot", "-V");
        Path full = write("dot", ExportOptions.DEFAULT, "full.dot");
        String plain = run(list("dot", "-Tplain", full.toString()));
        assertEquals(30, count(plain, "node "), plain);
        assertEquals(67, count(plain, "edge "), plain);
        assertTrue(plain.contains("node \"method:resnet50\""), plain);
        assertTrue(plain.contains(" ResNet-50 "), plain);
        assertTrue(plain.contains("\"Revisiting ResNet-50 Training on CIFAR-10\""), plain);

        Path md = write("dot", new ExportOptions("method-dataset", Set.of(), 2), "md.dot");
        String svg = run(list("dot", "-Tsvg", md.toString()));
        assertEquals(4, count(svg, "<g id=\"node"), svg);
        assertEquals(4, count(svg, "<g id=\"edge"), svg);
        assertTrue(svg.contains(">ResNet&#45;50</text>") || svg.contains(">ResNet-50</text>"), svg);
    }

    @Test
    void cytoscapeJsLoadsTheJson() throws Exception {
        External.require(Files.isDirectory(NODE_MODULES.resolve("cytoscape")),
                "the cytoscape npm package (npm install --prefix src/test/node)");
        External.requireRuns("node", "--version");
        Path file = write("cytoscape", ExportOptions.DEFAULT, "full.json");
        JsonNode r = runJson(list("node", READERS.resolve("read_cytoscape.js").toString(),
                NODE_MODULES.toAbsolutePath().toString(), file.toString()), IDS);
        assertEquals(30, r.get("nodes").asInt(), r.toString());
        assertEquals(67, r.get("edges").asInt(), r.toString());
        assertEquals("ResNet-50", r.at("/labels/method:resnet50").asText());
        assertEquals("82.5% top-1 accuracy", r.at("/labels/paper:p1:result:1").asText());
        // resnet50: 3 papers mention it, p1's result 2 has it as method and result 4 as baseline
        assertEquals(5, r.at("/degree/method:resnet50").asInt(), r.toString());
    }

    // ---------------------------------------------------------------------------------------------
    // RDF formats

    static DatasetGraph storeDataset() {
        return FixtureStore.expectedDataset();
    }

    static Graph storeUnion() {
        Graph g = GraphFactory.createDefaultGraph();
        storeDataset().getUnionGraph().find().forEachRemaining(g::add);
        return g;
    }

    @ParameterizedTest(name = "Jena reads {0}")
    @CsvSource({"turtle, TTL, false", "trig, TRIG, true", "nquads, NQUADS, true", "jsonld, JSONLD, false", "rdfxml, RDFXML, false"})
    void jenaReadsTheStoreBack(String format, String lang, boolean dataset) throws Exception {
        Path file = write(format, ExportOptions.DEFAULT, "export." + format);
        Lang l = org.apache.jena.riot.RDFLanguages.nameToLang(lang);
        if (dataset) {
            DatasetGraph read = RDFDataMgr.loadDatasetGraph(file.toString(), l);
            assertEquals(5, read.size(), "one named graph per paper, and the entities graph");
            assertTrue(IsoMatcher.isomorphic(storeDataset(), read), format);
        } else {
            Graph read = RDFDataMgr.loadGraph(file.toString(), l);
            assertTrue(read.isIsomorphicWith(storeUnion()), format);
        }
    }

    @ParameterizedTest(name = "rdflib reads {0}")
    @CsvSource({"turtle, turtle, false", "trig, trig, true", "nquads, nquads, true", "jsonld, json-ld, false", "rdfxml, xml, false"})
    void rdflibReadsTheSameGraph(String format, String rdflibFormat, boolean dataset) throws Exception {
        External.requireRuns("/usr/bin/python3", "-c", "import rdflib");
        Path file = write(format, ExportOptions.DEFAULT, "rdflib." + format);
        Path back = dir.resolve("rdflib-" + format + ".nq");
        run(list("/usr/bin/python3", READERS.resolve("read_rdf.py").toString(), rdflibFormat, file.toString(), back.toString()));
        if (dataset) {
            DatasetGraph read = RDFDataMgr.loadDatasetGraph(back.toString(), Lang.NQUADS);
            assertTrue(IsoMatcher.isomorphic(storeDataset(), read), format + " as rdflib read it");
        } else {
            Graph read = RDFDataMgr.loadGraph(back.toString(), Lang.NTRIPLES);
            assertTrue(read.isIsomorphicWith(storeUnion()), format + " as rdflib read it");
        }
    }

    /** rapper counts the statements as written: the union formats hold each triple once. */
    @ParameterizedTest(name = "rapper counts {0}")
    @CsvSource({"turtle, turtle, false", "trig, trig, true", "nquads, nquads, true", "rdfxml, rdfxml, false"})
    void rapperCountsEveryStatementOnce(String format, String rapperFormat, boolean dataset) throws Exception {
        External.requireRuns("rapper", "--version");
        Path file = write(format, ExportOptions.DEFAULT, "rapper." + format);
        String out = run(list("rapper", "-i", rapperFormat, "-c", file.toString()));
        Matcher m = Pattern.compile("returned (\\d+) (triples|statements)").matcher(out);
        assertTrue(m.find(), out);
        long expected = dataset ? quadCount(storeDataset()) : storeUnion().size();
        assertEquals(expected, Long.parseLong(m.group(1)), out);
    }

    static long quadCount(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------

    static Path write(String format, ExportOptions options, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, FixtureStore.export(store, format, options));
        return file;
    }

    static List<String> list(String... args) {
        return new ArrayList<>(List.of(args));
    }

    static JsonNode runJson(List<String> cmd, String... extra) throws Exception {
        cmd.addAll(List.of(extra));
        String out = run(cmd);
        return JSON.readTree(out.substring(out.indexOf('{')));
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        assertEquals(0, p.exitValue(), cmd + "\n" + out);
        return out;
    }

    static int count(String text, String prefix) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }
}
