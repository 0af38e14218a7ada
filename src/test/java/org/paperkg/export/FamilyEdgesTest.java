package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperkg.HandMadeFacts;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.FamilyLink;
import org.paperkg.model.IdentitySource;
import org.paperkg.model.MethodRole;
import org.paperkg.model.PaperFacts;
import org.paperkg.store.KgStore;

/** Graph views carry variant -> family edges, and a family counts the papers on its variants. */
class FamilyEdgesTest {
    @Test
    void aVariantLinksToItsFamilyWhichKeepsItsVariantsPapersAsSupport() {
        EntityMention vit = new EntityMention(EntityType.METHOD, "vitb16", "ViT-B/16", List.of(), "ViT-B/16",
                MethodRole.USED, 0.9, null, IdentitySource.LEXICON,
                List.of(new FamilyLink("vitb16", "vitb", "ViT-B"), new FamilyLink("vitb", "visiontransformer", "vision transformer")));
        try (KgStore store = KgStore.inMemory()) {
            store.replace(List.of(new PaperFacts(HandMadeFacts.paper("p1", "Scaling vision models", "We train ViT-B/16."),
                    List.of(vit), List.of(), List.of())));
            GraphView v = GraphViews.build(store, new ExportOptions(GraphViews.PAPER_ENTITY, Set.of(), 1));
            List<GraphView.Edge> broader = v.edges().stream().filter(e -> e.relation().equals("broader")).toList();
            assertEquals(2, broader.size(), v.edges().toString());
            assertTrue(broader.stream().anyMatch(e -> e.source().equals("method:vitb") && e.target().equals("method:visiontransformer")));
            assertTrue(v.nodes().stream().anyMatch(n -> n.id().equals("method:visiontransformer") && n.papers() == 1));
        }
    }
}
