package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open candidates a trained filter judges: uncovered noun phrases and their endings, rule spans retyped. */
class OpenCandidatesTest {
    private static final Lexicon LEXICON = Lexicon.bundled();

    /** "We apply spectral graph convolution to a novel fair regression ." with hand-given tags. */
    private static Sentence sentence() {
        return HandTagged.sentence(new String[][] {{"We", "PRP"}, {"apply", "VBP"}, {"spectral", "JJ"}, {"graph", "NN"},
                {"convolution", "NN"}, {"to", "TO"}, {"a", "DT"}, {"novel", "JJ"}, {"fair", "JJ"}, {"regression", "NN"},
                {".", "."}});
    }

    /** The sentence as a one-sentence abstract, with the given rule spans already found. */
    private static PaperAnalysis paperWith(Span... ruleSpans) {
        PaperAnalysis paper = new PaperAnalysis(List.of(), List.of(sentence()), "");
        for (Span sp : ruleSpans) {
            new GivenSpans(sp.source(), sp).runOn(paper);
        }
        return paper;
    }

    /** Runs one stage on the paper and returns the spans it added. */
    private static List<Span> run(ExtractionStage stage, PaperAnalysis paper) {
        List<Span> before = List.copyOf(paper.spans());
        paper.enter(stage);
        stage.annotate(paper);
        return paper.spans().stream().filter(sp -> !before.contains(sp)).toList();
    }

    private static Set<String> surfaces(List<Span> spans, EntityType type) {
        return spans.stream().filter(s -> s.type() == type).map(Span::surface).collect(Collectors.toSet());
    }

    @Test
    void everyUncoveredNounPhraseAndItsEndingsAreOfferedAsMethodTaskAndMetric() {
        List<Span> out = run(new OpenCandidates.NounPhrases(LEXICON), paperWith());
        for (EntityType t : List.of(EntityType.METHOD, EntityType.TASK, EntityType.METRIC)) {
            assertTrue(surfaces(out, t).containsAll(Set.of("spectral graph convolution", "graph convolution", "convolution",
                    "fair regression", "regression")), t + ": " + surfaces(out, t));
        }
        assertTrue(surfaces(out, EntityType.DATASET).isEmpty(), "a bare phrase is not offered as a dataset");
        assertTrue(out.stream().allMatch(s -> s.source() == Source.NOUN_PHRASE));
    }

    @Test
    void anEvaluativeWordNeverStartsAnOfferAndCoveredTokensAreLeftAlone() {
        Span rule = new Span(EntityType.METHOD, "graph convolution", "graph convolution", null, null, 0, 3, 5, 1, Source.PHRASE);
        List<Span> out = run(new OpenCandidates.NounPhrases(LEXICON), paperWith(rule));
        Set<String> offered = surfaces(out, EntityType.TASK);
        assertFalse(offered.stream().anyMatch(s -> s.startsWith("novel")), offered.toString());
        assertFalse(offered.stream().anyMatch(s -> s.contains("graph") || s.contains("convolution")), offered.toString());
        assertFalse(offered.contains("spectral"), "an adjective cut off from its noun is no phrase: " + offered);
    }

    @Test
    void aPhraseHeadedByASymbolOrAnAbbreviationIsNotOffered() {
        // "94.1 % vs. 94.2 %": the tagger reads "vs. 94.2 %" as a noun phrase headed by "%"
        Sentence s = HandTagged.sentence(new String[][] {{"mAP", "NN"}, {"of", "IN"}, {"94.1", "CD"}, {"%", "NN"},
                {"vs.", "FW"}, {"94.2", "CD"}, {"%", "NN"}, {"with", "IN"}, {"1.0", "CD"}, {"M", "NN"}, {"vs.", "FW"},
                {"parameters", "NNS"}, {".", "."}});
        PaperAnalysis paper = new PaperAnalysis(List.of(), List.of(s), "");
        List<Span> out = run(new OpenCandidates.NounPhrases(LEXICON), paper);
        assertTrue(out.stream().noneMatch(sp -> sp.surface().contains("%") || sp.surface().endsWith("vs.")), out.toString());
        assertTrue(out.stream().anyMatch(sp -> sp.surface().equals("parameters")), out.toString());
    }

