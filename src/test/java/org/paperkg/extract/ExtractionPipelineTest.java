package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.SourceLocation;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage list: checked when built, open to stages of one's own, and the only way spans get their source. */
class ExtractionPipelineTest {
    private static final Lexicon LEXICON = Lexicon.bundled();

    @Test
    void theStandardPipelinesProvideWhatEveryStageRequires() {
        ExtractionModel model = ExtractionModel.bundled();
        ExtractionPipeline rules = ExtractionPipeline.standard(LEXICON, ExtractionModel.rulesOnly());
        ExtractionPipeline shipped = ExtractionPipeline.standard(LEXICON, model);
        assertTrue(rules.allStages().stream().noneMatch(s -> s instanceof TaggedSpans || s instanceof OpenCandidates.Retyped),
                rules.toString());
        assertEquals(model.tagger() != null, shipped.allStages().stream().anyMatch(s -> s instanceof TaggedSpans),
                shipped.toString());
        assertEquals(model.openCandidates(), shipped.allStages().stream().anyMatch(s -> s instanceof OpenCandidates.NounPhrases),
                shipped.toString());
    }

    @Test
    void aStageWhoseRequirementNoEarlierStageProvidesIsRefused() {
        GivenSpans needsRoles = new GivenSpans(Source.NAME_SHAPE, Set.of(Layer.METHOD_ROLES), Set.of(), List.of());
        ExtractionPipeline rules = ExtractionPipeline.standard(LEXICON, ExtractionModel.rulesOnly());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rules.withStageBefore(RoleAssigner.class, needsRoles));
        assertTrue(e.getMessage().contains("GivenSpans requires METHOD_ROLES"), e.getMessage());
        // after the stage that provides it, the same stage is welcome
        rules.withStageAfter(RoleAssigner.class, needsRoles);
    }

    @Test
    void aPipelineMustEndWithTheSpansAndRolesTheExtractorReads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExtractionPipeline(List.of(new TitleNameFinder(LEXICON, HeadNouns.bundled()))));
        assertTrue(e.getMessage().contains("RULE_SPANS"), e.getMessage());
    }

    @Test
    void aWholePaperStageCannotJoinASentencePass() {
        ExtractionPipeline rules = ExtractionPipeline.standard(LEXICON, ExtractionModel.rulesOnly());
        assertThrows(IllegalArgumentException.class, () -> rules.withStageAfter(NameFinder.class, new AcronymKeys()));
    }

    @Test
    void aCustomStageInsertedIntoTheSentencePassFindsMentionsTheRulesDoNot() {
        // "frobnication" is no name by shape, no lexicon entry and no phrase with a method head
        SentenceStage frobnication = new WordStage("frobnication");
        ExtractionPipeline pipeline = ExtractionPipeline.standard(LEXICON, ExtractionModel.rulesOnly())
                .withStageBefore(LexiconMatcher.class, frobnication);
        List<ExtractionStage> stages = pipeline.allStages();
        assertEquals(stages.indexOf(frobnication) + 1, stages.indexOf(stages.stream()
                .filter(s -> s instanceof LexiconMatcher).findFirst().orElseThrow()));
        RuleBasedExtractor extractor = new RuleBasedExtractor(NlpPipeline.shared(), LEXICON, ExtractionModel.rulesOnly(),
                0, 1, pipeline);
        PaperFacts facts = extractor.extract(Paper.of("A Study of Several Things",
                "We apply frobnication to the data. Frobnication is fast.", new SourceLocation("test", 1)));
        EntityMention found = facts.mentions().stream().filter(m -> m.key().equals("frobnication")).findFirst()
                .orElseThrow(() -> new AssertionError("no frobnication in " + facts.mentions()));
        assertEquals(EntityType.METHOD, found.type());
        assertEquals(WordStage.CONFIDENCE, found.confidence(), 1e-9);
    }

    @Test
    void theAnalysisRecordsTheRunningStagesSourceAndARevisionKeepsIt() {
        Sentence s = HandTagged.sentence(new String[][] {{"ZetaNet", "NNP"}, {"wins", "VBZ"}});
        PaperAnalysis paper = new PaperAnalysis(List.of(), List.of(s), "");
        Span found = new Span(EntityType.METHOD, "zetanet", "ZetaNet", null, null, 0, 0, 1, 0.7);
        new GivenSpans(Source.NAME_SHAPE, found).runOn(paper);
        assertEquals(Source.NAME_SHAPE, paper.spans().get(0).source());
        paper.enter(new AcronymKeys());
        paper.revise(0, new Span(EntityType.DATASET, "zetanet", "ZetaNet", null, null, 0, 0, 1, 0.6));
        assertEquals(Source.NAME_SHAPE, paper.spans().get(0).source(), "a revised span keeps the source that found it");
        assertThrows(IllegalStateException.class, () -> paper.add(found), "a stage that names no source adds no span");
    }

    /** A stage of one's own: every use of one word is a method. */
    private record WordStage(String word) implements SentenceStage {
        static final double CONFIDENCE = 0.65;

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.TOKENS);
        }

        @Override
        public Set<Layer> provides() {
            return Set.of();
        }

        @Override
        public Source source() {
            return Source.PHRASE;
        }

        @Override
        public void annotate(PaperAnalysis paper, int sentence) {
            Sentence s = paper.sentence(sentence);
            for (int t = 0; t < s.size(); t++) {
                if (s.token(t).text().equalsIgnoreCase(word) && !paper.claims(sentence).isClaimed(t)) {
                    paper.add(new Span(EntityType.METHOD, word, s.token(t).text(), null, null, sentence, t, t + 1, CONFIDENCE));
                    paper.claims(sentence).claim(t, t + 1);
                }
            }
        }
    }
}
