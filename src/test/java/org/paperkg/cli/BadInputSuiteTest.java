package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperkg.store.KgStore;
import org.paperkg.validate.GraphValidator;
import org.paperkg.validate.Violation;
import org.paperkg.vocab.PKG;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad inputs, each built next to a good file: a clear message naming file and line, the good records
 * stored, the store valid under the SHACL shapes, queries and an N-Quads round trip working, and the
 * right exit status (0 stored everything, 3 skipped something).
 */
class BadInputSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** How to make the bad input in a folder; returns the path given to the build. */
    interface Setup {
        Path make(Path dir) throws Exception;
    }

    record Case(String name, Setup setup, int exit, List<String> messages, int papers, String storedTitle) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String rec(String id, String title, String abs) {
        ObjectNode o = JSON.createObjectNode();
        if (id != null) {
            o.put("id", id);
        }
        if (title != null) {
            o.put("title", title);
        }
        if (abs != null) {
            o.put("abstract", abs);
        }
        return o.toString();
    }

    static String good(int i) {
        return rec("good-" + i, "Good paper " + i + " on ResNet-50",
                "We train ResNet-50 on ImageNet and reach 7" + i + ".1% top-1 accuracy.");
    }

    static Setup text(String name, String content) {
        return d -> Files.writeString(d.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Setup bytes(String name, byte[]... parts) {
        return d -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.write(p);
            }
            return Files.write(d.resolve(name), out.toByteArray());
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Case c(String name, Setup setup, int exit, int papers, String... messages) {
        return new Case(name, setup, exit, List.of(messages), papers, null);
    }

    static Case stored(String name, String title, String abs) {
        return new Case(name, text("bad.jsonl", good(5) + "\n" + rec("x-" + name, title, abs) + "\n"), 0, List.of(), 2, title);
    }

    static Stream<Case> cases() {
        String g = good(5) + "\n";
        String sparqlBreaker = "Quotes \" and 'single' <angle> back\\slash } \"\"\" {{ ?x }} #hash\nsecond line";
        return Stream.of(
                c("empty file", text("bad.jsonl", ""), 3, 0, "bad.jsonl:0", "empty file"),
                c("whitespace only", text("bad.jsonl", "\n  \n\t\n"), 3, 0, "bad.jsonl:0", "only whitespace"),
                c("binary file", bytes("bad.dat", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                        3, 0, "bad.dat:1", "binary data"),
                c("UTF-16 file", bytes("bad.jsonl", new byte[]{(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}), 3, 0, "bad.jsonl:1", "UTF-16"),
                c("invalid UTF-8 line", bytes("bad.jsonl", utf8(g), utf8("{\"title\":\"Caf"), new byte[]{(byte) 0xC3, 0x28},
                        utf8("\",\"abstract\":\"x y z.\"}\n" + good(6) + "\n")), 3, 2, "bad.jsonl:2", "invalid UTF-8"),
                c("NUL byte in a later line", bytes("bad.jsonl", utf8(rec("long", "A long abstract", "word ".repeat(2000)) + "\n"),
                        utf8("{\"title\":\"x"), new byte[]{0}, utf8("\"}\n")), 3, 1, "bad.jsonl:2", "NUL byte"),
                c("truncated JSON at end of file", text("bad.jsonl", g + "{\"id\":\"t\",\"title\":\"Trunc"), 3, 1, "bad.jsonl:2", "not valid JSON"),
                c("JSON array instead of object", text("bad.jsonl", g + "[1, 2]\n"), 3, 1, "bad.jsonl:2", "not a JSON object"),
                c("trailing garbage after object", text("bad.jsonl", g + good(6) + " xyz\n"), 3, 1, "bad.jsonl:2", "not valid JSON"),
                c("deeply nested JSON", text("bad.jsonl", g + "[".repeat(5000) + "]".repeat(5000) + "\n"), 3, 1, "bad.jsonl:2"),
                c("missing title", text("bad.jsonl", g + rec("m", null, "An abstract.") + "\n"), 3, 1, "bad.jsonl:2", "without a title"),
                c("missing abstract", text("bad.jsonl", g + rec("m", "A title", null) + "\n"), 3, 1, "bad.jsonl:2", "without an abstract"),
                c("blank abstract", text("bad.jsonl", g + rec("m", "A title", "   ") + "\n"), 3, 1, "bad.jsonl:2", "blank"),
                c("title is a number", text("bad.jsonl", g + "{\"title\":42,\"abstract\":\"Text.\"}\n"), 3, 1, "bad.jsonl:2", "must be a string"),
                c("year is not a number", text("bad.jsonl", g + "{\"title\":\"T\",\"abstract\":\"Text here.\",\"year\":\"soon\"}\n"), 3, 1, "bad.jsonl:2", "\"year\""),
                c("authors is a number", text("bad.jsonl", g + "{\"title\":\"T\",\"abstract\":\"Text here.\",\"authors\":7}\n"), 3, 1, "bad.jsonl:2", "\"authors\""),
                c("raw control character in a JSON string", text("bad.jsonl", g + "{\"title\":\"T\u0001\",\"abstract\":\"Text.\"}\n"), 3, 1, "bad.jsonl:2", "not valid JSON"),
                c("5 MB abstract", text("bad.jsonl", g + rec("huge", "Huge", "We propose HugeNet. ".repeat(5 * 1024 * 1024 / 20)) + "\n"),
                        3, 1, "bad.jsonl:2", "longer than 100,000"),
                c("3,000-character title", text("bad.jsonl", g + rec("longtitle", "T".repeat(3000), "Text here.") + "\n"), 3, 1, "bad.jsonl:2", "title of 3,000"),
                c("unpaired surrogate escape", text("bad.jsonl", g + "{\"title\":\"Broken \\ud800 title\",\"abstract\":\"Text here.\"}\n"),
                        3, 1, "bad.jsonl:2", "unpaired UTF-16 surrogate"),
                c("duplicate record", text("bad.jsonl", g + g), 3, 1, "bad.jsonl:2", "duplicate record", "bad.jsonl:1"),
                c("duplicate title without id, other abstract", text("bad.jsonl", rec(null, "Same Title", "First abstract here.") + "\n"
                        + rec(null, "same title!", "Second abstract here.") + "\n"), 3, 1, "bad.jsonl:2", "duplicate record", "different abstract"),
                c("one id for different papers", text("bad.jsonl", rec("dup", "First of two", "Abstract one.") + "\n"
                        + rec("dup", "Second of two", "Abstract two.") + "\n"), 0, 2),
                c("a directory instead of a file", d -> Files.createDirectory(d.resolve("bad.jsonl")), 3, 0, "bad.jsonl:0", "is a directory"),
                c("a file that does not exist", d -> d.resolve("missing.jsonl"), 3, 0, "missing.jsonl:0", "no such file"),
                c("a named pipe that ends mid-record", BadInputSuiteTest::pipeEndingMidRecord, 3, 1, "pipe.jsonl:2", "not valid JSON"),
                c("listing text: title without abstract", text("bad.txt", "Header\n\nFirst Paper Title\n\n"
                        + "This abstract is long enough to be taken as an abstract of the first paper in this listing, "
                        + "it talks about ResNet-50 on ImageNet and goes on for a while to pass the length check of listings.\n\n"
                        + "Second Paper Title Without Abstract\n\n"), 3, 1, "bad.txt:7", "without an abstract"),
                c("BOM and CRLF line ends", bytes("bad.jsonl", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8(good(6) + "\r\n" + good(7) + "\r\n")), 0, 2),
                c("landing page that is not an IRI", text("bad.jsonl", g + "{\"id\":\"u\",\"title\":\"Bad URL\",\"abstract\":\"Text here.\","
                        + "\"url\":\"not a url <script>\"}\n"), 0, 2),
                c("numeric id", text("bad.jsonl", g + "{\"id\":1.50,\"title\":\"Numeric id\",\"abstract\":\"Text here.\"}\n"), 0, 2),
                c("emoji-only titles without ids", text("bad.jsonl", rec(null, "🚀🔥", "Rocket abstract.") + "\n"
                        + rec(null, "🌊🌊", "Wave abstract.") + "\n"), 0, 2),
                stored("HTML markup", "<b>Bold</b> &amp; <i>HTML</i> title", "<p>We propose <b>HtmlNet</b>, which reaches 91.2% accuracy on "
                        + "<a href=\"x\">CIFAR-10</a>.</p><script>alert(1)</script>"),
                stored("LaTeX markup", "$\\mathcal{O}(n \\log n)$ attention \\cite{vaswani}",
                        "We reduce the cost to $\\mathcal{O}(n)$ with \\textbf{LinNet}, reaching 27.3 BLEU on WMT14 \\footnote{see \\url{x}}."),
                stored("control characters escaped in JSON", "Bell\u0007 and escape\u001b title", "Text with \u0001 control \u000b chars and ResNet-50."),
                stored("right-to-left text", "\u202Eشبكة عصبية Transformer \u05E9\u05DC\u05D5\u05DD",
                        "نقترح نموذج Transformer جديد. We reach 80.0% accuracy on ImageNet."),
                stored("emoji", "🚀 RocketNet: 🔥 fast 👩‍🔬 models", "We propose RocketNet 🚀, 2x faster 🔥 than ResNet-50 on ImageNet."),
                stored("title that breaks SPARQL and IRIs", sparqlBreaker, "An abstract } \"\"\" with <tags> and \\ backslashes."),
                // The sources' own formats (issue 13): a bad record names file and line, the good ones are kept.
                c("arXiv OAI page: malformed XML after a good record", text("bad.xml", oai(oaiRecord("2301.00001", "Good OAI paper"))
                        .replace("</ListRecords>", "<record><header><identifier>oai:arXiv.org:2301.00002</identifier></heade>")),
                        3, 1, "bad.xml:", "malformed XML"),
                c("arXiv snapshot: a line that is not JSON", text("bad.json", snapshot("2301.00003", "Good snapshot paper") + "\n"
                        + "{\"id\":\"2301.00004\",\"title\":\n"), 3, 1, "bad.json:2", "not valid JSON"),
                c("OpenAlex: inverted index with holes", text("works.jsonl", openAlex("W1", "Good OpenAlex paper", "[0]", "[1]") + "\n"
                        + openAlex("W2", "Holed OpenAlex paper", "[0]", "[5]") + "\n"), 3, 1, "works.jsonl:2", "has holes"),
                c("Semantic Scholar: a paper without abstract", text("s2.jsonl",
                        "{\"corpusid\":7,\"title\":\"No abstract anywhere\",\"externalids\":{}}\n"), 3, 0, "s2.jsonl:1",
                        "record without an abstract (corpusid 7"),
                c("PubMed: a record without abstract", text("pubmed.xml", "<PubmedArticleSet>\n" + pubmed("11", "Good PubMed paper", true)
                        + pubmed("12", "PubMed paper without abstract", false) + "</PubmedArticleSet>\n"), 3, 1, "pubmed.xml:",
                        "record without an abstract (PMID 12)"),
                c("BibTeX: an entry with unbalanced braces", text("refs.bib", "@article{broken,\n  title = {Broken {entry},\n"
                        + "  abstract = {We propose X.}\n}\n\n@article{fine,\n  title = {A fine entry on ResNet-50},\n"
                        + "  abstract = {We train ResNet-50 on ImageNet and reach 76.1\\% top-1 accuracy.}\n}\n"), 3, 1, "refs.bib:1",
                        "does not parse"),
                c("truncated gzip", BadInputSuiteTest::truncatedGzip, 3, 1, "cut.jsonl.gz:", "breaks off"),
                new Case("id that breaks IRIs", text("bad.jsonl", g + rec("a b/c?d#e<f>\"g{h}|^`\\ ü 日本 ../..", "Odd id paper", "Text here.") + "\n"),
                        0, List.of(), 2, "Odd id paper"));
    }

    static String oaiRecord(String id, String title) {
        return "<record><header><identifier>oai:arXiv.org:" + id + "</identifier></header><metadata>"
                + "<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>" + id + "</id><created>2023-01-02</created>"
                + "<authors><author><keyname>Doe</keyname><forenames>Jane</forenames></author></authors>"
                + "<title>" + title + "</title><categories>cs.LG</categories>"
                + "<abstract>\n  We train ResNet-50 on ImageNet and reach\n  76.1% top-1 accuracy.\n</abstract></arXiv></metadata></record>\n";
    }

    static String oai(String records) {
        return "<?xml version=\"1.0\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n<ListRecords>\n" + records
                + "</ListRecords>\n</OAI-PMH>\n";
    }

    static String snapshot(String id, String title) {
        return "{\"id\":\"" + id + "\",\"submitter\":\"Jane Doe\",\"authors\":\"Jane Doe\",\"title\":\"" + title
                + "\",\"abstract\":\"We train ResNet-50 on ImageNet and reach 76.1% top-1 accuracy.\",\"categories\":\"cs.LG\","
                + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Jan 2023 10:00:00 GMT\"}],"
                + "\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"]]}";
    }

    static String openAlex(String id, String title, String firstPositions, String secondPositions) {
        return "{\"id\":\"https://openalex.org/" + id + "\",\"title\":\"" + title + "\",\"publication_year\":2023,"
                + "\"authorships\":[],\"abstract_inverted_index\":{\"ResNet-50\":" + firstPositions + ",\"works.\":"
                + secondPositions + "}}";
    }

    static String pubmed(String pmid, String title, boolean withAbstract) {
        return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><Journal><Title>J</Title></Journal>"
                + "<ArticleTitle>" + title + "</ArticleTitle>"
                + (withAbstract ? "<Abstract><AbstractText>We train ResNet-50 on ImageNet.</AbstractText></Abstract>" : "")
                + "</Article></MedlineCitation></PubmedArticle>\n";
    }

    /** A gzipped JSON-lines file cut in its second gzip member (as pigz writes them): the first record is read. */
    static Path truncatedGzip(Path d) throws IOException {
        byte[] first = gzip(good(5) + "\n");
        byte[] second = gzip(good(6) + "\n" + good(7) + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first);
        out.write(second, 0, second.length / 2);
        return Files.write(d.resolve("cut.jsonl.gz"), out.toByteArray());
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(utf8(text));
        }
        return bytes.toByteArray();
    }

    static Path pipeEndingMidRecord(Path d) throws Exception {
        Path fifo = d.resolve("pipe.jsonl");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) { // blocks until the build opens the pipe
                out.write(utf8(good(5) + "\n{\"id\":\"cut\",\"title\":\"The writer went aw"));
            } catch (IOException e) {
                // the build did not read: the assertions report it
            }
        });
        writer.setDaemon(true);
        writer.start();
        return fifo;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedGoodRecordsAreStoredAndTheStoreStaysConsistent(Case c) throws Exception {
        Path goodFile = Files.writeString(dir.resolve("good.jsonl"), good(1) + "\n" + good(2) + "\n", StandardCharsets.UTF_8);
        Path bad = c.setup().make(dir);
        Path loc = dir.resolve("db");
        Cli r = Cli.run("build", "--loc", loc.toString(), "--threads", "2", "-q", goodFile.toString(), bad.toString());
        assertEquals(c.exit(), r.code(), r.toString());
        for (String m : c.messages()) {
            assertTrue(r.err().contains(m), "message '" + m + "' expected:\n" + r);
        }
        assertTrue(r.out().contains("store:"), r.toString());

        KgStore kg = KgStore.open(loc);
        try {
            long papers = Txn.calculateRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create("PREFIX pkg: <" + PKG.NS + ">\n"
                        + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }", kg.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2 + c.papers(), papers, "papers stored\n" + r);
            List<Violation> violations = new ArrayList<>();
            GraphValidator.bundled().validateStore(kg, violations::add);
            assertTrue(violations.isEmpty(), violations.toString());
            if (c.storedTitle() != null) {
                ParameterizedSparqlString q = new ParameterizedSparqlString(
                        "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?p WHERE { ?p dcterms:title ?t }");
                q.setLiteral("t", c.storedTitle().strip());
                boolean found = Txn.calculateRead(kg.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.create(q.asQuery(), kg.dataset())) {
                        return qe.execSelect().hasNext();
                    }
                });
                assertTrue(found, "title stored exactly and found by a parameterized query: " + c.storedTitle());
            }
            // Every IRI and literal survives an N-Quads round trip (a strict parser reads the export back).
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            Txn.executeRead(kg.dataset(), () -> RDFDataMgr.write(nq, kg.dataset().asDatasetGraph(), Lang.NQUADS));
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(nq.toString(StandardCharsets.UTF_8), Lang.NQUADS).strict(true).parse(back);
            long stored = Txn.calculateRead(kg.dataset(), () -> count(kg.dataset().asDatasetGraph()));
            assertEquals(stored, Txn.calculateRead(back, () -> count(back)));
        } finally {
            TDBInternal.expel(kg.dataset().asDatasetGraph());
        }
        Cli query = Cli.run("query", "--loc", loc.toString(), "entity-counts", "--results", "json");
        assertEquals(0, query.code(), query.toString());
    }

    private static long count(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }
}