    @Test
    void aRuleSpanIsOfferedAsEachOtherTypeWithItsOwnKey() {
        Span rule = new Span(EntityType.METHOD, "hico-det", "HICO-DET", null, null, 0, 3, 5, 1, Source.NAME_SHAPE);
        List<Span> retyped = run(new OpenCandidates.Retyped(LEXICON), paperWith(rule));
        assertEquals(Set.of(EntityType.DATASET, EntityType.TASK, EntityType.METRIC),
                retyped.stream().map(Span::type).collect(Collectors.toSet()));
        assertTrue(retyped.stream().allMatch(s -> s.source() == Source.RETYPED && s.surface().equals("HICO-DET")));
    }

    @Test
    void aRuleSpanIsOfferedWidenedToTheNounPhraseAroundItAsItsOwnType() {
        Span rule = new Span(EntityType.METHOD, "graph convolution", "graph convolution", null, null, 0, 3, 5, 1, Source.PHRASE);
        List<Span> out = run(new OpenCandidates.Widened(LEXICON), paperWith(rule));
        assertEquals(Set.of("spectral graph convolution"), surfaces(out, EntityType.METHOD));
        assertTrue(out.stream().allMatch(s -> s.type() == EntityType.METHOD && s.source() == Source.WIDENED));
        Span task = new Span(EntityType.TASK, "regression", "regression", null, null, 0, 9, 10, 1, Source.PHRASE);
        Set<String> widened = surfaces(run(new OpenCandidates.Widened(LEXICON), paperWith(task)), EntityType.TASK);
        assertEquals(Set.of("fair regression"), widened, "an evaluative word (\"novel\") never starts the widened phrase");
    }

    @Test
    void whereAKeptNameHoldsAnotherOfItsTypeTheLongerVariantStaysThereAndOtherOverlapsGoToTheLikelier() {
        // "Deep Rao-Blackwellised particle filters": the known method inside is believed more, the variant stays
        Span variant = new Span(EntityType.METHOD, "deepraoblackwellisedparticlefilter", "Deep Rao-Blackwellised particle filters",
                null, null, 0, 0, 4, 1, Source.WIDENED);
        Span known = new Span(EntityType.METHOD, "raoblackwellisedparticlefilter", "Rao-Blackwellised particle filters",
                null, null, 0, 1, 4, 1, Source.LEXICON);
        Span elsewhere = new Span(EntityType.METHOD, "raoblackwellisedparticlefilter", "Rao-Blackwellised particle filters",
                null, null, 1, 3, 6, 1, Source.LEXICON);
        java.util.Map<String, Double> belief = java.util.Map.of("deepraoblackwellisedparticlefilter", 0.88,
                "raoblackwellisedparticlefilter", 0.95, "topaccuracy", 0.6, "accuracy", 0.9);
        List<Span> kept = RuleBasedExtractor.likelierOfOverlapping(List.of(variant, known, elsewhere), sp -> belief.get(sp.key()));
        assertEquals(List.of(variant, elsewhere), kept);
        // metric names are not read as variants: the likelier of two overlapping ones stays
        Span longer = new Span(EntityType.METRIC, "topaccuracy", "top accuracy", null, null, 0, 0, 2, 1, Source.NOUN_PHRASE);
        Span shorter = new Span(EntityType.METRIC, "accuracy", "accuracy", null, null, 0, 1, 2, 1, Source.LEXICON);
        assertEquals(List.of(shorter), RuleBasedExtractor.likelierOfOverlapping(List.of(shorter, longer), sp -> belief.get(sp.key())));
    }
}
