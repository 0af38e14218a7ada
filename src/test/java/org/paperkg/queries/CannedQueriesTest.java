package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.vocab.PKG;

/**
 * Runs every canned query of queries/ against the hand-written fixture loaded into a real TDB2 store
 * whose default graph is the union of the named graphs, and checks the rows.
 */
class CannedQueriesTest {

    static final Path QUERIES = Path.of("queries");
    static final Path ONTOLOGY = Path.of("ontology", "paperkg.ttl");
    static final Path FIXTURE = Path.of("src", "test", "resources", "fixtures", "kg.trig");
    static final String ID = PKG.ID;

    @TempDir
    static Path storeDir;

    static Dataset dataset;

    @BeforeAll
    static void loadStore() {
        dataset = TDB2Factory.connectDataset(storeDir.toString());
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, FIXTURE.toString()));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @AfterAll
    static void releaseStore() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers: header parsing, binding, running

    record Param(String name, String defaultValue, String description) {
    }

    record Canned(String name, String title, String answers, String example, List<Param> params, String text) {
    }

    static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$");
    static final Pattern ANSWERS = Pattern.compile("^#\\s*answers:\\s*(.+)$");
    static final Pattern EXAMPLE = Pattern.compile("^#\\s*example:\\s*(.+)$");
    /** A string parameter ({@code = "default"}) or an IRI parameter ({@code = <default>}). */
    static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|<([^>]*)>)\\s*--\\s*(.+)$");
    static final Pattern DOLLAR = Pattern.compile("\\$(\\w+)");

    static Canned load(String name) {
        try {
            String text = Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
            String title = null;
            String answers = null;
            String example = null;
            List<Param> params = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith("#")) {
                    break;
                }
                Matcher m;
                if ((m = TITLE.matcher(line)).matches()) {
                    title = m.group(1).trim();
                } else if ((m = ANSWERS.matcher(line)).matches()) {
                    answers = m.group(1).trim();
                } else if ((m = EXAMPLE.matcher(line)).matches()) {
                    example = m.group(1).trim();
                } else if ((m = PARAM.matcher(line)).matches()) {
                    params.add(new Param(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), m.group(4).trim()));
                }
            }
            return new Canned(name, title, answers, example, params, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().collect(Collectors.toList());
        }
    }

    /** Binds every declared parameter: the given value, else the header default. */
    static Query bind(Canned canned, Map<String, String> given) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(canned.text());
        for (Param p : canned.params()) {
            pss.setLiteral(p.name(), given.getOrDefault(p.name(), p.defaultValue()));
        }
        for (String name : given.keySet()) {
            assertTrue(canned.params().stream().anyMatch(p -> p.name().equals(name)),
                    canned.name() + " has no parameter " + name);
        }
        return pss.asQuery();
    }

    /** Rows as maps from variable to lexical form (literal) or IRI; unbound variables are absent. */
    static List<Map<String, String>> run(String name, String... keyValues) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            given.put(keyValues[i], keyValues[i + 1]);
        }
        return select(bind(load(name), given));
    }

    static List<Map<String, String>> select(Query query) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        if (n != null) {
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    static List<Map<String, String>> select(String sparql) {
        return select(QueryFactory.create(sparql));
    }

    /** The given columns of every row, joined by " | ", for compact whole-table assertions. */
    static List<String> table(List<Map<String, String>> rows, String... columns) {
        return rows.stream()
                .map(r -> Arrays.stream(columns).map(c -> r.getOrDefault(c, "-")).collect(Collectors.joining(" | ")))
                .collect(Collectors.toList());
    }

    static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/paperkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    // ------------------------------------------------------------------------------------------------
    // Store and binding mechanics

    @Test
    void unionDefaultGraphSeesEveryPaperGraphAndMergesSharedEntities() {
        // The fixture's quads are all in the four paper graphs and the entities graph, none in the stored
        // default graph.
        Set<String> graphs = Txn.calculateRead(dataset, () -> {
            Set<String> names = new TreeSet<>();
            dataset.asDatasetGraph().find().forEachRemaining(q -> names.add(q.getGraph().toString()));
            return names;
        });
        assertEquals(Set.of(ID + "graph/entities", ID + "paper/p1", ID + "paper/p2", ID + "paper/p3", ID + "paper/p4"),
                graphs);
        List<Map<String, String>> papers = select(PREFIXES + "SELECT ?p WHERE { ?p a pkg:Paper } ORDER BY STR(?p)");
        assertEquals(List.of(ID + "paper/p1", ID + "paper/p2", ID + "paper/p3", ID + "paper/p4"),
                papers.stream().map(r -> r.get("p")).collect(Collectors.toList()));
        // ResNet-50's label is stated once, in the entities graph, though three paper graphs mention it.
        List<Map<String, String>> labels = select(PREFIXES
                + "SELECT ?l WHERE { <" + ID + "method/resnet50> skos:prefLabel ?l }");
        assertEquals(List.of("ResNet-50"), labels.stream().map(r -> r.get("l")).collect(Collectors.toList()));
    }

    @Test
    void withoutTheUnionFlagTheDefaultGraphOfTheSameStoreIsEmpty(@TempDir Path other) {
        Dataset plain = TDB2Factory.connectDataset(other.toString());
        try {
            Txn.executeWrite(plain, () -> RDFDataMgr.read(plain, FIXTURE.toString()));
            long n = Txn.calculateRead(plain, () -> {
                try (QueryExecution qe = QueryExecution.dataset(plain)
                        .query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?p a pkg:Paper }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(0, n);
        } finally {
            TDBInternal.expel(plain.asDatasetGraph());
        }
    }

    @Test
    void setLiteralReplacesDollarParameterWithPlainStringLiteral() {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                "SELECT ?x WHERE { BIND($name AS ?x) FILTER($name = \"\" || true) }");
        pss.setLiteral("name", "top-1 \"acc\"");
        Query q = pss.asQuery();
        String text = q.toString();
        assertTrue(text.contains("\"top-1 \\\"acc\\\"\""), text);
        assertFalse(text.contains("$name"), text);
        assertEquals("top-1 \"acc\"", select(q).get(0).get("x"));
    }

    // ------------------------------------------------------------------------------------------------
    // Query files

    @Test
    void everyQueryFileParsesWithDefaultsAndHasTitleAnswersAndExample() throws IOException {
        List<String> names = queryNames();
        assertTrue(names.containsAll(List.of("leaderboard", "methods-on-dataset", "datasets-most-used",
                "paper-proposals", "papers-with-code", "compared-against", "method-datasets", "top-baselines",
                "method-cooccurrence", "task-proposals", "results-with-evidence", "entity-aliases",
                "code-per-method", "entity-counts")), names.toString());
        for (String name : names) {
            Canned c = load(name);
            assertNotNull(c.title(), name + ": title");
            assertNotNull(c.answers(), name + ": answers");
            assertNotNull(c.example(), name + ": example");
            assertTrue(c.example().startsWith("paperkg query " + name), name + ": example " + c.example());
            Query q = bind(c, Map.of());
            assertTrue(q.isSelectType(), name);
            assertTrue(q.hasOrderBy() || unionOfOrderedParts(q), name + " must order its rows");
        }
    }

    /**
     * A query without ORDER BY may still give its rows in order: a union of subqueries that are each ordered, which
     * Jena reads part after part (entity-papers and entity-results: the first rows kept in the summary, then the rest).
     */
    private static boolean unionOfOrderedParts(Query q) {
        if (!(q.getQueryPattern() instanceof org.apache.jena.sparql.syntax.ElementGroup group)) {
            return false;
        }
        return group.getElements().stream().anyMatch(e -> e instanceof org.apache.jena.sparql.syntax.ElementUnion union
                && union.getElements().stream().allMatch(CannedQueriesTest::orderedSubquery));
    }

    private static boolean orderedSubquery(org.apache.jena.sparql.syntax.Element e) {
        if (e instanceof org.apache.jena.sparql.syntax.ElementGroup g && g.getElements().size() == 1) {
            return orderedSubquery(g.getElements().get(0));
        }
        return e instanceof org.apache.jena.sparql.syntax.ElementSubQuery sub && sub.getQuery().hasOrderBy();
    }

    @Test
    void everyDollarParameterInAQueryBodyIsDeclaredInItsHeaderAndViceVersa() throws IOException {
        for (String name : queryNames()) {
            Canned c = load(name);
            String body = Arrays.stream(c.text().split("\n")).filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n"));
            Set<String> used = new TreeSet<>();
            Matcher m = DOLLAR.matcher(body);
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> declared = c.params().stream().map(Param::name).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, used, name);
            // No ?var of the same name: ParameterizedSparqlString would replace it too.
            for (String p : declared) {
                assertFalse(Pattern.compile("\\?" + p + "(?!\\w)").matcher(body).find(), name + ": ?" + p);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // One test per query

    @Test
    void leaderboardListsBestResultFirstForDatasetAndMetric() {
        List<Map<String, String>> rows = run("leaderboard", "dataset", "ImageNet", "metric", "top-1 accuracy");
        assertEquals(List.of(
                "83.1 | % | TinyFormer | TinyFormer: A Compact Vision Transformer",
                "82.5 | % | FastNet | FastNet: Efficient Convolutional Networks for Image Classification",
                "76.1 | % | ResNet-50 | FastNet: Efficient Convolutional Networks for Image Classification"),
                table(rows, "value", "unit", "methodLabel", "paperTitle"));
        assertEquals("TinyFormer achieves 83.1% top-1 acc on ImageNet-1k with a latency of 12.5 ms.",
                rows.get(0).get("evidence"));
        assertEquals(ID + "paper/p3/result/1", rows.get(0).get("result"));
    }

    @Test
    void leaderboardMatchesAliasesCaseInsensitivelyAndRanksByTheMetricsDirection() {
        List<Map<String, String>> rows = run("leaderboard", "dataset", "imagenet-1K", "metric", "TOP-1 ACC");
        assertEquals(List.of("83.1 | TinyFormer | higherisbetter", "82.5 | FastNet | higherisbetter",
                "76.1 | ResNet-50 | higherisbetter"), table(rows, "value", "methodLabel", "direction"));
        assertEquals(List.of("12.5 | ms | lowerisbetter"),
                table(run("leaderboard", "metric", "latency"), "value", "unit", "direction"));
    }

    @Test
    void leaderboardHidesResultsBelowMinConfidenceUnlessAskedForAll() {
        assertEquals(List.of("83.1 | TinyFormer", "82.5 | FastNet"),
                table(run("leaderboard", "dataset", "ImageNet", "metric", "top-1 accuracy", "minConfidence", "0.75"),
                        "value", "methodLabel"));
        assertEquals(3, run("leaderboard", "dataset", "ImageNet", "metric", "top-1 accuracy", "minConfidence", "0").size());
    }

    @Test
    void leaderboardWithDefaultsGroupsAbsoluteResultsByDatasetAndMetric() {
        assertEquals(List.of(
                "CIFAR-10 | accuracy | 97.3 | FastNet",
                "CIFAR-10 | accuracy | 95.4 | CutBoost",
                "ImageNet | latency | 12.5 | TinyFormer",
                "ImageNet | top-1 accuracy | 83.1 | TinyFormer",
                "ImageNet | top-1 accuracy | 82.5 | FastNet",
                "ImageNet | top-1 accuracy | 76.1 | ResNet-50",
                "SST-2 | accuracy | 91.2 | PruneBERT"),
                table(run("leaderboard"), "datasetLabel", "metricLabel", "value", "methodLabel"));
    }

    @Test
    void leaderboardOfRelativeResultsListsImprovementsWithADataset() {
        assertEquals(List.of("CIFAR-10 | accuracy | 1.2 | pp | CutBoost", "SST-2 | speedup | 3.1 | x | PruneBERT"),
                table(run("leaderboard", "kind", "relative", "minConfidence", "0"), "datasetLabel", "metricLabel",
                        "value", "unit", "methodLabel"));
    }

    @Test
    void methodsOnDatasetCountsPapersRolesAndResults() {
        List<String> header = List.of("datasetLabel", "methodLabel", "papers", "proposedIn", "comparedIn", "usedIn",
                "results");
        String[] cols = header.toArray(String[]::new);
        assertEquals(List.of(
                "CIFAR-10 | ResNet-50 | 2 | 0 | 1 | 1 | 0",
                "CIFAR-10 | CutBoost | 1 | 1 | 0 | 0 | 2",
                "CIFAR-10 | FastNet | 1 | 1 | 0 | 0 | 1"),
                table(run("methods-on-dataset", "dataset", "cifar10"), cols));
        assertEquals(List.of(
                "CIFAR-10 | ResNet-50 | 2 | 0 | 1 | 1 | 0",
                "CIFAR-10 | CutBoost | 1 | 1 | 0 | 0 | 2",
                "CIFAR-10 | FastNet | 1 | 1 | 0 | 0 | 1",
                "ImageNet | FastNet | 2 | 1 | 1 | 0 | 1",
                "ImageNet | ResNet-50 | 2 | 0 | 2 | 0 | 1",
                "ImageNet | TinyFormer | 1 | 1 | 0 | 0 | 2",
                "SST-2 | PruneBERT | 1 | 1 | 0 | 0 | 2",
                "SST-2 | BERT | 1 | 0 | 1 | 0 | 0",
                "SST-2 | structured pruning | 1 | 0 | 0 | 1 | 0"),
                table(run("methods-on-dataset"), cols));
    }

    @Test
    void datasetsMostUsedRanksByPapersThenResults() {
        assertEquals(List.of("ImageNet | 2 | 4", "CIFAR-10 | 2 | 3", "SST-2 | 1 | 2"),
                table(run("datasets-most-used"), "datasetLabel", "papers", "results"));
        assertEquals(List.of("ImageNet | 2 | 4", "CIFAR-10 | 1 | 1"),
                table(run("datasets-most-used", "task", "Image Classification"), "datasetLabel", "papers", "results"));
    }

    @Test
    void paperProposalsListsEachPapersProposedMethodsWithSortedAliases() {
        assertEquals(List.of(
                "FastNet: Efficient Convolutional Networks for Image Classification | 2023 | FastNet | FastNet | ",
                "PruneBERT: Structured Pruning for Text Classification | 2023 | PruneBERT | PruneBERT | PBERT; Pruned BERT",
                "Revisiting ResNet-50 Training on CIFAR-10 | 2022 | CutBoost | CutBoost | ",
                "TinyFormer: A Compact Vision Transformer | 2024 | TinyFormer | TinyFormer | "),
                table(run("paper-proposals"), "paperTitle", "year", "surfaceForm", "methodLabel", "aliases"));
        List<Map<String, String>> one = run("paper-proposals", "title", "bert");
        assertEquals(List.of(ID + "method/prunebert"), one.stream().map(r -> r.get("methodIri")).toList());
    }

    @Test
    void papersWithCodeListsCodeLinksWithProposedMethods() {
        assertEquals(List.of(
                "FastNet: Efficient Convolutional Networks for Image Classification | 2023 | cvpr | https://github.com/example/fastnet | FastNet",
                "TinyFormer: A Compact Vision Transformer | 2024 | cvpr | https://github.com/example/tinyformer | TinyFormer"),
                table(run("papers-with-code"), "paperTitle", "year", "venue", "code", "proposes"));
    }

    @Test
    void comparedAgainstGivesBaselinesOfAMethodAndMethodsUsingItAsBaseline() {
        assertEquals(List.of(
                "ResNet-50 | is baseline of | FastNet | 1 | FastNet: Efficient Convolutional Networks for Image Classification",
                "ResNet-50 | is baseline of | TinyFormer | 1 | TinyFormer: A Compact Vision Transformer"),
                table(run("compared-against", "method", "ResNet50"), "methodLabel", "relation", "otherLabel", "papers",
                        "paperTitles"));
        assertEquals(List.of(
                "BERT | is baseline of | PruneBERT | 1",
                "FastNet | has baseline | ResNet-50 | 1",
                "FastNet | is baseline of | TinyFormer | 1",
                "PruneBERT | has baseline | BERT | 1",
                "ResNet-50 | is baseline of | FastNet | 1",
                "ResNet-50 | is baseline of | TinyFormer | 1",
                "TinyFormer | has baseline | FastNet | 1",
                "TinyFormer | has baseline | ResNet-50 | 1"),
                table(run("compared-against"), "methodLabel", "relation", "otherLabel", "papers"));
    }

    @Test
    void methodDatasetsCountsPapersAndPapersWithResultsPerMethod() {
        assertEquals(List.of("ResNet-50 | ImageNet | 2 | 1", "ResNet-50 | CIFAR-10 | 2 | 0"),
                table(run("method-datasets", "method", "resnet-50"), "methodLabel", "datasetLabel", "papers",
                        "resultPapers"));
        assertEquals(List.of(
                "BERT | SST-2 | 1 | 0",
                "CutBoost | CIFAR-10 | 1 | 1",
                "FastNet | ImageNet | 2 | 1",
                "FastNet | CIFAR-10 | 1 | 1",
                "PruneBERT | SST-2 | 1 | 1",
                "ResNet-50 | ImageNet | 2 | 1",
                "ResNet-50 | CIFAR-10 | 2 | 0",
                "TinyFormer | ImageNet | 1 | 1",
                "structured pruning | SST-2 | 1 | 0"),
                table(run("method-datasets"), "methodLabel", "datasetLabel", "papers", "resultPapers"));
    }

    @Test
    void topBaselinesRanksMethodsByPapersComparingWithThem() {
        assertEquals(List.of("ResNet-50 | 2 | 1", "BERT | 1 | 1", "FastNet | 1 | 0"),
                table(run("top-baselines"), "methodLabel", "papers", "baselineResults"));
        assertEquals(List.of("ResNet-50 | 2 | 1", "FastNet | 1 | 0"),
                table(run("top-baselines", "dataset", "ImageNet"), "methodLabel", "papers", "baselineResults"));
    }

    @Test
    void methodCooccurrenceCountsEachPairOnce() {
        assertEquals(List.of(
                "FastNet | ResNet-50 | 2",
                "BERT | PruneBERT | 1",
                "BERT | structured pruning | 1",
                "CutBoost | ResNet-50 | 1",
                "FastNet | TinyFormer | 1",
                "PruneBERT | structured pruning | 1",
                "ResNet-50 | TinyFormer | 1"),
                table(run("method-cooccurrence"), "method1Label", "method2Label", "papers"));
        assertEquals(List.of("FastNet | ResNet-50 | 2", "CutBoost | ResNet-50 | 1", "ResNet-50 | TinyFormer | 1"),
                table(run("method-cooccurrence", "method", "resnet50"), "method1Label", "method2Label", "papers"));
    }

    @Test
    void taskProposalsListsPapersProposingMethodsForATask() {
        assertEquals(List.of(
                "image classification | FastNet | FastNet: Efficient Convolutional Networks for Image Classification | 2023",
                "image classification | TinyFormer | TinyFormer: A Compact Vision Transformer | 2024",
                "text classification | PruneBERT | PruneBERT: Structured Pruning for Text Classification | 2023"),
                table(run("task-proposals"), "taskLabel", "methodLabel", "paperTitle", "year"));
        assertEquals(List.of("FastNet", "TinyFormer"),
                run("task-proposals", "task", "IMAGE classification").stream().map(r -> r.get("methodLabel")).toList());
    }

    @Test
    void resultsWithEvidenceGivesEveryResultWithBaselineAndOffsets() {
        List<Map<String, String>> rows = run("results-with-evidence");
        assertEquals(List.of(
                "1 | 82.5 | % | absolute | top-1 accuracy | FastNet | ImageNet | -",
                "2 | 76.1 | % | absolute | top-1 accuracy | ResNet-50 | ImageNet | -",
                "3 | 97.3 | % | absolute | accuracy | FastNet | CIFAR-10 | -",
                "4 | 2.3 | x | relative | speedup | FastNet | - | ResNet-50",
                "1 | 91.2 | % | absolute | accuracy | PruneBERT | SST-2 | -",
                "2 | 3.1 | x | relative | speedup | PruneBERT | SST-2 | BERT",
                "1 | 95.4 | % | absolute | accuracy | CutBoost | CIFAR-10 | -",
                "2 | 1.2 | pp | relative | accuracy | CutBoost | CIFAR-10 | standard training",
                "1 | 83.1 | % | absolute | top-1 accuracy | TinyFormer | ImageNet | -",
                "2 | 12.5 | ms | absolute | latency | TinyFormer | ImageNet | -"),
                table(rows, "ordinal", "value", "unit", "kind", "metricLabel", "methodLabel", "datasetLabel",
                        "baseline"));
        assertEquals("201 | 239 | 0.75 | FastNet is 2.3x faster than ResNet-50.",
                table(rows, "evidenceStart", "evidenceEnd", "confidence", "evidence").get(3));
        assertEquals(List.of("1.2"), run("results-with-evidence", "paper", "revisiting").stream()
                .filter(r -> "relative".equals(r.get("kind"))).map(r -> r.get("value")).toList());
        assertEquals(List.of("91.2", "3.1"),
                run("results-with-evidence", "paper", "P4").stream().map(r -> r.get("value")).toList());
    }

    @Test
    void evidenceOffsetsOfTheFixturePointIntoTheAbstract() {
        List<Map<String, String>> rows = select(PREFIXES + """
                SELECT ?abstract ?text ?start ?end WHERE {
                  ?p pkg:reportsResult ?r ; dcterms:abstract ?abstract .
                  ?r pkg:evidenceText ?text ; pkg:evidenceStart ?start ; pkg:evidenceEnd ?end .
                }""");
        assertEquals(10, rows.size());
        for (Map<String, String> r : rows) {
            assertEquals(r.get("text"), r.get("abstract").substring(Integer.parseInt(r.get("start")),
                    Integer.parseInt(r.get("end"))));
        }
    }

    @Test
    void entityAliasesGathersLabelsAndSurfaceFormsFromAllPapers() {
        assertEquals(List.of(
                "dataset | CIFAR-10 |  | 2",
                "dataset | ImageNet | ImageNet-1k | 2",
                "dataset | SST-2 |  | 1",
                "method | BERT |  | 1",
                "method | CutBoost |  | 1",
                "method | FastNet |  | 2",
                "method | PruneBERT | PBERT; Pruned BERT | 1",
                "method | ResNet-50 | ResNet50 | 3",
                "method | TinyFormer |  | 1",
                "method | structured pruning |  | 1",
                "metric | accuracy |  | 3",
                "metric | latency |  | 1",
                "metric | speedup | faster | 2",
                "metric | top-1 accuracy | top-1 acc | 2",
                "task | image classification |  | 2",
                "task | text classification |  | 1"),
                table(run("entity-aliases"), "entityType", "label", "aliases", "papers"));
        assertEquals(List.of("CIFAR-10", "ImageNet", "SST-2"),
                run("entity-aliases", "type", "Dataset").stream().map(r -> r.get("label")).toList());
        assertEquals(List.of(ID + "method/resnet50"),
                run("entity-aliases", "name", "RESNET50").stream().map(r -> r.get("entity")).toList());
    }

    @Test
    void codePerMethodListsCodeOfPapersProposingEachMethod() {
        assertEquals(List.of(
                "FastNet | https://github.com/example/fastnet | FastNet: Efficient Convolutional Networks for Image Classification",
                "TinyFormer | https://github.com/example/tinyformer | TinyFormer: A Compact Vision Transformer"),
                table(run("code-per-method"), "methodLabel", "code", "paperTitle"));
        assertEquals(List.of("https://github.com/example/tinyformer"),
                run("code-per-method", "method", "tinyformer").stream().map(r -> r.get("code")).toList());
        assertEquals(List.of(), run("code-per-method", "method", "ResNet-50"));
    }

    @Test
    void entityCountsCountsInstancesAndPapersPerType() {
        assertEquals(List.of(
                "Paper | 4 | 4",
                "Method | 7 | 4",
                "Dataset | 3 | 4",
                "Metric | 4 | 4",
                "Task | 2 | 3",
                "Mention | 26 | 4",
                "ClaimedResult | 10 | 4"),
                table(run("entity-counts"), "type", "count", "papers"));
    }

    // ------------------------------------------------------------------------------------------------
    // Ontology

    static Model ontology() {
        return RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    @Test
    void ontologyParsesAndDeclaresEveryTermUsedInTheFixture() {
        Model onto = ontology();
        Set<String> used = new TreeSet<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(q -> {
            for (org.apache.jena.graph.Node n : List.of(q.getPredicate(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(PKG.NS)) {
                    used.add(n.getURI());
                }
            }
        }));
        assertTrue(used.size() > 30, used.toString());
        for (String iri : used) {
            Resource r = onto.createResource(iri);
            assertTrue(onto.contains(r, RDF.type), "not declared: " + iri);
            assertTrue(onto.contains(r, RDFS.label), "no label: " + iri);
            assertTrue(onto.contains(r, RDFS.comment), "no comment: " + iri);
        }
    }

    @Test
    void ontologyDeclaresEveryTermOfThePkgVocabularyWithLabelCommentDomainAndRange()
            throws IllegalAccessException {
        Model onto = ontology();
        assertTrue(onto.contains(onto.createResource("https://w3id.org/paperkg/ontology"), RDF.type, OWL.Ontology));
        int terms = 0;
        for (Field f : PKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = onto.createResource(((Resource) f.get(null)).getURI());
            terms++;
            assertTrue(onto.contains(term, RDFS.label), "no label: " + term);
            assertTrue(onto.contains(term, RDFS.comment), "no comment: " + term);
            if (onto.contains(term, RDF.type, OWL.ObjectProperty) || onto.contains(term, RDF.type, OWL.DatatypeProperty)) {
                assertTrue(onto.contains(term, RDFS.domain), "no domain: " + term);
                assertTrue(onto.contains(term, RDFS.range), "no range: " + term);
            } else {
                assertTrue(onto.contains(term, RDF.type, OWL.Class) || onto.contains(term, RDF.type, OWL.NamedIndividual),
                        "neither property, class nor individual: " + term);
            }
        }
        // 39 + IdentitySource, its three values and pkg:identitySource (identity)
        // + MetricDirection, its three values, pkg:direction, pkg:normalizedValue, pkg:normalizedUnit (results)
        // + Authorship and 12 properties of paper identity and metadata; + 12 terms of the summary graph (web app)
        // + 3 more of it: its leaderboard rows, their confidence, search prefixes of rarely named entities and papers
        // + 5 more: search prefixes of titles and of the most mentioned entities, links among neighbours, an entity's
        // first papers and results; + the store's high-precision tier (its leaderboards' default confidence)
        // + which software extracted each paper (pkg:extractedBy)
        assertEquals(51 + 13 + 12 + 3 + 5 + 1 + 1, terms);
    }

    @Test
    void ontologyAlignsWithFabioSchemaMlsSkosAndProv() {
        Model onto = ontology();
        String mls = "http://www.w3.org/ns/mls#";
        String[][] sub = {
            {"Paper", "http://purl.org/spar/fabio/ScholarlyWork"},
            {"Paper", "https://schema.org/ScholarlyArticle"},
            {"Method", mls + "Algorithm"},
            {"Dataset", mls + "Dataset"},
            {"Metric", mls + "EvaluationMeasure"},
            {"Task", mls + "Task"},
            {"ClaimedResult", mls + "ModelEvaluation"},
            {"ClaimedResult", "http://www.w3.org/ns/prov#Entity"},
            {"Method", "http://www.w3.org/2004/02/skos/core#Concept"},
            {"Dataset", "http://www.w3.org/2004/02/skos/core#Concept"},
            {"Metric", "http://www.w3.org/2004/02/skos/core#Concept"},
            {"Task", "http://www.w3.org/2004/02/skos/core#Concept"},
        };
        for (String[] s : sub) {
            assertTrue(onto.contains(onto.createResource(PKG.NS + s[0]), RDFS.subClassOf, onto.createResource(s[1])),
                    s[0] + " subClassOf " + s[1]);
        }
        for (String p : List.of("proposes", "comparesWith", "uses")) {
            assertTrue(onto.contains(onto.createResource(PKG.NS + p), RDFS.subPropertyOf, PKG.mentions), p);
        }
        assertTrue(onto.contains(PKG.value, RDFS.range, org.apache.jena.vocabulary.XSD.decimal));
        assertTrue(onto.contains(PKG.MethodRole, OWL.oneOf));
        assertTrue(onto.contains(PKG.ResultKind, OWL.oneOf));
        assertTrue(onto.contains(PKG.Proposed, RDF.type, PKG.MethodRole));
        assertTrue(onto.contains(PKG.Relative, RDF.type, PKG.ResultKind));
    }
}
