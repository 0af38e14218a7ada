package org.paperkg.extract;

/**
 * A stage that works on one sentence at a time. Run on its own it goes through all the sentences; inside a
 * {@link SentencePass} each sentence goes through every stage of the pass before the next sentence starts.
 */
interface SentenceStage extends ExtractionStage {
    /** Called once per paper before its first sentence, to look at what earlier stages found. */
    default void start(PaperAnalysis paper) {
    }

    void annotate(PaperAnalysis paper, int sentence);

    @Override
    default void annotate(PaperAnalysis paper) {
        start(paper);
        for (int i = 0; i < paper.sentenceCount(); i++) {
            annotate(paper, i);
        }
    }
}
