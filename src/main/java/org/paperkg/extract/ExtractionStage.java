package org.paperkg.extract;

import java.util.Set;

/**
 * One step of entity extraction, in the spirit of CoreNLP's {@code Annotator}: it states the {@link Layer}s it
 * reads and the ones it adds, and changes a paper's spans and token claims only through {@link PaperAnalysis},
 * which records {@link #source()} on every span the stage adds. The stages run in the order
 * {@link ExtractionPipeline#standard} lists them; a stage keeps no state of its own between papers (papers are
 * analysed in parallel), only its configuration.
 */
interface ExtractionStage {
    /** Layers that earlier stages must have provided. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> provides();

    /** The source recorded on each span this stage adds or rewrites; null for a stage that adds none. */
    default Source source() {
        return null;
    }

    void annotate(PaperAnalysis paper);
}
