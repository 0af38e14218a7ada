package org.paperkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stages that turn a paper's sentences into entity spans and method roles, in the order they run. Built
 * only if every stage's requirements are provided by an earlier stage and the end result holds what the
 * extractor reads ({@link #RESULT}).
 */
final class ExtractionPipeline {
    /** What the extractor reads off a paper once the stages have run. */
    static final Set<Layer> RESULT = EnumSet.of(Layer.RULE_SPANS, Layer.METHOD_ROLES);

    private final List<ExtractionStage> stages;

    ExtractionPipeline(List<ExtractionStage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> provided = EnumSet.of(Layer.TOKENS);
        for (ExtractionStage stage : allStages()) {
            for (Layer needed : stage.requires()) {
                if (!provided.contains(needed)) {
                    throw new IllegalArgumentException(name(stage) + " requires " + needed
                            + ", which no stage before it provides (provided: " + provided + ")");
                }
            }
            provided.addAll(stage.provides());
        }
        for (Layer needed : RESULT) {
            if (!provided.contains(needed)) {
                throw new IllegalArgumentException("no stage provides " + needed + ", which the extractor reads");
            }
        }
    }

    /**
     * paperkg's stages: the title's name, acronym definitions, then sentence by sentence the rules in order of
     * how sure they are (each leaves alone the tokens an earlier one explained); then whole-paper decisions on
     * keys and types, the learned tagger and the open candidates when the model has them, and method roles.
     */
    static ExtractionPipeline standard(Lexicon lexicon, ExtractionModel model) {
        HeadNouns heads = HeadNouns.bundled();
        List<ExtractionStage> stages = new ArrayList<>(List.of(
                new TitleNameFinder(lexicon, heads),
                new AcronymFinder(lexicon, heads),
                new SentencePass(List.of(
                        new DefinedNames(),
                        new LexiconMatcher(lexicon),
                        new NameFinder(lexicon),
                        new MetricWording(lexicon, heads),
                        new TaskFinder(lexicon, heads),
                        new PhraseFinder(lexicon, heads),
                        new ProposalFinder(lexicon, heads))),
                new AcronymKeys(),
                new DatasetAgreement()));
        if (model.tagger() != null) {
            stages.add(new TaggedSpans(model.tagger(), lexicon));
        }
        if (model.openCandidates()) {
            stages.add(new OpenCandidates.Retyped(lexicon));
            stages.add(new OpenCandidates.NounPhrases(lexicon));
            stages.add(new OpenCandidates.Widened(lexicon));
        }
        stages.add(new RoleAssigner());
        return new ExtractionPipeline(stages);
    }

    /** Runs every stage on one paper. */
    void annotate(PaperAnalysis paper) {
        for (ExtractionStage stage : stages) {
            paper.enter(stage);
            stage.annotate(paper);
        }
        paper.enter(null);
    }

    /** This pipeline with {@code stage} run right after the first stage of class {@code anchor} (also inside a pass). */
    ExtractionPipeline withStageAfter(Class<? extends ExtractionStage> anchor, ExtractionStage stage) {
        return inserted(anchor, stage, 1);
    }

    /** This pipeline with {@code stage} run right before the first stage of class {@code anchor} (also inside a pass). */
    ExtractionPipeline withStageBefore(Class<? extends ExtractionStage> anchor, ExtractionStage stage) {
        return inserted(anchor, stage, 0);
    }

    private ExtractionPipeline inserted(Class<? extends ExtractionStage> anchor, ExtractionStage stage, int offset) {
        List<ExtractionStage> out = new ArrayList<>(stages);
        for (int i = 0; i < out.size(); i++) {
            if (anchor.isInstance(out.get(i))) {
                out.add(i + offset, stage);
                return new ExtractionPipeline(out);
            }
            if (out.get(i) instanceof SentencePass pass) {
                List<SentenceStage> members = new ArrayList<>(pass.stages());
                for (int j = 0; j < members.size(); j++) {
                    if (anchor.isInstance(members.get(j))) {
                        if (!(stage instanceof SentenceStage sentenceStage)) {
                            throw new IllegalArgumentException(name(stage) + " works on whole papers; "
                                    + anchor.getSimpleName() + " runs sentence by sentence in " + pass);
                        }
                        members.add(j + offset, sentenceStage);
                        out.set(i, new SentencePass(members));
                        return new ExtractionPipeline(out);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no stage " + anchor.getSimpleName() + " in " + this);
    }

    /** The stages in the order they run, the members of a sentence pass in their own order. */
    List<ExtractionStage> allStages() {
        List<ExtractionStage> out = new ArrayList<>();
        for (ExtractionStage stage : stages) {
            if (stage instanceof SentencePass pass) {
                out.addAll(pass.stages());
            } else {
                out.add(stage);
            }
        }
        return out;
    }

    private static String name(ExtractionStage stage) {
        return stage.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return stages.stream().map(s -> s instanceof SentencePass ? s.toString() : name(s)).toList().toString();
    }
}
