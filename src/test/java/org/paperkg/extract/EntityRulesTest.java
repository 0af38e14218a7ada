package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;

/** The entity rule families on small hand-written sentences. */
class EntityRulesTest {

    @Nested
    class LexiconMatching {
        @Test
        void knownDatasetIsFoundWithItsCanonicalName() {
            Facts f = Facts.ofAbstract("We evaluate our approach on CIFAR-10 with a small budget.");
            EntityMention m = f.find(EntityType.DATASET, "CIFAR-10");
            assertEquals("CIFAR-10", m.canonical());
        }

        @Test
        void variantSpellingIsTheSameDatasetAsTheCanonicalOne() {
            Facts f = Facts.ofAbstract("We train on CIFAR10. Results on CIFAR-10 are strong.");
            assertEquals(1, f.ofType(EntityType.DATASET).size(), f.facts.mentions().toString());
            EntityMention m = f.find(EntityType.DATASET, "CIFAR-10");
            assertTrue(m.aliases().contains("CIFAR10") || m.name().equals("CIFAR10"), m.toString());
        }

        @Test
        void slashShorthandKeepsBothDatasetsWithTheShippedModel() {
            Facts f = Facts.shipped("On downstream CIFAR-10/100 datasets, our subnetworks reach 89.26%/73.79% accuracy.");
            assertTrue(f.has(EntityType.DATASET, "CIFAR10"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.DATASET, "CIFAR100"), f.facts.mentions().toString());
        }

        @Test
        void editionYearsAfterAKnownDatasetNameEditionsOfIt() {
            Facts f = Facts.ofAbstract("Our method is state of the art on DAVIS 2016/2017 val and on DAVIS 2017 test-dev.");
            assertEquals(List.of("DAVIS 2016", "DAVIS 2017"), f.names(EntityType.DATASET).stream().sorted().toList());
            EntityMention edition = f.find(EntityType.DATASET, "DAVIS 2017");
            assertEquals("DAVIS", edition.family().get(0).broaderLabel(), edition.toString());
        }

        @Test
        void knownDatasetIsNotAlsoAMethod() {
            Facts f = Facts.ofAbstract("We report results on ImageNet.");
            assertTrue(f.has(EntityType.DATASET, "ImageNet"));
            assertFalse(f.has(EntityType.METHOD, "ImageNet"));
        }

        @Test
        void slashShorthandGivesTwoDatasets() {
            Facts f = Facts.ofAbstract("We report results on CIFAR10/100.");
            assertTrue(f.has(EntityType.DATASET, "CIFAR-10") || f.has(EntityType.DATASET, "CIFAR10"), f.facts.mentions().toString());
            assertEquals(2, f.ofType(EntityType.DATASET).size(), f.facts.mentions().toString());
            assertTrue(f.ofType(EntityType.DATASET).stream().anyMatch(m -> "CIFAR-100".equals(m.canonical())),
                    f.facts.mentions().toString());
        }
    }

    @Test
    void namesListedWithASlashAreEachTheirOwnEntityAndPairWithTheValuesInOrder() {
        Facts f = Facts.ofAbstract("Our detector reaches 47.3%/36.9% mask AP on COCO/LVIS with a ResNet/Swin backbone.");
        assertTrue(f.has(EntityType.DATASET, "COCO"), f.facts.mentions().toString());
        assertTrue(f.has(EntityType.DATASET, "LVIS"), f.facts.mentions().toString());
        assertEquals("COCO", f.nameOf(EntityType.DATASET, f.valued("47.3").datasetKey()));
        assertEquals("LVIS", f.nameOf(EntityType.DATASET, f.valued("36.9").datasetKey()));
    }

    @Nested
    class AcronymDefinitions {
        @Test
        void paperDefinitionOfAnAcronymWinsOverTheLexiconSense() {
            Facts f = Facts.ofAbstract("We detect adversarial examples (AE) with a simple score. Each AE is hard to spot.");
            assertTrue(f.facts.mentions().stream().noneMatch(m -> m.aliases().contains("autoencoder")
                    || "autoencoder".equals(m.canonical())), f.facts.mentions().toString());
        }

        @Test
        void acronymDefinedAsAPlainPhraseIsNotAMethodWhereItRecurs() {
            Facts f = Facts.ofAbstract("We study noisy hand-object interactions (HOI) in videos. Our model cleans HOI sequences.");
            assertFalse(f.has(EntityType.METHOD, "HOI"), f.facts.mentions().toString());
        }

