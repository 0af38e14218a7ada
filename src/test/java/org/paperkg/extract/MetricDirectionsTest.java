package org.paperkg.extract;

import org.paperkg.model.TermKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paperkg.model.MetricDirection;

/** Which way a metric improves: the lexicon's marker, else a head word that settles it, else unknown. */
class MetricDirectionsTest {
    private final MetricDirections directions = MetricDirections.bundled();

    @Test
    void theLexiconMarksErrorsAndCostsLowerAndScoresHigher() {
        assertEquals(MetricDirection.LOWER_IS_BETTER, directions.of(TermKey.of("top-1 error"), "top-1 error"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, directions.of(TermKey.of("perplexity"), "perplexity"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, directions.of(TermKey.of("Fréchet Inception Distance"), "FID"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, directions.of(TermKey.of("bits per character"), "BPC"));
        assertEquals(MetricDirection.HIGHER_IS_BETTER, directions.of(TermKey.of("BLEU"), "BLEU"));
        assertEquals(MetricDirection.HIGHER_IS_BETTER, directions.of(TermKey.of("average precision"), "AP"));
    }

    @Test
    void aMetricNamedByAPhraseTakesTheDirectionOfItsHeadWord() {
        assertEquals(MetricDirection.HIGHER_IS_BETTER, directions.of("jointgoalaccuracy", "joint goal accuracy"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, directions.of("validationloss", "validation loss"));
    }

    @Test
    void aMetricNeitherTheLexiconNorItsHeadSettlesIsUnknown() {
        assertEquals(MetricDirection.UNKNOWN, directions.of(TermKey.of("attack success rate"), "attack success rate"));
        assertEquals(MetricDirection.UNKNOWN, directions.of("oddity", "oddity"));
        assertEquals(MetricDirection.UNKNOWN, directions.of(null, null));
    }
}
