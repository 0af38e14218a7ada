package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityType;
import org.paperkg.model.ResultKind;

/** Results on new text: settings are not outcomes, kinds follow the wording, scores go to their owners. */
class ResultPrecisionTest {

    private static ClaimedResult valued(Facts f, String value) {
        return f.valued(value);
    }

    private static boolean hasValue(Facts f, String value) {
        return f.results().stream().anyMatch(r -> new BigDecimal(value).compareTo(r.value()) == 0);
    }

    @Test
    void aPercentageDescribingTheModelIsASettingNotItsScore() {
        Facts f = Facts.ofAbstract("A 80% structured sparse ResNet-101 model trained with our schedule reaches 76.4% top-1 accuracy on ImageNet.");
        assertTrue(!hasValue(f, "80"), f.results().toString());
        assertEquals("top-1 accuracy", f.nameOf(EntityType.METRIC, valued(f, "76.4").metricKey()));
        Facts pruned = Facts.ofAbstract("A 60% pruned network keeps 92.1% accuracy on CIFAR-10.");
        assertTrue(!hasValue(pruned, "60"), pruned.results().toString());
    }

    @Test
    void numberAfterByIsAChangeEvenFarFromItsVerb() {
        Facts f = Facts.ofAbstract("We propose FastNet, which improves the performance of strong detectors on the new benchmark by 7%.");
        assertEquals(ResultKind.RELATIVE, valued(f, "7").kind());
    }

    @Test
    void scoreFollowedByACommaAndAComparisonIsAbsolute() {
        Facts f = Facts.ofAbstract("Our best agent only achieves a success rate of 14.4%, significantly lower than human performance.");
        assertEquals(ResultKind.ABSOLUTE, valued(f, "14.4").kind());
    }

    @Test
    void numberParallelToAGainIsAGain() {
        Facts f = Facts.ofAbstract("We propose FastNet, which brings a 11% gain on CIFAR-10, and 9% on SVHN.");
        assertEquals(ResultKind.RELATIVE, valued(f, "9").kind());
    }

    @Test
    void endsOfAChangeAreAbsoluteScores() {
        Facts f = Facts.ofAbstract("We propose FastNet, which improves the accuracy from 69.8% to 73.2%.");
        assertEquals(ResultKind.ABSOLUTE, valued(f, "69.8").kind());
        assertEquals(ResultKind.ABSOLUTE, valued(f, "73.2").kind());
    }

    @Test
    void rangeOfImprovementsIsRelative() {
        Facts f = Facts.ofAbstract("We obtain relative improvements ranging from 8% up to 40% in accuracy.");
        assertEquals(ResultKind.RELATIVE, valued(f, "40").kind());
    }

    @Test
    void sampleBudgetAfterWithIsNotAResult() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches an FID of 2.7 with 10 NFE.");
        assertTrue(hasValue(f, "2.7"), f.results().toString());
        assertTrue(!hasValue(f, "10"), f.results().toString());
    }

    @Test
    void modelSizeIsNotAResult() {
        Facts f = Facts.ofAbstract("The largest dense vision transformer contains 4B parameters.");
        assertEquals(List.of(), f.results());
    }

    @Test
    void exponentInAFormulaIsNotAResult() {
        Facts f = Facts.ofAbstract("We prove that our method achieves the $O(1/\\epsilon^4)$ sample complexity.");
        assertEquals(List.of(), f.results());
    }

    @Test
    void sparsityAModelIsRunAtIsASetting() {
        Facts f = Facts.ofAbstract("Models trained with FastNet and 95% sparsity achieve 2.3% higher accuracy than dense baselines.");
        assertTrue(!hasValue(f, "95"), f.results().toString());
        assertEquals(ResultKind.RELATIVE, valued(f, "2.3").kind());
    }

    @Test
    void scoreAgainstAComparedSystemBelongsToIt() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches 77.6% accuracy (against 72.9% for ResNet-50).");
        ClaimedResult baseline = valued(f, "72.9");
        assertEquals(ResultKind.ABSOLUTE, baseline.kind());
        assertEquals("ResNet-50", f.nameOf(EntityType.METHOD, baseline.methodKey()));
        assertEquals("FastNet", f.nameOf(EntityType.METHOD, valued(f, "77.6").methodKey()));
    }

    @Test
    void scoreAfterThanWithoutANamedSystemHasNoMethod() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches a success rate of 14.4%, lower than the human performance of 78.2%.");
        assertEquals(null, valued(f, "78.2").methodKey());
    }

    @Test
    void marginAfterAComparedSystemIsStillAMargin() {
        Facts f = Facts.ofAbstract("FastNet achieves 0.7% higher top-1 accuracy than ResNet-50 on small models, and 0.8% higher on large ones.");
        assertEquals(ResultKind.RELATIVE, valued(f, "0.8").kind());
        assertEquals("FastNet", f.nameOf(EntityType.METHOD, valued(f, "0.8").methodKey()));
    }

    @Test
    void scoresInBracketsAfterDatasetsBelongToThem() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches the best accuracy on CIFAR-10 (84.5%), CIFAR-100 (57.8%) and SVHN (93.8%).");
        assertEquals("CIFAR-10", f.nameOf(EntityType.DATASET, valued(f, "84.5").datasetKey()));
        assertEquals("CIFAR-100", f.nameOf(EntityType.DATASET, valued(f, "57.8").datasetKey()));
        assertEquals("SVHN", f.nameOf(EntityType.DATASET, valued(f, "93.8").datasetKey()));
    }

    @Test
    void metricAfterAVerbBelongsToAnotherStatement() {
        Facts f = Facts.ofAbstract("We reach a compression ratio of 100x by reducing the overall model size.");
        assertEquals("compression ratio", f.nameOf(EntityType.METRIC, valued(f, "100").metricKey()));
    }

    @Test
    void enumeratorIsNotAResult() {
        Facts f = Facts.ofAbstract("FastNet has two advantages: 1) high accuracy; 2) high throughput.");
        assertEquals(List.of(), f.results());
    }

    @Test
    void valueAChangeArrivesAtIsAbsolute() {
        Facts f = Facts.ofAbstract("We propose FastNet, which decreases the error rate to 2.9% on CIFAR-10.");
        assertEquals(ResultKind.ABSOLUTE, valued(f, "2.9").kind());
    }

    @Test
    void savingsNamedAfterAMistaggedNounAreRelative() {
        Facts f = Facts.ofAbstract("Our staged training shows up to 22% compute savings compared to training from scratch.");
        assertEquals(ResultKind.RELATIVE, valued(f, "22").kind());
    }

    @Test
    void changeByANumberIsInTheMetricNamedBeforeBy() {
        Facts f = Facts.ofAbstract("Our method cuts the number of parameters by 41.9% and the GPU memory usage by 17.6%.");
        assertEquals("number of parameters", f.nameOf(EntityType.METRIC, valued(f, "41.9").metricKey()));
        assertEquals("GPU memory usage", f.nameOf(EntityType.METRIC, valued(f, "17.6").metricKey()));
    }

    @Test
    void eachChangeKeepsItsOwnMetric() {
        Facts f = Facts.ofAbstract("Our approach reduces GPU memory usage by up to 50% and improves throughput by 58%.");
        assertEquals("GPU memory usage", f.nameOf(EntityType.METRIC, valued(f, "50").metricKey()));
        assertEquals("throughput", f.nameOf(EntityType.METRIC, valued(f, "58").metricKey()));
    }
}
