package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.IdentitySource;

/** Which entity a name is: the paper's own sense of an acronym, case for names, the lexicon. */
class EntityIdentityTest {
    @Test
    void aModelNameEndingInACapitalSIsNotThePluralOfAnother() {
        assertTrue(LexiconHolder.LEXICON.lookup("VITS").isEmpty());
        assertEquals(LexiconHolder.LEXICON.lookup("ViT"), LexiconHolder.LEXICON.lookup("ViTs"));
    }

    @Test
    void wordsThatOnlyRunTogetherToAOneWordNameAreNotThatName() {
        Lexicon lexicon = LexiconHolder.LEXICON;
        assertTrue(lexicon.lookup("3D shapes").isEmpty());
        assertTrue(lexicon.lookup("v it").isEmpty());
        assertTrue(lexicon.lookup("3DShapes").isPresent());
        assertTrue(lexicon.lookup("ResNet 50").isPresent());
        assertTrue(lexicon.lookup("self attention").isPresent());
    }

    @Test
    void twoPapersDefiningOneAcronymDifferentlyGiveTwoEntities() {
        Facts graphs = Facts.ofAbstract("We introduce the Path-Augmented Method (PAM) for node classification. PAM is fast.");
        Facts music = Facts.ofAbstract("We introduce the Pitch Alignment Model (PAM) for music transcription. PAM is fast.");
        EntityMention a = graphs.find(EntityType.METHOD, "PAM");
        EntityMention b = music.find(EntityType.METHOD, "PAM");
        assertNotEquals(a.key(), b.key());
        assertEquals(IdentitySource.DEFINITION, a.identity());
        assertEquals(1, graphs.ofType(EntityType.METHOD).stream().filter(m -> m.key().startsWith("pam")).count(),
                graphs.facts.mentions().toString());
    }

    @Test
    void theTitleNameOfADefinedAcronymIsThePaperSense() {
        Facts f = Facts.of("PAM: faster graph learning",
                "We introduce the Path-Augmented Method (PAM) for node classification.");
        assertEquals(1, f.ofType(EntityType.METHOD).stream().filter(m -> m.key().startsWith("pam")).count(),
                f.facts.mentions().toString());
    }

    @Test
    void aLexiconNameCarriesItsFamily() {
        Facts f = Facts.ofAbstract("We fine-tune ViT-B/16 on ImageNet-1k.");
        EntityMention vit = f.find(EntityType.METHOD, "ViT-B/16");
        assertEquals(IdentitySource.LEXICON, vit.identity());
        assertEquals("vision transformer", vit.family().get(vit.family().size() - 1).broaderLabel());
    }

    @Test
    void aDefinitionSharingOnlyTheHeadWithTheLexiconSenseIsAnotherEntity() {
        Facts f = Facts.ofAbstract("We study simplicial neural networks (SNNs) on cell complexes. SNNs are expressive.");
        assertTrue(f.facts.mentions().stream().noneMatch(m -> "spiking neural network".equals(m.canonical())),
                f.facts.mentions().toString());
    }

    @Test
    void aDefinitionSpellingTheLexiconSenseDifferentlyIsTheLexiconEntity() {
        Facts f = Facts.ofAbstract("We use graph convolution networks (GCNs) for node classification.");
        assertTrue(f.facts.mentions().stream().anyMatch(m -> "graph convolutional network".equals(m.canonical())),
                f.facts.mentions().toString());
    }

    private static final class LexiconHolder {
        static final Lexicon LEXICON = Lexicon.bundled();
    }
}