        @Test
        void capitalisedDefinitionOfALexiconAcronymIsThePapersOwnMethod() {
            Facts f = Facts.ofAbstract("We propose Style Alignment Encoding (SAE). SAE aligns styles well.");
            assertTrue(f.has(EntityType.METHOD, "SAE"), f.facts.mentions().toString());
            assertTrue(f.facts.mentions().stream().noneMatch(m -> m.aliases().contains("sparse autoencoder")),
                    f.facts.mentions().toString());
        }

        @Test
        void acronymDefinedWithACitationInItsBracketIsOneEntityWithItsLongForm() {
            Facts f = Facts.ofAbstract("Gated quokka networks (GQNs; Smith et al., 2019a) are popular. "
                    + "We show that GQNs fail on long inputs.");
            assertTrue(f.facts.mentions().stream().anyMatch(m -> m.type() == EntityType.METHOD
                    && (m.name() + m.aliases()).contains("GQNs") && (m.name() + m.aliases()).toLowerCase().contains("gated quokka")),
                    f.facts.mentions().toString());
        }

        @Test
        void acronymFollowedByAMethodNounIsAMethod() {
            Facts f = Facts.ofAbstract("We evaluate this selection via proxy (SVP) approach. SVP is fast.");
            assertTrue(f.has(EntityType.METHOD, "SVP"), f.facts.mentions().toString());
        }

        @Test
        void acronymDefinedByACapitalisedNameStaysAMethod() {
            Facts f = Facts.ofAbstract("We propose Random Feature Propagation (RFP). RFP outperforms spectral encodings.");
            assertTrue(f.has(EntityType.METHOD, "RFP"), f.facts.mentions().toString());
        }

        @Test
        void longFormWithAcronymIsOneEntityWithAlias() {
            Facts f = Facts.ofAbstract("We propose a graph attention network (GAN) for link prediction. The GAN is fast.");
            long gans = f.facts.mentions().stream()
                    .filter(m -> m.name().equals("GAN") || m.aliases().contains("GAN")
                            || m.name().equals("graph attention network") || m.aliases().contains("graph attention network"))
                    .count();
            assertEquals(1, gans, f.facts.mentions().toString());
            EntityMention m = f.find(EntityType.METHOD, "GAN");
            assertTrue(m.name().equals("graph attention network") || m.aliases().contains("graph attention network"), m.toString());
        }

        @Test
        void laterUseOfTheAcronymIsTheSameEntity() {
            Facts f = Facts.ofAbstract("We present spectral token mixing (STM) for vision. "
                    + "STM reduces memory. In ablations STM is robust.");
            assertEquals(1, f.ofType(EntityType.METHOD).stream()
                    .filter(m -> m.name().equals("STM") || m.aliases().contains("STM")).count(), f.facts.mentions().toString());
        }
    }

    @Nested
    class DatasetSubsets {
        @Test
        void namedPartOfAKnownDatasetIsOneDatasetName() {
            Facts f = Facts.ofAbstract("We report results on the challenging ImageNet VID benchmark.");
            assertTrue(f.has(EntityType.DATASET, "ImageNet VID"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.DATASET, "VID"), f.facts.mentions().toString());
        }

        @Test
        void aNameWithTheYearOfItsEditionIsADatasetWhereResultsAreReported() {
            Facts f = Facts.ofAbstract("Our tagger reaches 50.1 F1 on the QuillNER 2019 test set and 91.2 F1 on ZRBX 2021.");
            assertTrue(f.has(EntityType.DATASET, "QuillNER 2019"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.DATASET, "ZRBX 2021"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.METHOD, "QuillNER"), f.facts.mentions().toString());
        }
    }

    @Nested
    class NotNames {
        @Test
        void unitsAndOrganisationsAreNotMethods() {
            Facts f = Facts.ofAbstract("The model needs only 23 KB of storage, unlike the models released by OpenAI.");
            assertFalse(f.hasAny("KB"), f.facts.mentions().toString());
            assertFalse(f.hasAny("OpenAI"), f.facts.mentions().toString());
        }

        @Test
        void hyphenatedParticipleOrPrefixOnAnAcronymIsNotAName() {
            Facts f = Facts.ofAbstract("We study AI-generated images and post-ICL behaviour under non-IID data.");
            assertFalse(f.hasAny("AI-generated"), f.facts.mentions().toString());
            assertFalse(f.hasAny("post-ICL"), f.facts.mentions().toString());
            assertFalse(f.hasAny("non-IID"), f.facts.mentions().toString());
        }

