package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityType;

/** Which metric a claimed result is in, when the sentence names it in less obvious places. */
class ResultMetricsTest {

    private static ClaimedResult valued(Facts f, String value) {
        return f.valued(value);
    }

    private static String metricOf(Facts f, String value) {
        return f.nameOf(EntityType.METRIC, valued(f, value).metricKey());
    }

    @Test
    void metricNamedAfterAComparativeWinsOverAWordThatImpliesAnother() {
        Facts f = Facts.ofAbstract("Our spiking network offers 12x higher energy efficiency than the dense network.");
        assertEquals("energy efficiency", metricOf(f, "12"));
    }

    @Test
    void costsComparedAfterTheirNumberAreInTheirOwnMeasureNotTheSentencesQualityMetric() {
        Facts f = Facts.ofAbstract("Our pruned index keeps an AUC of 0.92 on Cora while taking 12.3x less time "
                + "and 9.3x less space than a rebuild.");
        assertEquals("AUC", metricOf(f, "0.92"));
        assertEquals("time", metricOf(f, "12.3"));
        assertEquals("space", metricOf(f, "9.3"));
        Facts cost = Facts.ofAbstract("The new format incurs 3x lower cost than half precision with 76.1% top-1 accuracy on ImageNet.");
        assertEquals("cost", metricOf(cost, "3"));
        assertEquals("top-1 accuracy", metricOf(cost, "76.1"));
    }

    @Test
    void metricUsedAsTheModifierOfAChangeNounIsTheResultsMetric() {
        Facts f = Facts.ofAbstract("The searched model brings a 3.2% accuracy improvement over hand-designed networks.");
        assertEquals("accuracy", metricOf(f, "3.2"));
    }

    @Test
    void speedupInANamedMetricIsAResultInThatMetric() {
        Facts f = Facts.ofAbstract("The cache gives up to 2.7x speedup in inference latency on mobile phones.");
        assertEquals("inference latency", metricOf(f, "2.7"));
    }

    @Test
    void timesFasterInAMetricIsStillASpeedup() {
        Facts f = Facts.ofAbstract("The index is up to 12x faster in wall-clock time than exhaustive search.");
        assertEquals("speedup", valued(f, "12").metricKey());
    }

    @Test
    void firstNumberOfARangeTakesTheUnitOfTheSecond() {
        Facts f = Facts.ofAbstract("Our network needs 3 to 12 times fewer parameters than deeper networks.");
        assertEquals("x", valued(f, "3").unit());
        assertEquals("x", valued(f, "12").unit());
        assertEquals("number of parameters", metricOf(f, "3"));
    }

    @Test
    void numbersInDifferentUnitsDoNotShareTheMetricAfterThem() {
        Facts f = Facts.ofAbstract("The small model reaches 2.1 ms inference latency, as fast as the baseline (2.1 ms, 71.0% top-1).");
        List<ClaimedResult> latencies = f.results().stream().filter(r -> "ms".equals(r.unit())).toList();
        assertEquals(2, latencies.size(), f.results().toString());
        latencies.forEach(r -> assertEquals("inference latency", f.nameOf(EntityType.METRIC, r.metricKey()), r.toString()));
        assertEquals("top-1 accuracy", metricOf(f, "71.0"));
    }

    @Test
    void metricWrittenWithThePercentSignAfterTheNumberIsFound() {
        Facts f = Facts.ofAbstract("We report the equal error rate (EER) of small speaker models. "
                + "Ours reaches 3.1% EER with 200M MACs and 1.2% EER with 900M MACs.");
        assertEquals("equal error rate", metricOf(f, "1.2"));
    }

    @Test
    void topOneSplitByADatasetNameIsTopOneAccuracy() {
        Facts f = Facts.ofAbstract("Our pruning improved the top-1 ImageNet accuracy by 2.4% over magnitude pruning.");
        assertEquals("top-1 accuracy", metricOf(f, "2.4"));
    }

