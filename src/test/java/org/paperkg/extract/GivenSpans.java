package org.paperkg.extract;

import java.util.List;
import java.util.Set;

/** A stage for tests: adds the spans it is given, as found by {@code source}, and claims their tokens. */
record GivenSpans(Source source, Set<Layer> requires, Set<Layer> provides, List<Span> spans) implements SentenceStage {
    /** Spans of one source that need and give nothing. */
    GivenSpans(Source source, Span... spans) {
        this(source, Set.of(), Set.of(), List.of(spans));
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentence) {
        for (Span sp : spans) {
            if (sp.sentence() == sentence) {
                paper.add(sp);
                paper.claims(sentence).claim(sp.from(), sp.to());
            }
        }
    }

    /** Runs this stage alone on the paper, as the pipeline would. */
    PaperAnalysis runOn(PaperAnalysis paper) {
        paper.enter(this);
        annotate(paper);
        paper.enter(null);
        return paper;
    }
}
