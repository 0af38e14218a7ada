package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;

/** Roles: proposed, compared, used. */
class MethodRolesTest {

    @Test
    void aDoubtfulMentionIsNotTakenForTheProposalEvenWhereProposingIsItsLikeliestRole() {
        java.util.Map<MethodRole, Double> chances = java.util.Map.of(
                MethodRole.PROPOSED, 0.6, MethodRole.COMPARED, 0.15, MethodRole.USED, 0.25);
        assertEquals(MethodRole.PROPOSED, RuleBasedExtractor.role(chances, 0.95));
        assertEquals(MethodRole.USED, RuleBasedExtractor.role(chances, 0.5));
        assertEquals(MethodRole.COMPARED, RuleBasedExtractor.role(java.util.Map.of(
                MethodRole.PROPOSED, 0.5, MethodRole.COMPARED, 0.3, MethodRole.USED, 0.2), 0.5));
    }

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

    @Test
    void nameAfterAPrepositionInTheProposalIsNotProposed() {
        Facts f = Facts.ofAbstract("We develop a new verification framework for vision models based on QuickSMT.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "QuickSMT").role());
    }

    @Test
    void nameInARelativeClauseOfTheProposalIsNotProposed() {
        Facts f = Facts.ofAbstract("We propose FairAlign that corrects the biased weights in the ZQ layer.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "FairAlign").role());
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "ZQ").role());
    }

