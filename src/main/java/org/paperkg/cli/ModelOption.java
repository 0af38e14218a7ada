package org.paperkg.cli;

import org.paperkg.extract.ExtractionModel;
import org.paperkg.extract.Lexicon;
import org.paperkg.extract.NlpPipeline;
import org.paperkg.extract.RuleBasedExtractor;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** The {@code --model} and {@code --min-confidence} options shared by the commands that extract. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR",
            description = "A model folder written by 'paperkg train' (default: the model in the jar;"
                    + " 'rules' for the rules alone, every candidate kept).")
    String model;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
            description = "Drop entity mentions whose calibrated confidence is below P, in [0, 1] (default: ${DEFAULT-VALUE}:"
                    + " the model's own cut, chosen for the best F1).")
    double minConfidence;

    /** The extractor these options ask for, with the bundled lexicon. */
    RuleBasedExtractor extractor(int threads) {
        return extractor(Lexicon.bundled(), threads);
    }

    /** The extractor these options ask for, with the given lexicon (the bundled one plus a user's aliases). */
    RuleBasedExtractor extractor(Lexicon lexicon, int threads) {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("--min-confidence must be in [0, 1], got " + minConfidence);
        }
        ExtractionModel chosen;
        if (model == null) {
            chosen = ExtractionModel.bundled();
        } else if (model.equals("rules")) {
            chosen = ExtractionModel.rulesOnly();
        } else {
            try {
                chosen = ExtractionModel.read(Path.of(model));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --model " + model + ": " + e.getMessage(), e);
            }
        }
        return new RuleBasedExtractor(NlpPipeline.shared(), lexicon, chosen, minConfidence, threads);
    }
}
