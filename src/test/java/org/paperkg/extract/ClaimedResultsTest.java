package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;
import org.paperkg.model.ResultKind;

/** Claimed results: values, units, kinds, and the entities they are tied to. */
class ClaimedResultsTest {
    private static final String ISSUE_EXAMPLE = "Our method improves top-1 accuracy on ImageNet by 1.5% over ResNet-50.";

    private static void assertValue(String expected, ClaimedResult r) {
        assertEquals(0, new BigDecimal(expected).compareTo(r.value()), "value of " + r);
    }

    @Test
    void relativeImprovementOverBaselineIsOneRelativeResult() {
        Facts f = Facts.ofAbstract(ISSUE_EXAMPLE);
        ClaimedResult r = f.onlyResult();
        assertValue("1.5", r);
        assertEquals("%", r.unit());
        assertEquals(ResultKind.RELATIVE, r.kind());
        assertEquals("top-1 accuracy", f.nameOf(EntityType.METRIC, r.metricKey()));
        assertEquals("ImageNet", f.nameOf(EntityType.DATASET, r.datasetKey()));
    }

    @Test
    void baselineOfARelativeImprovementIsACompareddMethod() {
        Facts f = Facts.ofAbstract(ISSUE_EXAMPLE);
        ClaimedResult r = f.onlyResult();
        assertTrue(r.baselineKey() != null, r.toString());
        assertEquals(MethodRole.COMPARED, f.ofType(EntityType.METHOD).stream()
                .filter(m -> m.key().equals(r.baselineKey())).findFirst().orElseThrow().role());
    }

    @Test
    void baselineOfTheIssueExampleIsResNet50() {
        Facts f = Facts.ofAbstract(ISSUE_EXAMPLE);
        assertEquals("ResNet-50", f.nameOf(EntityType.METHOD, f.onlyResult().baselineKey()));
    }

    @Test
    void relativeToNamesTheBaselineButARelativeGainDoesNot() {
        Facts to = Facts.ofAbstract("Our model improves top-1 accuracy by 2.1% relative to ResNet-50 on ImageNet.");
        assertEquals("ResNet-50", to.nameOf(EntityType.METHOD, to.onlyResult().baselineKey()));
        Facts gain = Facts.ofAbstract("We propose FastNet. FastNet brings relative gains of 4.2% in top-1 accuracy on ImageNet.");
        for (var m : gain.ofType(EntityType.METHOD)) {
            assertNotEquals(MethodRole.COMPARED, m.role(), m.toString());
        }
    }

    @Test
    void achievedAccuracyIsAbsolute() {
        Facts f = Facts.ofAbstract("Our model achieves 81.3% top-1 accuracy on ImageNet.");
        ClaimedResult r = f.onlyResult();
        assertValue("81.3", r);
        assertEquals("%", r.unit());
        assertEquals(ResultKind.ABSOLUTE, r.kind());
        assertEquals("top-1 accuracy", f.nameOf(EntityType.METRIC, r.metricKey()));
        assertEquals("ImageNet", f.nameOf(EntityType.DATASET, r.datasetKey()));
        assertEquals(null, r.baselineKey());
    }

    @Test
    void timesFasterIsARelativeSpeedupInX() {
        Facts f = Facts.ofAbstract("We propose FastNet, which is 3.4x faster than MobileNetV2.");
        ClaimedResult r = f.onlyResult();
        assertValue("3.4", r);
        assertEquals("x", r.unit());
        assertEquals(ResultKind.RELATIVE, r.kind());
        assertEquals("speedup", r.metricKey());
        assertTrue(f.has(EntityType.METRIC, "speedup"), "the speedup metric is a mention of the paper");
        assertEquals("FastNet", f.nameOf(EntityType.METHOD, r.methodKey()));
        assertEquals("MobileNetV2", f.nameOf(EntityType.METHOD, r.baselineKey()));
    }

    @Test
    void valueKeepsTheDigitsAsWritten() {
        Facts f = Facts.ofAbstract("Our model achieves 81.30% top-1 accuracy on ImageNet.");
        assertEquals("81.30", f.onlyResult().value().toPlainString());
    }

