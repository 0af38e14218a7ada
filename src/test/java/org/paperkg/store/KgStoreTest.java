package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.HandMadeFacts;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.vocab.PKG;

/** The TDB2 store: one named graph per paper, replaced as a whole. */
class KgStoreTest {
    @TempDir
    Path dir;

    KgStore store;

    @BeforeEach
    void open() {
        store = KgStore.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().count());
    }

    private Set<Quad> graph(Paper p) {
        Node g = NodeFactory.createURI(FactsToRdf.graphOf(p));
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .stream(g, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet()));
    }

    private long selectCount(String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create("PREFIX pkg: <" + PKG.NS + ">\n" + select, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void writingAPaperTwiceDoesNotDuplicateQuads() {
        store.replace(List.of(HandMadeFacts.paperA()));
        long once = quadCount();
        assertTrue(once > 10);
        store.replace(List.of(HandMadeFacts.paperA()));
        assertEquals(once, quadCount());
    }

    @Test
    void samePaperTwiceInOneBatchIsStoredOnce() {
        store.replace(List.of(HandMadeFacts.paperA(), HandMadeFacts.paperA()));
        long twice = quadCount();
        try (KgStore other = KgStore.inMemory()) {
            other.replace(List.of(HandMadeFacts.paperA()));
            assertEquals(Txn.calculateRead(other.dataset(), () -> other.dataset().asDatasetGraph().stream().count()), twice);
        }
    }

    @Test
    void changedAbstractReplacesTheFacts() {
        store.replace(List.of(HandMadeFacts.paperA()));
        String changed = "We propose TurboNet for phones.";
        PaperFacts newer = new PaperFacts(HandMadeFacts.paperA(changed).paper(),
                List.of(HandMadeFacts.paperA().mentions().get(0)), List.of(), List.of());
        store.replace(List.of(newer));
        Set<Quad> quads = graph(newer.paper());
        assertTrue(quads.stream().anyMatch(q -> q.getPredicate().equals(DCTerms.abstract_.asNode())
                && q.getObject().getLiteralLexicalForm().equals(changed)));
        assertFalse(quads.stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().equals(HandMadeFacts.ABSTRACT_A)), "old abstract gone");
        assertEquals(0, selectCount("SELECT (COUNT(*) AS ?n) WHERE { ?r a pkg:ClaimedResult }"), "old result gone");
        assertEquals(0, selectCount("SELECT (COUNT(*) AS ?n) WHERE { ?d a pkg:Dataset }"), "old dataset gone");
        assertEquals(1, selectCount("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }"));
    }

    @Test
    void replacingOnePaperLeavesAnotherPapersGraphUntouched() {
        store.replace(List.of(HandMadeFacts.paperA(), HandMadeFacts.paperB()));
        Set<Quad> before = graph(HandMadeFacts.paperB().paper());
        PaperFacts newer = new PaperFacts(HandMadeFacts.paperA("Changed.").paper(), List.of(), List.of(), List.of());
        store.replace(List.of(newer));
        assertEquals(before, graph(HandMadeFacts.paperB().paper()));
        // The shared entity is still described: paper B mentions it.
        assertEquals(1, selectCount("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:Dataset }"));
    }

    @Test
    void unionOfPaperGraphsIsTheDefaultGraphForSparql() {
        store.replace(List.of(HandMadeFacts.paperA(), HandMadeFacts.paperB()));
        assertEquals(2, selectCount("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }"));
        assertEquals(2, selectCount("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:mentions ?d . ?d pkg:key \"imagenet\" }"));
        assertEquals(2, selectCount("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a pkg:ClaimedResult }"));
        assertEquals(4, selectCount("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                "two paper graphs, the entities graph and the summary graph");
    }

    @Test
    void containsUnchangedIsTrueOnlyForTheSameTitleAndAbstract() {
        Paper a = HandMadeFacts.paperA().paper();
        assertFalse(store.containsUnchanged(a));
        store.replace(List.of(HandMadeFacts.paperA()));
        assertTrue(store.containsUnchanged(a));
        assertFalse(store.containsUnchanged(HandMadeFacts.paperA("Another abstract.").paper()));
        Paper retitled = new Paper(a.id(), "TurboNet: A New Title", a.abstractText(), a.authorNames(), a.year(), a.venue(),
                a.url(), a.source());
        assertFalse(store.containsUnchanged(retitled));
        assertFalse(store.containsUnchanged(HandMadeFacts.paperB().paper()));
    }

    @Test
    void factsSurviveClosingAndReopeningTheStore() {
        store.replace(List.of(HandMadeFacts.paperA(), HandMadeFacts.paperB()));
        long quads = quadCount();
        store.close();
        store = KgStore.openExisting(dir.resolve("db"));
        assertEquals(quads, quadCount());
        assertTrue(store.containsUnchanged(HandMadeFacts.paperB().paper()));
    }

    @Test
    void openExistingOnADirectoryWithoutAStoreFails() {
        assertThrows(NoStoreException.class, () -> KgStore.openExisting(dir.resolve("nothing-here")));
        assertThrows(NoStoreException.class, () -> KgStore.openExisting(dir));
    }
}
