package org.paperkg.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence stages run together, sentence by sentence: sentence i goes through all of them, in order, before
 * sentence i + 1 starts. So each rule sees the spans and claims earlier rules left in its sentence, and the
 * spans all the rules left in earlier sentences (a layer a stage of the pass provides is complete only up to
 * the sentence the pass has reached).
 */
final class SentencePass implements ExtractionStage {
    private final List<SentenceStage> stages;

    SentencePass(List<SentenceStage> stages) {
        this.stages = List.copyOf(stages);
    }

    List<SentenceStage> stages() {
        return stages;
    }

    /** What the pass needs from before it: its stages' requirements that no earlier stage of the pass provides. */
    @Override
    public Set<Layer> requires() {
        Set<Layer> needed = EnumSet.noneOf(Layer.class);
        Set<Layer> provided = EnumSet.noneOf(Layer.class);
        for (SentenceStage stage : stages) {
            stage.requires().stream().filter(l -> !provided.contains(l)).forEach(needed::add);
            provided.addAll(stage.provides());
        }
        return needed;
    }

    @Override
    public Set<Layer> provides() {
        Set<Layer> provided = EnumSet.noneOf(Layer.class);
        stages.forEach(stage -> provided.addAll(stage.provides()));
        return provided;
    }

    @Override
    public void annotate(PaperAnalysis paper) {
        for (SentenceStage stage : stages) {
            paper.enter(stage);
            stage.start(paper);
        }
        for (int i = 0; i < paper.sentenceCount(); i++) {
            for (SentenceStage stage : stages) {
                paper.enter(stage);
                stage.annotate(paper, i);
            }
        }
        paper.enter(this);
    }

    @Override
    public String toString() {
        return "SentencePass" + stages.stream().map(s -> s.getClass().getSimpleName()).toList();
    }
}
