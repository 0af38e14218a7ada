package org.paperkg.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperFacts;
import org.paperkg.store.KgStore;
import org.paperkg.validate.ShapeViolationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build whose graphs break the shapes stops loudly, naming paper, record and shape; earlier batches stay. */
class ShapeFailureTest {
    @TempDir
    Path dir;

    @Test
    void aBatchThatBreaksTheShapesIsNotStoredAndTheBuildFails() throws Exception {
        Path input = GeneratedCorpus.write(dir.resolve("in.jsonl"), 0, 10);
        // An extractor with a bug from paper gen-5 on: a mention with a confidence above 1.
        Extractor buggy = papers -> {
            List<PaperFacts> out = new ArrayList<>();
            for (var p : papers) {
                boolean bad = p.id().equals("gen-5");
                out.add(new PaperFacts(p, List.of(new EntityMention(EntityType.METHOD, "x", "X", List.of(), null,
                        org.paperkg.model.MethodRole.USED, bad ? 1.5 : 0.5)), List.of(), List.of()));
            }
            return out;
        };
        try (KgStore kg = KgStore.open(dir.resolve("db"))) {
            GraphBuild build = new GraphBuild(kg, buggy, new BuildOptions(false, false, 4, 1), BuildListener.SILENT);
            ShapeViolationException e = assertThrows(ShapeViolationException.class, () -> build.run(List.of(input), null));
            assertTrue(e.getMessage().contains("paper <https://w3id.org/paperkg/id/paper/t-"), e.getMessage());
            assertTrue(e.getMessage().contains("in.jsonl:6"), e.getMessage());
            assertTrue(e.getMessage().contains("MentionShape/pkg:confidence"), e.getMessage());
        }
        // batches 1 (gen-0..3) were committed; the failing batch (gen-4..7) was not
        assertEquals(4, Stores.graphNames(Stores.quads(dir.resolve("db"))).size());
        assertTrue(Stores.violations(dir.resolve("db")).isEmpty());
    }
}
