package org.paperkg.cli;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.HandMadeFacts;
import org.paperkg.model.PaperFacts;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code paperkg validate}: 0 on a conforming store, 5 with a readable report on a broken one. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void conformingStoreExitsZeroBrokenStoreExitsFiveNamingPaperAndShape() {
        Path loc = dir.resolve("db");
        PaperFacts a = HandMadeFacts.paperA();
        KgStore kg = KgStore.open(loc);
        kg.replace(List.of(a, HandMadeFacts.paperB()));
        TDBInternal.expel(kg.dataset().asDatasetGraph());

        Cli ok = Cli.run("validate", "--loc", loc.toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.toString());
        assertTrue(ok.out().contains("conforms: 2 paper graphs"), ok.toString());

        // Break paper A: a second value on its result, a paper without title, a mention without surface form.
        kg = KgStore.open(loc);
        String paper = FactsToRdf.graphOf(a.paper());
        Node g = NodeFactory.createURI(paper);
        Node result = NodeFactory.createURI(Iris.result(paper, 1));
        KgStore k = kg;
        Txn.executeWrite(kg.dataset(), () -> {
            var dsg = k.dataset().asDatasetGraph();
            dsg.add(g, result, PKG.value.asNode(), NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdecimal));
            dsg.deleteAny(g, g, org.apache.jena.vocabulary.DCTerms.title.asNode(), Node.ANY);
        });
        TDBInternal.expel(kg.dataset().asDatasetGraph());

        Cli bad = Cli.run("validate", "--loc", loc.toString());
        assertEquals(ExitCodes.SHAPES_VIOLATED, bad.code(), bad.toString());
        assertTrue(bad.out().contains("paper <" + paper + ">"), bad.toString());
        assertTrue(bad.out().contains("ClaimedResultShape/pkg:value"), bad.toString());
        assertTrue(bad.out().contains("exactly one pkg:value"), bad.toString());
        assertTrue(bad.out().contains("PaperShape/<http://purl.org/dc/terms/title>"), bad.toString());
        assertTrue(bad.out().contains("does not conform: 2 violations in 1 of 2 paper graphs"), bad.toString());
    }

    @Test
    void validateWithoutAStoreExitsFour() {
        Cli r = Cli.run("validate", "--loc", dir.resolve("none").toString());
        assertEquals(ExitCodes.STORE_UNAVAILABLE, r.code(), r.toString());
    }
}