        @Test
        void acronymDefinedAtSentenceStartByAPlainPhraseIsNotAMethod() {
            Facts f = Facts.ofAbstract("Text-based games (TBG) are hard. Agents for TBG fail to generalize.");
            assertFalse(f.has(EntityType.METHOD, "TBG"), f.facts.mentions().toString());
        }
    }

    @Nested
    class DatasetAgreement {
        @Test
        void unknownNameListedWithKnownDatasetsIsADataset() {
            Facts f = Facts.ofAbstract("We evaluate on CIFAR-10, ImageNet and FooBench-3D and report accuracy.");
            assertTrue(f.has(EntityType.DATASET, "FooBench-3D"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.METHOD, "FooBench-3D"), f.facts.mentions().toString());
        }

        @Test
        void nameCalledADatasetElsewhereIsNotAlsoAMethod() {
            Facts f = Facts.ofAbstract("We build on the Zorbix101 dataset. Models trained on Zorbix101 generalize poorly.");
            assertFalse(f.has(EntityType.METHOD, "Zorbix101"), f.facts.mentions().toString());
        }

        @Test
        void listEndingInAnOrPastTheLastNameIsStillAList() {
            Facts f = Facts.ofAbstract("Models trained on LAION-2B, Zorbix-1B, or OpenAI's own data do worse.");
            assertFalse(f.has(EntityType.METHOD, "Zorbix-1B"), f.facts.mentions().toString());
        }

        @Test
        void nameAfterAListsConjunctionStandsOutsideTheList() {
            Facts f = Facts.ofAbstract("On CIFAR-10, ImageNet-1K, and ADE20K, ZorbBatch losslessly saves 40% of the training cost.");
            assertFalse(f.has(EntityType.DATASET, "ZorbBatch"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.DATASET, "ADE20K"), f.facts.mentions().toString());
        }

        @Test
        void aNameDescribedAsABenchmarkIsADatasetNotAMethod() {
            Facts f = Facts.ofAbstract("We present QuuxVista, a large-scale benchmark of 6,000 geometry problems. "
                    + "We also release ZorbQA, a dataset of 500 questions.");
            assertTrue(f.has(EntityType.DATASET, "QuuxVista"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.DATASET, "ZorbQA"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.METHOD, "QuuxVista"), f.facts.mentions().toString());
        }

        @Test
        void aTitleNameTheTitleOrAbstractCallsADatasetIsADataset() {
            Facts byTitle = Facts.of("QuuxImage: A Dataset for Spatial Reasoning", "Our baseline reaches 71.2% accuracy on QuuxImage.");
            assertTrue(byTitle.has(EntityType.DATASET, "QuuxImage"), byTitle.facts.mentions().toString());
            Facts byAbstract = Facts.of("QuuxVista: Evaluating Reasoning in Visual Contexts",
                    "We present QuuxVista, a benchmark of geometry problems. GPT-4 reaches 49.9% accuracy on QuuxVista.");
            assertTrue(byAbstract.has(EntityType.DATASET, "QuuxVista"), byAbstract.facts.mentions().toString());
            assertFalse(byAbstract.has(EntityType.METHOD, "QuuxVista"), byAbstract.facts.mentions().toString());
        }

        @Test
        void aTitleNameOfAMethodEvaluatedOnABenchmarkStaysAMethod() {
            Facts f = Facts.of("Quuxer: Scheduling Sparse Kernels", "We propose Quuxer, which is 2x faster on the SuiteSparse benchmark.");
            assertTrue(f.has(EntityType.METHOD, "Quuxer"), f.facts.mentions().toString());
        }

        @Test
        void methodAfterAnIntroductoryDatasetPhraseStaysAMethod() {
            Facts f = Facts.ofAbstract("On ImageNet, QuuxNet-B achieves higher accuracy than ResNet-50.");
            assertTrue(f.has(EntityType.METHOD, "QuuxNet-B"), f.facts.mentions().toString());
        }
    }

    @Nested
    class ArtifactNames {
        @Test
        void wordsOfATitleSetInCapitalsAreNotTakenForAcronyms() {
            Facts f = Facts.of("FAST AND STABLE TRAINING WITH SPARSE GRADIENTS",
                    "We study how sparse gradients change the stability of training.");
            assertFalse(f.has(EntityType.METHOD, "STABLE"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.METHOD, "TRAINING"), f.facts.mentions().toString());
        }

        @Test
        void anAcronymInAnOrdinaryTitleIsStillAName() {
            Facts f = Facts.of("DRACO: Fast Training with Sparse Gradients",
                    "We present DRACO, a method that trains faster.");
            assertTrue(f.has(EntityType.METHOD, "DRACO"), f.facts.mentions().toString());
        }

