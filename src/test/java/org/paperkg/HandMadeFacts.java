package org.paperkg;

import java.math.BigDecimal;
import java.util.List;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.Evidence;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.ResultKind;
import org.paperkg.model.SourceLocation;

/** Facts written by hand, so that mapping, store and export tests do not depend on the extraction rules. */
public final class HandMadeFacts {
    public static final String ABSTRACT_A = "We propose TurboNet. TurboNet improves top-1 accuracy on ImageNet by 1.5% over ResNet-50.";
    public static final String ABSTRACT_B = "We study MobileNetV2 on ImageNet. It reaches 72.0% top-1 accuracy.";

    private HandMadeFacts() {
    }

    public static Paper paper(String id, String title, String abstractText) {
        return new Paper(id, title, abstractText, List.of("Ada Lovelace"), 2024, "TestConf", null,
                new SourceLocation("hand-made", 1));
    }

    public static EntityMention imagenet() {
        return new EntityMention(EntityType.DATASET, "imagenet", "ImageNet", List.of(), "ImageNet", null, 0.9);
    }

    public static EntityMention top1() {
        return new EntityMention(EntityType.METRIC, "top1accuracy", "top-1 accuracy", List.of(), "top-1 accuracy", null, 0.9);
    }

    /** Paper A: proposes TurboNet, compares with ResNet-50, one relative result, one code link. */
    public static PaperFacts paperA(String abstractText) {
        Paper p = paper("pa", "TurboNet: Faster Image Models", abstractText);
        String sentence = "TurboNet improves top-1 accuracy on ImageNet by 1.5% over ResNet-50.";
        int start = Math.max(0, abstractText.indexOf(sentence));
        return new PaperFacts(p, List.of(
                new EntityMention(EntityType.METHOD, "turbonet", "TurboNet", List.of("turbo network"), null, MethodRole.PROPOSED, 0.7),
                new EntityMention(EntityType.METHOD, "resnet50", "ResNet-50", List.of(), null, MethodRole.COMPARED, 0.7),
                imagenet(), top1(),
                new EntityMention(EntityType.TASK, "imageclassification", "image classification", List.of(), "image classification", null, 0.9)),
                List.of("https://github.com/owner/turbonet"),
                List.of(new ClaimedResult(new BigDecimal("1.50"), "%", "top1accuracy", "turbonet", "imagenet", "resnet50", null,
                        ResultKind.RELATIVE, new Evidence(sentence, start, start + sentence.length()), 0.8)));
    }

    public static PaperFacts paperA() {
        return paperA(ABSTRACT_A);
    }

    /** Paper B: uses MobileNetV2, one absolute result without method, shares ImageNet with paper A. */
    public static PaperFacts paperB() {
        Paper p = paper("pb", "A Study of Mobile Networks", ABSTRACT_B);
        String sentence = "It reaches 72.0% top-1 accuracy.";
        int start = ABSTRACT_B.indexOf(sentence);
        return new PaperFacts(p, List.of(
                new EntityMention(EntityType.METHOD, "mobilenetv2", "MobileNetV2", List.of(), null, MethodRole.USED, 0.7),
                imagenet(), top1()),
                List.of(),
                List.of(new ClaimedResult(new BigDecimal("72.0"), "%", "top1accuracy", null, "imagenet", null, null,
                        ResultKind.ABSOLUTE, new Evidence(sentence, start, start + sentence.length()), 0.8)));
    }
}
