package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;
import org.paperkg.model.FamilyLink;
import org.paperkg.model.TermKey;

import java.util.List;

/** Variants reach their families through the structure of their names and the lexicon's family lines. */
class FamiliesTest {
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final Families FAMILIES = new Families(LEXICON);

    /** The family chain as extraction gives it: the lexicon's canonical name first, then the text's form. */
    private static List<String> chain(EntityType type, String name) {
        java.util.Optional<LexiconEntry> known = LEXICON.lookup(name).filter(e -> e.type() == type);
        String key = known.map(LexiconEntry::key).orElse(TermKey.of(name));
        List<String> names = known.map(e -> List.of(e.canonical(), name)).orElse(List.of(name));
        return FAMILIES.of(type, key, names).stream().map(FamilyLink::broaderLabel).toList();
    }

    @Test
    void aPatchSizeAndASizeLetterLeadUpToTheModelFamily() {
        assertEquals(List.of("ViT-B", "vision transformer"), chain(EntityType.METHOD, "ViT-B/16"));
    }

    @Test
    void aDepthOrASizeWordNamesAVariant() {
        assertEquals(List.of("ResNet"), chain(EntityType.METHOD, "ResNet-50"));
        assertEquals(List.of("BERT"), chain(EntityType.METHOD, "BERT-large"));
        assertEquals(List.of("EfficientNet"), chain(EntityType.METHOD, "EfficientNet-B3"));
    }

    @Test
    void anUnknownModelNameStillReachesItsFamilyByShape() {
        assertEquals(List.of("FooNet"), chain(EntityType.METHOD, "FooNet-101"));
    }

    @Test
    void aShortStemOrAnOrdinaryWordIsNoFamily() {
        assertTrue(chain(EntityType.METHOD, "T5").isEmpty());
        assertTrue(chain(EntityType.METHOD, "layer-2").isEmpty());
    }

    @Test
    void aTaskPhraseEndingWithAKnownTaskIsNarrowerThanIt() {
        assertEquals(List.of("object detection"), chain(EntityType.TASK, "3D object detection"));
    }

    @Test
    void aLanguagePairAndAnEditionLeadUpToTheBenchmarkSeries() {
        assertEquals(List.of("WMT14", "WMT"), chain(EntityType.DATASET, "WMT 2014 English-German"));
        assertEquals(List.of("WMT16", "WMT"), chain(EntityType.DATASET, "WMT16 English-Romanian"));
    }

    @Test
    void aCorruptedDatasetIsItsOwnNodeDerivedFromItsSource() {
        List<String> up = chain(EntityType.DATASET, "CIFAR-10-C");
        assertEquals("CIFAR-10", up.get(0));
    }

    @Test
    void imageNetSubsetsAreDistinctAndBothNarrowerThanImageNet() {
        String oneK = LEXICON.lookup("ImageNet-1k").orElseThrow().key();
        String twentyOneK = LEXICON.lookup("ImageNet-21k").orElseThrow().key();
        assertTrue(!oneK.equals(twentyOneK) && !oneK.equals(LEXICON.lookup("ImageNet").orElseThrow().key()));
        assertEquals(List.of("ImageNet"), chain(EntityType.DATASET, "ImageNet-1k"));
        assertEquals(List.of("ImageNet"), chain(EntityType.DATASET, "ImageNet-21k"));
    }

    @Test
    void aDatasetWhoseStemIsNoKnownDatasetHasNoFamily() {
        assertTrue(chain(EntityType.DATASET, "MS-COCO").isEmpty());
    }

    @Test
    void aFamilyLineGivesWhatTheNameCannotTell() {
        assertEquals("vision transformer", chain(EntityType.METHOD, "DeiT").get(0));
    }
}