    @Test
    void coordinatedListsGiveOneResultPerValueInOrder() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches 93.1%, 70.2% and 67.7% on CIFAR-10, CIFAR-100 and ImageNet.");
        List<ClaimedResult> rs = f.results();
        assertEquals(3, rs.size(), rs.toString());
        assertValue("93.1", rs.get(0));
        assertValue("70.2", rs.get(1));
        assertValue("67.7", rs.get(2));
        rs.forEach(r -> assertEquals("%", r.unit()));
        rs.forEach(r -> assertEquals("FastNet", f.nameOf(EntityType.METHOD, r.methodKey())));
    }

    @Test
    void coordinatedListsAreAlignedWithTheDatasets() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches 93.1%, 70.2% and 67.7% on CIFAR-10, CIFAR-100 and ImageNet.");
        List<ClaimedResult> rs = f.results();
        assertEquals(3, rs.size(), rs.toString());
        assertEquals("CIFAR-10", f.nameOf(EntityType.DATASET, rs.get(0).datasetKey()));
        assertEquals("CIFAR-100", f.nameOf(EntityType.DATASET, rs.get(1).datasetKey()));
        assertEquals("ImageNet", f.nameOf(EntityType.DATASET, rs.get(2).datasetKey()));
    }

    @Test
    void coordinatedListsAreAlignedWithOneTokenDatasetNames() {
        Facts f = Facts.ofAbstract("We propose FastNet, which reaches 99.1%, 95.2% and 67.7% on MNIST, SVHN and ImageNet.");
        List<ClaimedResult> rs = f.results();
        assertEquals(3, rs.size(), rs.toString());
        assertEquals("MNIST", f.nameOf(EntityType.DATASET, rs.get(0).datasetKey()));
        assertEquals("SVHN", f.nameOf(EntityType.DATASET, rs.get(1).datasetKey()));
        assertEquals("ImageNet", f.nameOf(EntityType.DATASET, rs.get(2).datasetKey()));
    }

    @Test
    void yearIsNotAResult() {
        Facts f = Facts.ofAbstract("In 2023, we trained MobileNetV2 on ImageNet. The model was released in 2021.");
        assertEquals(List.of(), f.results());
    }

    @Test
    void numberedNameIsNotAResult() {
        Facts f = Facts.ofAbstract("We trained ResNet-50 and ResNet-101 on ImageNet.");
        assertFalse(f.results().stream().anyMatch(r -> r.value().compareTo(new BigDecimal(50)) == 0
                || r.value().compareTo(new BigDecimal(101)) == 0), f.results().toString());
    }

    @Test
    void datasetNumberIsNotAResult() {
        Facts f = Facts.ofAbstract("Our model achieves 81.3% top-1 accuracy on CIFAR-100.");
        ClaimedResult r = f.onlyResult();
        assertValue("81.3", r);
    }

    @Test
    void evidenceOffsetsPointIntoTheAbstract() {
        String abs = "  We study small models.\nOur model achieves 81.3% top-1 accuracy on ImageNet. "
                + "It is also 2.1x faster than MobileNetV2 on phones.";
        Facts f = Facts.ofAbstract(abs);
        assertEquals(2, f.results().size(), f.results().toString());
        for (ClaimedResult r : f.results()) {
            assertEquals(r.evidence().text(), abs.substring(r.evidence().start(), r.evidence().end()), r.toString());
        }
        assertTrue(f.results().get(0).evidence().text().contains("81.3%"));
        assertTrue(f.results().get(1).evidence().text().contains("2.1x"));
    }

    @Test
    void evidenceIsTheSentenceThatStatesTheResultAfterCharactersOutsideTheBasicPlane() {
        String abs = "We blend \uD835\uDEFC-features \uD83D\uDE00 quickly. Our model achieves 81.3% top-1 accuracy on ImageNet.";
        Facts f = Facts.ofAbstract(abs);
        ClaimedResult r = f.onlyResult();
        assertEquals("Our model achieves 81.3% top-1 accuracy on ImageNet.", r.evidence().text());
        assertEquals(abs.indexOf("Our model"), r.evidence().start());
        assertEquals(abs.length(), r.evidence().end());
    }

    @Test
    void evidenceIsTheSentenceThatStatesTheResultAfterLineBreaks() {
        String abs = "We study small models.\r\n\r\nOur model achieves 81.3% top-1 accuracy\non ImageNet.";
        Facts f = Facts.ofAbstract(abs);
        ClaimedResult r = f.onlyResult();
        assertEquals(abs.indexOf("Our model"), r.evidence().start());
        assertEquals(abs.substring(r.evidence().start(), r.evidence().end()), r.evidence().text());
        assertTrue(r.evidence().text().endsWith("ImageNet."), r.toString());
    }

    @Test
    void timesFasterAfterAnotherMetricIsStillASpeedup() {
        Facts f = Facts.ofAbstract("Our pruned model achieves 71.2% top-1 accuracy on ImageNet and is 2.0x faster than the dense model.");
        ClaimedResult speed = f.results().stream().filter(r -> "x".equals(r.unit())).findFirst().orElseThrow();
        assertEquals("speedup", speed.metricKey(), speed.toString());
    }
}