    @Test
    void partsOfTheProposalAreProposed() {
        Facts f = Facts.ofAbstract("We propose TurboNet, a framework consisting of a SlimCore module and a FastHead decoder.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "SlimCore").role());
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "FastHead").role());
    }

    @Test
    void adjectivalParticipleIsNotAProposal() {
        Facts f = Facts.ofAbstract("We also cover recently developed toolkits, QuickLib and FastKit, in this survey.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "QuickLib").role());
    }

    @Test
    void coordinatedVerbSharesTheAuthorsSubject() {
        Facts f = Facts.ofAbstract("To this end, we propose to combine two old techniques and present SwiftViT, a small model.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "SwiftViT").role());
    }

    @Test
    void bracketedNameAfterItsLongFormIsProposed() {
        Facts f = Facts.ofAbstract("We propose a Gradual Pruning Method for Hypergraphs (GPMH) to shrink models.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "GPMH").role());
    }

    @Test
    void knownNameModifyingTheProposedThingIsUsed() {
        Facts f = Facts.ofAbstract("Memory networks (MemNets) are popular. We introduce FlexMem, a novel MemNet controller design.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "FlexMem").role());
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "MemNets").role());
    }

    @Test
    void onlyTheNameOpeningTheTitleBeforeItsColonIsProposed() {
        Facts f = Facts.of("The Story Began with AlexNet: A Survey", "We review AlexNet and its successors.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "AlexNet").role());
    }

    @Test
    void namedVariantOfTheProposedMethodIsProposed() {
        Facts f = Facts.ofAbstract("We propose FlexNet, a compact model. FlexNet-Large reaches 80% accuracy.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "FlexNet-Large").role());
    }

    @Test
    void titleOpeningWithAMethodPhraseNamesTheProposal() {
        Facts f = Facts.of("Sparse Echo Networks for Speech Tagging", "We study tagging with small recurrent models.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "Sparse Echo Networks").role());
    }

    @Test
    void titleOfPraiseAndAnUmbrellaTermNamesNoMethod() {
        Facts f = Facts.of("Efficient Deep Neural Networks", "We review ways to make models small.");
        assertEquals(0, f.ofType(EntityType.METHOD).stream().filter(m -> m.role() == MethodRole.PROPOSED).count());
    }

    @Test
    void titlePhraseSpellingAnAcronymIsThatEntity() {
        Facts f = Facts.of("Data Sieving Networks", "We train a data sieving network (DSN) on web data. DSN is fast.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "DSN").role());
        assertEquals(1, f.ofType(EntityType.METHOD).size(), f.facts.mentions().toString());
    }

    @Test
    void titleNameTheAbstractIntroducesAsPriorWorkIsNotProposed() {
        Facts f = Facts.of("Better Bounds for Quasi-Zonal Learning",
                "Quasi-zonal learning (QZL) has become popular. We prove tighter bounds for QZL.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "QZL").role());
    }

    @Test
    void titleNameThePaperFocusesOnIsNotProposed() {
        Facts f = Facts.of("Pseudo Labels for Federated Zonal Learning",
                "This paper focuses on federated zonal learning (FZL), where clients hold few labels.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "FZL").role());
    }

    private static long proposedCount(Facts f) {
        return f.ofType(EntityType.METHOD).stream().filter(m -> m.role() == MethodRole.PROPOSED).count();
    }

    @Test
    void agentNounAfterOurIsAnUnnamedProposal() {
        Facts f = Facts.ofAbstract("We fix this gap with our neural equalizer: a training routine for vision models.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "neural equalizer").role());
    }

    @Test
    void participleInsideAnUnnamedProposalBelongsToIt() {
        Facts f = Facts.ofAbstract("We develop a novel automated testing framework for language models.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "automated testing framework").role());
    }

    @Test
    void praiseBeforeAnUnnamedProposalIsNotPartOfIt() {
        Facts f = Facts.ofAbstract("We present a neat yet effective recursive attention for graphs.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "recursive attention").role());
    }

    @Test
    void quotedNameAfterReferredToAsIsProposed() {
        Facts f = Facts.ofAbstract("We propose a deep model trained by a local learning algorithm, referred to as \"blockwise echo training\".");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "blockwise echo training").role());
    }

    @Test
    void genericHeadWithOneModifierNamesNoProposal() {
        Facts f = Facts.ofAbstract("We propose an optimization framework for sparse models.");
        assertEquals(0, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void descriptionBeforeTheProposedNameIsNotASecondProposal() {
        Facts f = Facts.ofAbstract("We propose an efficient pruning scheme, Zonal Pruning (ZOP), for transformers.");
        assertEquals(1, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void unnamedProposalRestatingTheTitleNameIsThatName() {
        Facts f = Facts.of("Sparsely Gated Echo Networks for Speech", "We propose a sparsely gated echo method for speech.");
        assertEquals(1, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void knownTechniqueDescribingANamedProposalIsNotProposed() {
        Facts f = Facts.ofAbstract("We propose a train-time pruning scheme, Zonal Gated Pruning (ZGP), for transformers.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "ZGP").role());
        assertEquals(1, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void barePhraseRightAfterWeProposeIsATechnique() {
        Facts f = Facts.ofAbstract("First, we propose residual token merging to shorten sequences.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "residual token merging").role());
    }

    @Test
    void measureNamedByTheAuthorsIsNotAMethod() {
        Facts f = Facts.ofAbstract("This leads us to propose a complexity measure, called module criticality, for networks.");
        assertEquals(0, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void titleNameQualifyingANounIsNotProposed() {
        Facts f = Facts.of("Joint QHDR Denoising and Fusion for Phones", "We study denoising of QHDR images on phones.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "QHDR").role());
    }

    @Test
    void nameTermedAsIsProposed() {
        Facts f = Facts.ofAbstract("We propose a general spiking architecture, termed as ``Zeta-SpikeFormer'', for vision.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "Zeta-SpikeFormer").role());
    }

    @Test
    void modelsTheExperimentsAreRunWithAreUsed() {
        Facts f = Facts.ofAbstract("We propose ZetaNet. We present extensive experiments with two strong networks, "
                + "QuokkaNet and WombatNet, on two datasets.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "QuokkaNet").role());
    }

    @Test
    void relativeAsAnAdjectiveIsNoComparison() {
        Facts f = Facts.ofAbstract("We show that learning a prompt for the relative caption (LPRC) is sufficient for retrieval.");
        assertEquals(MethodRole.USED, f.find(EntityType.METHOD, "LPRC").role());
    }

    @Test
    void techniqueAttachedWithWithToTheProposalIsProposed() {
        Facts f = Facts.ofAbstract("Second, we propose layer-wise search with multi-path token sampling.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "multi-path token sampling").role());
    }

    @Test
    void partAttachedToAProposedObjectiveIsNotProposed() {
        Facts f = Facts.ofAbstract("We introduce a less conservative objective with a corresponding Bellman operator.");
        assertEquals(0, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void knownFamilyNarrowedByACompoundInTheProposalIsANewVariant() {
        Facts f = Facts.ofAbstract("We propose ZetaNAS, a search framework consisting of a TDNN-based supernet and a search algorithm.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "TDNN-based supernet").role());
    }

    @Test
    void activityBeforeProcessNamesTheProposal() {
        Facts f = Facts.ofAbstract("We also introduce the neural network folding process that merges layers.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "neural network folding").role());
    }

    @Test
    void quotedTermCalledNewIsProposed() {
        Facts f = Facts.ofAbstract("We add a brand new \"mixer token\" design in the attention module.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "mixer token").role());
    }

    @Test
    void nameOpeningAnItemOfTheContributionListIsProposed() {
        Facts f = Facts.of("ZetaPrune: Pruning for Everyone", "ZetaPrune prunes any network. It offers two key "
                + "advancements: (i) automatic graph construction; and (ii) Sparse Gated Projection (SGP) to prune filters.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "SGP").role());
    }

    @Test
    void itemOfAListThatIsNoContributionIsNotProposed() {
        Facts f = Facts.ofAbstract("Prior methods have two drawbacks: (i) Sparse Gated Projection (SGP) is slow; and (ii) it forgets.");
        assertEquals(0, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void trainingAKnownModelDoesNotProposeIt() {
        Facts f = Facts.ofAbstract("We train a ResNet-50 and a linear classifier on ImageNet.");
        assertEquals(0, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void titleMethodAndItsMeansAreBothProposed() {
        Facts f = Facts.of("Global Image Pruning with Curvature-Aware Saliency", "We prune image models globally.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "Global Image Pruning").role());
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "Curvature-Aware Saliency").role());
    }

    @Test
    void titleOpeningWithFilteringNamesTheProposal() {
        Facts f = Facts.of("Neural Compression and Filtering for Edge Object Detection", "We compress features at the edge.");
        assertEquals(MethodRole.PROPOSED, f.find(EntityType.METHOD, "Neural Compression and Filtering").role());
    }

    @Test
    void praiseOfAResourceBeforeAnUmbrellaTermNamesNoMethod() {
        Facts f = Facts.of("Gated Attention Transformers with Hardware-Efficient Training", "We train gated models fast.");
        assertEquals(false, f.hasAny("Hardware-Efficient Training"), f.facts.mentions().toString());
    }

    @Test
    void titleMeansCutShortNamesNoMethod() {
        Facts f = Facts.of("Online Algorithms for Ski Rental with Machine Learned Advice", "We study ski rental.");
        assertEquals(false, f.hasAny("Machine"), f.facts.mentions().toString());
    }

    @Test
    void sloganBeforeTheTitleColonNamesNoMethod() {
        Facts f = Facts.of("Views Can Be Deceiving: Better Contrastive Learning", "We study views in contrastive learning.");
        assertEquals(false, f.hasAny("Views Can Be Deceiving"), f.facts.mentions().toString());
    }

    @Test
    void verbAfterThisWithoutAPaperNounIsNotTheAuthors() {
        Facts f = Facts.ofAbstract("To this end, some methods introduce a critic through adversarial learning.");
        assertEquals(0, proposedCount(f), f.facts.mentions().toString());
    }

    @Test
    void whatLetsTheAuthorsDevelopIsStillTheirs() {
        Facts f = Facts.ofAbstract("This enables us to develop a consensus-based decentralized actor-critic method.");
        assertEquals(1, proposedCount(f), f.facts.mentions().toString());
    }
}