    @Test
    void sparsityIsAMetricOnlyWithANumber() {
        // "at 95% sparsity" is a level a model is run at (a setting); reaching it is the outcome
        Facts measured = Facts.ofAbstract("The pruned network reaches 95% sparsity without losing accuracy.");
        assertEquals("sparsity", metricOf(measured, "95"));
        Facts property = Facts.ofAbstract("We study structured sparsity in convolutional networks.");
        assertEquals(List.of(), property.names(EntityType.METRIC));
    }

    @Test
    void methodThatIsTheSubjectOfAchievesIsTheAchiever() {
        Facts f = Facts.ofAbstract("We release a new corpus. Among other gains, a ResNet-50 trained on our corpus achieves 79.5% accuracy.");
        assertEquals("ResNet-50", f.nameOf(EntityType.METHOD, valued(f, "79.5").methodKey()));
    }

    @Test
    void methodInAnAsideIsNotTheSubjectOfWeAchieve() {
        Facts f = Facts.ofAbstract("Adding our loss to strong baselines (e.g., ResNet-50), we achieve gains of 2.5% accuracy.");
        assertEquals(null, f.nameOf(EntityType.METHOD, valued(f, "2.5").methodKey()));
    }

    @Test
    void numbersInBracketsAfterAMethodAreThatMethods() {
        Facts f = Facts.ofAbstract("We propose TinyNet. TinyNet runs as fast as MobileNetV2 (1.6 ms, 74.7% top-1 accuracy) on phones.");
        assertEquals("MobileNetV2", f.nameOf(EntityType.METHOD, valued(f, "74.7").methodKey()));
    }

    @Test
    void startOfAChangeBelongsToTheOriginalModel() {
        Facts f = Facts.ofAbstract("We propose TinySearch. TinySearch raises the accuracy of MobileNetV2 from 71.4% to 75.3%.");
        assertEquals("MobileNetV2", f.nameOf(EntityType.METHOD, valued(f, "71.4").methodKey()));
        assertEquals("TinySearch", f.nameOf(EntityType.METHOD, valued(f, "75.3").methodKey()));
    }

    @Test
    void lowEndOfARangeIsReadLikeItsHighEnd() {
        Facts f = Facts.ofAbstract("We propose TinyField, which is 25 - 71x computationally faster than prior fields.");
        assertEquals("speedup", valued(f, "25").metricKey());
        assertEquals(valued(f, "71").kind(), valued(f, "25").kind());
    }

    @Test
    void factorWithAnotherComparativeIsNoSpeedup() {
        Facts f = Facts.ofAbstract("Our models train much faster than prior models while being up to 6.8x smaller.");
        assertEquals(null, valued(f, "6.8").metricKey());
    }

    @Test
    void methodThatOnlyModifiesANounIsNotTheSubject() {
        Facts f = Facts.ofAbstract("We propose FANs. A model with a DeiT architecture achieves 47.6% mCE on ImageNet-C.");
        assertEquals("FANs", f.nameOf(EntityType.METHOD, valued(f, "47.6").methodKey()));
    }

    @Test
    void metricWrittenRightAfterItsNumberIsNotTheMetricOfAConditionAfterIt() {
        Facts f = Facts.ofAbstract("The calibrated classifier keeps 91% top-1 accuracy at 60% coverage on ImageNet "
                + "and 97% top-1 accuracy at 35% coverage.");
        assertEquals("top-1 accuracy", metricOf(f, "91"));
        assertEquals("top-1 accuracy", metricOf(f, "97"));
    }

    @Test
    void percentageFollowedByAShareOrRateIsMeasuredInItNotInTheSentencesMetric() {
        Facts f = Facts.ofAbstract("Our student reaches 81.2% top-1 accuracy on ImageNet while hiding most patches "
                + "(75% mask ratio).");
        assertEquals("top-1 accuracy", metricOf(f, "81.2"));
        assertEquals("mask ratio", metricOf(f, "75"));
    }
}
