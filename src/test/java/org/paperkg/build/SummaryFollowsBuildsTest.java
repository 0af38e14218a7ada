package org.paperkg.build;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.SharedExtractor;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.InputFormat;
import org.paperkg.store.KgStore;
import org.paperkg.store.SummaryGraphs;
import org.paperkg.vocab.PKG;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary graph that incremental builds keep (each commit refreshes what it touched) is exactly the one a full
 * rebuild computes from the same facts: new papers, a changed abstract that drops an entity and adds others; and a
 * build by a model with another high-precision tier recomputes it whole at that tier.
 */
class SummaryFollowsBuildsTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryKeptByIncrementalBuildsEqualsAFullRebuild() throws Exception {
        Path a = GeneratedCorpus.write(dir.resolve("a.jsonl"), 0, 10);
        Path b = GeneratedCorpus.write(dir.resolve("b.jsonl"), 10, 16);
        Path v1 = Files.write(dir.resolve("v1.jsonl"), List.of(
                "{\"id\":\"p1\",\"title\":\"SwiftNet for image classification\",\"abstract\":\"We propose SwiftNet. SwiftNet outperforms ResNet-50 on ImageNet with 80.1% top-1 accuracy.\"}"),
                StandardCharsets.UTF_8);
        Path v2 = Files.write(dir.resolve("v2.jsonl"), List.of(
                "{\"id\":\"p1\",\"title\":\"SwiftNet for image classification\",\"abstract\":\"We propose SwiftNet. SwiftNet outperforms BERT on SQuAD with 91.2 F1.\"}"),
                StandardCharsets.UTF_8);
        Path loc = dir.resolve("inc");
        Stores.build(loc, List.of(a, v1));
        Stores.build(loc, List.of(a, b, v2));

        KgStore kg = KgStore.open(loc);
        try {
            Set<Quad> kept = Txn.calculateRead(kg.dataset(), () -> summary(kg));
            assertTrue(kept.stream().anyMatch(q -> q.getObject().equals(PKG.Leaderboard.asNode())), "it has leaderboards");
            assertTrue(kept.stream().anyMatch(q -> q.getPredicate().equals(PKG.coMention.asNode())), "it has co-mentions");
            Txn.executeWrite(kg.dataset(), () -> SummaryGraphs.rebuild(kg.dataset().asDatasetGraph()));
            Set<Quad> rebuilt = Txn.calculateRead(kg.dataset(), () -> summary(kg));
            Set<Quad> onlyKept = new HashSet<>(kept);
            onlyKept.removeAll(rebuilt);
            Set<Quad> onlyRebuilt = new HashSet<>(rebuilt);
            onlyRebuilt.removeAll(kept);
            assertEquals(Set.of(), onlyKept, "quads the incremental builds kept that a rebuild does not make");
            assertEquals(Set.of(), onlyRebuilt, "quads a rebuild makes that the incremental builds missed");
        } finally {
            Stores.release(kg);
        }
    }

    @Test
    void aBuildWithAModelOfAnotherTierSummarizesTheStoreAgainAtThatTierAndSaysSo() throws Exception {
        Path a = GeneratedCorpus.write(dir.resolve("a.jsonl"), 0, 6);
        Path loc = dir.resolve("retiered");
        List<String> stages = new ArrayList<>();
        BuildListener listening = new BuildListener() {
            @Override
            public void progress(long papersDone, double papersPerSecond) {
            }

            @Override
            public void problem(IngestProblem problem) {
            }

            @Override
            public void stage(String what) {
                stages.add(what);
            }
        };
        KgStore kg = KgStore.open(loc);
        try {
            new GraphBuild(kg, SharedExtractor.get(), new BuildOptions(false, false, 16, 2), listening)
                    .run(List.of(a), (InputFormat) null);
            assertEquals(SummaryGraphs.FALLBACK_BOARD_CONFIDENCE, boardConfidence(kg), "the rules measured no tier");
            assertEquals(List.of(), stages, "a new store needs no second summary");

            new GraphBuild(kg, SharedExtractor.standard(), new BuildOptions(false, false, 16, 2), listening)
                    .run(List.of(a), (InputFormat) null);
            BigDecimal tier = SharedExtractor.standard().tierConfidence().orElseThrow();
            assertEquals(0, tier.compareTo(boardConfidence(kg)), "the summary follows the new model's tier");
            assertEquals(2, stages.size(), stages.toString());
            assertTrue(stages.get(0).contains("extracting every paper of this input again"), stages.toString());
            assertTrue(stages.get(1).startsWith("summarizing the store again"), stages.toString());
            assertFalse(kg.summaryIsStale());
        } finally {
            Stores.release(kg);
        }
    }

    private static BigDecimal boardConfidence(KgStore kg) {
        return Txn.calculateRead(kg.dataset(), () -> new BigDecimal(kg.dataset().asDatasetGraph()
                .find(SummaryGraphs.GRAPH, SummaryGraphs.GRAPH, PKG.boardConfidence.asNode(), Node.ANY).next()
                .getObject().getLiteralLexicalForm()));
    }

    private static Set<Quad> summary(KgStore kg) {
        Set<Quad> out = new HashSet<>();
        kg.dataset().asDatasetGraph().find(SummaryGraphs.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }
}
