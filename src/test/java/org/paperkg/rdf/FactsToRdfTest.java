package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.paperkg.HandMadeFacts;
import org.paperkg.model.EntityType;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.vocab.PKG;

/** The mapping of facts to quads. */
class FactsToRdfTest {

    private static DatasetGraph write(PaperFacts... facts) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (PaperFacts f : facts) {
            FactsToRdf.write(f, StreamRDFLib.dataset(dsg));
        }
        return dsg;
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return dsg.stream().collect(Collectors.toSet());
    }

    @Test
    void sameInputTwiceGivesTheSameQuadsAndIsomorphicGraphs() {
        DatasetGraph one = write(HandMadeFacts.paperA());
        DatasetGraph two = write(HandMadeFacts.paperA());
        assertEquals(quads(one), quads(two), "no blank nodes, no random parts: equal quads means equal IRIs");
        Node g = NodeFactory.createURI(FactsToRdf.graphOf(HandMadeFacts.paperA().paper()));
        assertTrue(one.getGraph(g).isIsomorphicWith(two.getGraph(g)));
        assertTrue(one.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
    }

    @Test
    void oneEntityHasOneIriAcrossTwoPapers() {
        DatasetGraph dsg = write(HandMadeFacts.paperA(), HandMadeFacts.paperB());
        Node imagenet = NodeFactory.createURI(Iris.entity(EntityType.DATASET, "imagenet"));
        Node ga = NodeFactory.createURI(FactsToRdf.graphOf(HandMadeFacts.paperA().paper()));
        Node gb = NodeFactory.createURI(FactsToRdf.graphOf(HandMadeFacts.paperB().paper()));
        assertNotEquals(ga, gb);
        assertTrue(dsg.contains(ga, ga, PKG.mentions.asNode(), imagenet));
        assertTrue(dsg.contains(gb, gb, PKG.mentions.asNode(), imagenet));
    }

    @Test
    void sameKeyOfDifferentTypesGivesDifferentIris() {
        assertNotEquals(Iris.entity(EntityType.METHOD, "bert"), Iris.entity(EntityType.DATASET, "bert"));
    }

    @Test
    void aResultCarriesItsNormalizedValueAndItsMetricItsDirection() {
        PaperFacts a = HandMadeFacts.paperA();
        org.paperkg.model.ClaimedResult r = a.results().get(0);
        PaperFacts withDirection = new PaperFacts(a.paper(), a.mentions(), a.codeUrls(), List.of(
                new org.paperkg.model.ClaimedResult(new java.math.BigDecimal("1.45"), "G", r.metricKey(), r.methodKey(),
                        r.datasetKey(), r.baselineKey(), r.baselineText(), r.kind(), r.evidence(), r.confidence(),
                        org.paperkg.model.MetricDirection.HIGHER_IS_BETTER)));
        DatasetGraph dsg = write(withDirection);
        List<Node> normalized = dsg.stream(Node.ANY, Node.ANY, PKG.normalizedValue.asNode(), Node.ANY)
                .map(Quad::getObject).toList();
        assertEquals(List.of("1450000000"), normalized.stream().map(Node::getLiteralLexicalForm).toList());
        Node metric = NodeFactory.createURI(Iris.entity(EntityType.METRIC, r.metricKey()));
        assertTrue(dsg.contains(FactsToRdf.ENTITIES, metric, PKG.direction.asNode(), PKG.HigherIsBetter.asNode()));
        // a result written without a known direction says so, rather than leaving it to be guessed
        DatasetGraph unknown = write(HandMadeFacts.paperB());
        assertTrue(unknown.contains(FactsToRdf.ENTITIES, metric, PKG.direction.asNode(), PKG.UnknownDirection.asNode()));
    }

    @Test
    void resultValuesAreDecimalsWithTheDigitsAsWritten() {
        DatasetGraph dsg = write(HandMadeFacts.paperA(), HandMadeFacts.paperB());
        List<Node> values = dsg.stream(Node.ANY, Node.ANY, PKG.value.asNode(), Node.ANY).map(Quad::getObject).toList();
        assertEquals(2, values.size());
        for (Node v : values) {
            assertEquals(XSDDatatype.XSDdecimal, v.getLiteralDatatype(), v.toString());
        }
        Set<String> lexical = values.stream().map(Node::getLiteralLexicalForm).collect(Collectors.toSet());
        assertEquals(Set.of("1.50", "72.0"), lexical);
        for (Node v : values) {
            assertTrue(v.getLiteralValue() instanceof BigDecimal || v.getLiteralValue() instanceof Number, v.toString());
        }
    }

    @Test
    void eachPaperIsInItsOwnNamedGraphNamedByThePaperIri() {
        DatasetGraph dsg = write(HandMadeFacts.paperA(), HandMadeFacts.paperB());
        Set<Node> graphs = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        Node ga = NodeFactory.createURI(Iris.paper(HandMadeFacts.paperA().paper()));
        Node gb = NodeFactory.createURI(Iris.paper(HandMadeFacts.paperB().paper()));
        assertEquals(Set.of(ga, gb, FactsToRdf.ENTITIES), graphs, "a graph per paper, and the shared entity descriptions");
        assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing in the default graph");
        assertTrue(dsg.contains(ga, ga, org.apache.jena.vocabulary.RDF.type.asNode(), PKG.Paper.asNode()));
        assertTrue(dsg.contains(gb, gb, org.apache.jena.vocabulary.RDF.type.asNode(), PKG.Paper.asNode()));
    }

    @Test
    void paperIdWithSpacesQuotesAndUnicodeGivesAValidIri() {
        String id = " paper 7 \"quoted\" <x> {y} caf\u00e9 \u6f22\u5b57 #frag?q=1 ";
        Paper p = HandMadeFacts.paper(id, "A Title", "An abstract.");
        String iri = Iris.paper(p);
        assertTrue(iri.startsWith(PKG.ID + "paper/"), iri);
        assertTrue(iri.chars().allMatch(c -> c > 32 && c < 127), "ASCII only: " + iri);
        assertFalse(iri.substring(PKG.ID.length()).contains("#") || iri.contains("?"), iri);
        assertTrue(IRIs.check(iri), iri);
        // The whole paper survives a strict N-Quads round trip.
        PaperFacts facts = new PaperFacts(p, List.of(HandMadeFacts.imagenet()), List.of(), List.of());
        DatasetGraph dsg = write(facts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(out.toString(StandardCharsets.UTF_8))).lang(Lang.NQUADS)
                .strict(true).parse(back);
        assertEquals(quads(dsg), quads(back));
        assertTrue(back.containsGraph(NodeFactory.createURI(iri)));
    }

    @Test
    void aReusedSourceIdCannotMergeTwoPapersWithDifferentTitles() {
        assertNotEquals(Iris.paper(HandMadeFacts.paper("same-id", "One Title", "A")),
                Iris.paper(HandMadeFacts.paper("same-id", "Another Title", "A")));
        assertEquals(Iris.paper(HandMadeFacts.paper("a b", "T", "A")), Iris.paper(HandMadeFacts.paper("caf\u00e9", "T", "A")));
    }

    @Test
    void paperWithoutIdIsNamedByItsTitleNotItsAbstract() {
        Paper one = HandMadeFacts.paper(null, "Some Title", "First abstract.");
        Paper two = HandMadeFacts.paper(null, "Some Title", "Second abstract.");
        Paper other = HandMadeFacts.paper(null, "Another Title", "First abstract.");
        assertEquals(Iris.paper(one), Iris.paper(two));
        assertNotEquals(Iris.paper(one), Iris.paper(other));
    }

    @Test
    void resultLinksOnlyToEntitiesThePaperMentions() {
        PaperFacts a = HandMadeFacts.paperA();
        PaperFacts dangling = new PaperFacts(a.paper(), List.of(HandMadeFacts.top1()), a.codeUrls(), a.results());
        DatasetGraph dsg = write(dangling);
        assertEquals(0, dsg.stream(Node.ANY, Node.ANY, PKG.method.asNode(), Node.ANY).count());
        assertEquals(0, dsg.stream(Node.ANY, Node.ANY, PKG.dataset.asNode(), Node.ANY).count());
        assertEquals(1, dsg.stream(Node.ANY, Node.ANY, PKG.metric.asNode(), Node.ANY).count());
    }

    @Test
    void codeLinksAreIris() {
        DatasetGraph dsg = write(HandMadeFacts.paperA());
        List<Node> code = dsg.stream(Node.ANY, Node.ANY, org.paperkg.vocab.SCHEMA.codeRepository.asNode(), Node.ANY)
                .map(Quad::getObject).toList();
        assertEquals(List.of(NodeFactory.createURI("https://github.com/owner/turbonet")), code);
    }
}
