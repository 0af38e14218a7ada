package org.paperkg.build;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.store.KgStore;
import org.paperkg.vocab.PKG;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotent and incremental builds: same input, same store; new input adds; changed input replaces. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    @Test
    void buildingTheSameInputTwiceGivesTheSameStoreAndIris() throws Exception {
        Path a = GeneratedCorpus.write(dir.resolve("a.jsonl"), 0, 12);
        BuildReport first = Stores.build(dir.resolve("s1"), List.of(a));
        assertEquals(12, first.extracted());
        Set<Quad> once = Stores.quads(dir.resolve("s1"));
        BuildReport second = Stores.build(dir.resolve("s1"), List.of(a));
        assertEquals(0, second.extracted(), "nothing to redo");
        assertEquals(12, second.unchanged());
        assertEquals(once, Stores.quads(dir.resolve("s1")));
        // --force re-extracts everything and still gives the same quads
        Stores.build(dir.resolve("s1"), List.of(a), true);
        assertEquals(once, Stores.quads(dir.resolve("s1")));
        // a clean build elsewhere: same quads, hence the same IRIs
        Stores.build(dir.resolve("s2"), List.of(a));
        assertEquals(once, Stores.quads(dir.resolve("s2")));
        assertTrue(Stores.violations(dir.resolve("s1")).isEmpty());
    }

    @Test
    void aStoreExtractedByAnotherModelHasItsPapersExtractedAgainAndThenSkipped() throws Exception {
        Path a = GeneratedCorpus.write(dir.resolve("a.jsonl"), 0, 6);
        Stores.build(dir.resolve("s"), List.of(a), false, org.paperkg.SharedExtractor.get(), BuildListener.SILENT);
        List<String> stages = new java.util.ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void progress(long papersDone, double papersPerSecond) {
            }

            @Override
            public void problem(org.paperkg.ingest.IngestProblem problem) {
            }

            @Override
            public void stage(String what) {
                stages.add(what);
            }
        };
        BuildReport withTheModel = Stores.build(dir.resolve("s"), List.of(a), false, org.paperkg.SharedExtractor.standard(), listener);
        assertEquals(6, withTheModel.extracted(), "the rules' facts are replaced by the model's");
        assertEquals(0, withTheModel.unchanged());
        assertTrue(stages.stream().anyMatch(s -> s.contains("model RuleBasedExtractor; extracting every paper")), stages.toString());
        Stores.build(dir.resolve("clean"), List.of(a));
        assertEquals(Stores.quads(dir.resolve("clean")), Stores.quads(dir.resolve("s")),
                "the same store as a clean build with the model");
        BuildReport again = Stores.build(dir.resolve("s"), List.of(a));
        assertEquals(6, again.unchanged(), "the same model skips what it stored");
    }

    @Test
    void aNewFileAddsItsPapersAndChangesNothingElse() throws Exception {
        Path a = GeneratedCorpus.write(dir.resolve("a.jsonl"), 0, 8);
        Path b = GeneratedCorpus.write(dir.resolve("b.jsonl"), 8, 14);
        Stores.build(dir.resolve("inc"), List.of(a));
        Set<Quad> before = Stores.quads(dir.resolve("inc"));
        BuildReport report = Stores.build(dir.resolve("inc"), List.of(a, b));
        assertEquals(6, report.extracted());
        assertEquals(8, report.unchanged());
        Set<Quad> after = Stores.quads(dir.resolve("inc"));
        // the summary graph's counts change with every new paper: it is derived, and compared with a clean build below
        Set<Quad> factsBefore = new HashSet<>(before);
        factsBefore.removeIf(q -> q.getGraph().getURI().equals(org.paperkg.store.SummaryGraphs.GRAPH_IRI));
        assertTrue(after.containsAll(factsBefore), "no quad of the first build is lost");
        Set<Quad> added = new HashSet<>(after);
        added.removeAll(before);
        added.removeIf(q -> q.getGraph().getURI().equals(org.paperkg.store.SummaryGraphs.GRAPH_IRI));
        Set<String> beforeGraphs = Stores.graphNames(before);
        assertTrue(added.stream().noneMatch(q -> beforeGraphs.contains(q.getGraph().getURI())),
                "the new quads are all in the new papers' graphs or in the shared entity descriptions");
        assertEquals(14, Stores.graphNames(after).size());
        Stores.build(dir.resolve("clean"), List.of(a, b));
        assertEquals(Stores.quads(dir.resolve("clean")), after);
    }

    @Test
    void aChangedAbstractReplacesThatPapersFactsAndSupportCountsFollow() throws Exception {
        Path v1 = dir.resolve("v1.jsonl");
        Files.write(v1, List.of(
                "{\"id\":\"p1\",\"title\":\"SwiftNet for image classification\",\"abstract\":\"We propose SwiftNet. SwiftNet outperforms ResNet-50 on ImageNet with 80.1% top-1 accuracy.\"}",
                "{\"id\":\"p2\",\"title\":\"A study of ResNet-50\",\"abstract\":\"We study ResNet-50 on ImageNet and CIFAR-10. It reaches 76.0% top-1 accuracy.\"}"),
                StandardCharsets.UTF_8);
        Path v2 = dir.resolve("v2.jsonl");
        Files.write(v2, List.of(
                "{\"id\":\"p1\",\"title\":\"SwiftNet for image classification\",\"abstract\":\"We propose SwiftNet. SwiftNet outperforms BERT on SQuAD with 91.2 F1.\"}",
                "{\"id\":\"p2\",\"title\":\"A study of ResNet-50\",\"abstract\":\"We study ResNet-50 on ImageNet and CIFAR-10. It reaches 76.0% top-1 accuracy.\"}"),
                StandardCharsets.UTF_8);
        Path inc = dir.resolve("inc");
        Stores.build(inc, List.of(v1));
        assertEquals(2, support(inc, "dataset/imagenet"));
        BuildReport r = Stores.build(inc, List.of(v2));
        assertEquals(1, r.extracted());
        assertEquals(1, r.unchanged());
        assertEquals(1, support(inc, "dataset/imagenet"), "p1 no longer mentions ImageNet");
        assertEquals(1, support(inc, "method/resnet50"));
        Stores.build(dir.resolve("clean"), List.of(v2));
        assertEquals(Stores.quads(dir.resolve("clean")), Stores.quads(inc));
        assertFalse(Stores.quads(inc).stream().anyMatch(q -> q.getObject().isLiteral()
                && q.getObject().getLiteralLexicalForm().contains("80.1")), "old facts are gone");
    }

    @Test
    void anIdSharedByDifferentPapersKeepsBothAndRerunsAreStable() throws Exception {
        Path f = dir.resolve("shared.jsonl");
        Files.write(f, List.of(
                "{\"id\":\"same\",\"title\":\"First paper on GANs\",\"abstract\":\"We study GANs on CelebA.\"}",
                "{\"id\":\"same\",\"title\":\"Second paper on BERT\",\"abstract\":\"We study BERT on GLUE.\"}",
                "{\"id\":\"same\",\"title\":\"Third paper on ViT\",\"abstract\":\"We study ViT on ImageNet.\"}"),
                StandardCharsets.UTF_8);
        BuildReport r = Stores.build(dir.resolve("s"), List.of(f));
        assertEquals(3, r.extracted());
        assertEquals(0, r.warnings(), "papers are identified by title, so a shared id is no conflict");
        assertTrue(r.problems().isEmpty());
        Set<Quad> once = Stores.quads(dir.resolve("s"));
        assertEquals(3, Stores.graphNames(once).size());
        BuildReport again = Stores.build(dir.resolve("s"), List.of(f));
        assertEquals(3, again.unchanged());
        assertEquals(once, Stores.quads(dir.resolve("s")));
    }

    private static long support(Path loc, String entity) {
        KgStore kg = KgStore.open(loc);
        try {
            return Txn.calculateRead(kg.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create("PREFIX pkg: <" + PKG.NS + ">\n"
                        + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pkg:mentions <" + PKG.ID + entity + "> }", kg.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        } finally {
            Stores.release(kg);
        }
    }
}
