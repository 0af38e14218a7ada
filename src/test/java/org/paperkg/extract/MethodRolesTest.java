package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;

/** Roles: proposed, compared, used. */
class MethodRolesTest {

    @Test
    void nameBeforeTheTitleColonIsProposed() {
        Facts f = Facts.of("TurboNet: Fast Networks for Everyone", "TurboNet is evaluated on ImageNet.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "TurboNet").role());
    }

    @Test
    void objectOfWeProposeIsProposed() {
        Facts f = Facts.ofAbstract("We propose SwiftNet, a light model for phones.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "SwiftNet").role());
    }

    @Test
    void objectOfOutperformsIsCompared() {
        Facts f = Facts.ofAbstract("We propose SwiftNet, a light model. SwiftNet outperforms MobileNetV2 on ImageNet.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "SwiftNet").role());
        assertEquals(MethodRole.COMPARED, f.find(EntityType.METHOD, "MobileNetV2").role());
    }

    @Test
    void methodOnlyMentionedIsUsed() {
        Facts f = Facts.of("TurboNet: Fast Networks for Everyone", "TurboNet outperforms MobileNetV2. We use PyTorch.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "PyTorch").role());
    }

    @Test
    void everyMethodHasARole() {
        Facts f = Facts.of("TurboNet: Fast Networks for Everyone", "TurboNet outperforms MobileNetV2. We use PyTorch.");
        f.ofType(EntityType.METHOD).forEach(m -> org.junit.jupiter.api.Assertions.assertNotNull(m.role(), m.toString()));
    }

    @Test
    void methodUsedAfterAComparisonInTheSameSentenceIsUsed() {
        Facts f = Facts.ofAbstract("We propose SwiftNet. SwiftNet outperforms MobileNetV2 and uses BatchNorm.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "BatchNorm").role());
    }

    @Test
    void buildingOnAMethodIsUsingIt() {
        Facts f = Facts.ofAbstract("We build on BERT to train small models.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "BERT").role());
    }

    @Test
    void baselineInTheProposalSentenceIsCompared() {
        Facts f = Facts.ofAbstract("We propose FastNet, which is 3.4x faster than MobileNetV2.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "FastNet").role());
        assertEquals(MethodRole.COMPARED, f.find(EntityType.METHOD, "MobileNetV2").role());
    }
}