        @Test
        void camelCaseNameBecomesAMethod() {
            Facts f = Facts.ofAbstract("TurboNet outperforms earlier designs on ImageNet.");
            assertTrue(f.has(EntityType.METHOD, "TurboNet"), f.facts.mentions().toString());
        }

        @Test
        void allCapsNameBecomesAMethod() {
            Facts f = Facts.ofAbstract("We fine-tune BERT for sentiment analysis.");
            assertTrue(f.has(EntityType.METHOD, "BERT"), f.facts.mentions().toString());
        }

        @Test
        void versionedCamelCaseNameBecomesAMethod() {
            Facts f = Facts.ofAbstract("Our model outperforms MobileNetV2 on ImageNet.");
            assertTrue(f.has(EntityType.METHOD, "MobileNetV2"), f.facts.mentions().toString());
        }

        @Test
        void numberedNameKeepsItsNumber() {
            Facts f = Facts.ofAbstract("We compare ResNet-50 with ResNet-101 on ImageNet.");
            assertTrue(f.has(EntityType.METHOD, "ResNet-50"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.METHOD, "ResNet-101"), f.facts.mentions().toString());
        }

        @Test
        void camelCaseOperatorNameIsAMethodNotADataset() {
            Facts f = Facts.ofAbstract("We build on FlashConv and BERT to train models.");
            assertTrue(f.has(EntityType.METHOD, "FlashConv"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.DATASET, "FlashConv"), f.facts.mentions().toString());
        }
    }

    @Nested
    class PhrasesByHeadNoun {
        @Test
        void nameAfterTheWordDatasetIsADataset() {
            Facts f = Facts.ofAbstract("We also release a new example dataset ZebraSet-2B for pretraining.");
            assertTrue(f.has(EntityType.DATASET, "ZebraSet-2B"), f.facts.mentions().toString());
        }

        @Test
        void laterUseOfAnAcronymDoesNotSwallowADeterminer() {
            Facts f = Facts.ofAbstract("We propose automated graph networks (AGN). It beats a GN baseline.");
            assertFalse(f.hasAny("a GN"), f.facts.mentions().toString());
        }

        @Test
        void theXDatasetIsADataset() {
            Facts f = Facts.ofAbstract("We collect the Zebrafish dataset of fish images.");
            assertTrue(f.ofType(EntityType.DATASET).stream().anyMatch(m -> m.name().contains("Zebrafish")),
                    f.facts.mentions().toString());
        }

        @Test
        void inferenceLatencyIsAMetric() {
            Facts f = Facts.ofAbstract("We reduce inference latency on edge devices.");
            assertTrue(f.has(EntityType.METRIC, "inference latency"), f.facts.mentions().toString());
        }

        @Test
        void measuresWithAVagueHeadThatAnnotatorsCountAreKnownMetrics() {
            Facts f = Facts.ofAbstract("Our sampler keeps generalization performance at half the memory requirements"
                    + " and tightens the regret bound.");
            assertTrue(f.has(EntityType.METRIC, "generalization performance"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.METRIC, "memory requirements"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.METRIC, "regret bound"), f.facts.mentions().toString());
        }

        @Test
        void aVagueMeasureHeadAloneOrJudgedIsNoMetric() {
            Facts f = Facts.ofAbstract("The method shows strong performance and high quality on edge devices.");
            assertFalse(f.hasAny("performance"), f.facts.mentions().toString());
            assertFalse(f.hasAny("strong performance"), f.facts.mentions().toString());
            assertFalse(f.hasAny("high quality"), f.facts.mentions().toString());
        }

        @Test
        void computationalCostIsAMetricWithTheShippedModel() {
            Facts f = Facts.shipped("Pruning reduces the computational cost of vision transformers by 40%.");
            assertTrue(f.has(EntityType.METRIC, "computational cost"), f.facts.mentions().toString());
        }

        @Test
        void imageClassificationIsATask() {
            Facts f = Facts.ofAbstract("We study image classification on edge devices.");
            assertTrue(f.has(EntityType.TASK, "image classification"), f.facts.mentions().toString());
        }

        @Test
        void metricsAndTasksHaveNoRole() {
            Facts f = Facts.ofAbstract("We reduce inference latency for image classification on edge devices.");
            for (EntityType t : new EntityType[] {EntityType.METRIC, EntityType.TASK, EntityType.DATASET}) {
                f.ofType(t).forEach(m -> assertNull(m.role(), m.toString()));
            }
            assertNotEquals(0, f.ofType(EntityType.METRIC).size());
        }
    }
}
