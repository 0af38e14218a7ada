package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** Tasks found from the words around them (TaskFinder) and from task head nouns, on hand-written sentences. */
class TaskRulesTest {

    @Nested
    class ExamplesOfTasks {
        @Test
        void itemsAfterTasksSuchAsAreTasks() {
            Facts f = Facts.ofAbstract("The model helps in tasks such as time series prediction, video analysis, "
                    + "and protein function annotation.");
            assertTrue(f.has(EntityType.TASK, "time series prediction"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "video analysis"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "protein function annotation"), f.facts.mentions().toString());
        }

        @Test
        void techniqueTermsListedAsProblemsBecomeTasks() {
            Facts f = Facts.ofAbstract("Hypernetworks help in many problems, including transfer learning, "
                    + "weight pruning and reinforcement learning.");
            assertTrue(f.has(EntityType.TASK, "transfer learning"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "reinforcement learning"), f.facts.mentions().toString());
            assertFalse(f.has(EntityType.METHOD, "transfer learning"), f.facts.mentions().toString());
        }

        @Test
        void listEndingInEtcKeepsItsLastItem() {
            Facts f = Facts.ofAbstract("Hypernetworks help in problems including continual learning and "
                    + "reinforcement learning etc.");
            assertTrue(f.has(EntityType.TASK, "reinforcement learning"), f.facts.mentions().toString());
        }

        @Test
        void knownTaskIsMadeSpecificByItsModifierInAList() {
            Facts f = Facts.ofAbstract("It applies to tasks such as musical information retrieval.");
            assertTrue(f.has(EntityType.TASK, "musical information retrieval"), f.facts.mentions().toString());
        }

        @Test
        void fieldNamesAreNotTasks() {
            Facts f = Facts.ofAbstract("Deep models succeed in domains such as vision and healthcare.");
            assertTrue(f.ofType(EntityType.TASK).isEmpty(), f.facts.mentions().toString());
        }
    }

    @Nested
    class PhrasesBeforeTasks {
        @Test
        void coordinatedTaskNamesBeforeTasksAreEachATask() {
            Facts f = Facts.ofAbstract("We evaluate on classification and regression tasks.");
            assertTrue(f.has(EntityType.TASK, "classification"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "regression"), f.facts.mentions().toString());
        }

        @Test
        void loneModifierSharesTheHeadOfTheNextPhrase() {
            Facts f = Facts.ofAbstract("The networks perform vowel and image classification tasks.");
            assertTrue(f.has(EntityType.TASK, "vowel classification"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "image classification"), f.facts.mentions().toString());
        }

        @Test
        void hyphenatedActivityBeforeTaskIsATask() {
            Facts f = Facts.ofAbstract("Parity is the simplest state-tracking task.");
            assertTrue(f.has(EntityType.TASK, "state-tracking"), f.facts.mentions().toString());
        }

        @Test
        void techniqueTermBeforeTasksBecomesATask() {
            Facts f = Facts.ofAbstract("Fast adaptation is useful for meta-learning tasks.");
            assertTrue(f.has(EntityType.TASK, "meta-learning"), f.facts.mentions().toString());
        }

        @Test
        void evaluativeWordsBeforeTasksAreNotTasks() {
            Facts f = Facts.ofAbstract("This is a time-consuming task. It helps countless learning tasks.");
            assertTrue(f.ofType(EntityType.TASK).isEmpty(), f.facts.mentions().toString());
        }

        @Test
        void categoryBeforeExamplesIsNotATask() {
            Facts f = Facts.ofAbstract("It is hard for recognition tasks such as classification and detection.");
            assertFalse(f.has(EntityType.TASK, "recognition"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "detection"), f.facts.mentions().toString());
        }
    }

    @Nested
    class Reformulations {
        @Test
        void problemClassTheWorkIsCastIntoIsNotATask() {
            Facts f = Facts.ofAbstract("We formulate channel selection as a bilevel optimization problem.");
            assertFalse(f.has(EntityType.TASK, "bilevel optimization"), f.facts.mentions().toString());
        }

        @Test
        void problemClassTheWorkAddressesIsATask() {
            Facts f = Facts.ofAbstract("We study the bilevel optimization problem with noisy gradients.");
            assertTrue(f.has(EntityType.TASK, "bilevel optimization"), f.facts.mentions().toString());
        }
    }

    @Nested
    class BareTaskNouns {
        @Test
        void listOfBareTaskNounsIsTasks() {
            Facts f = Facts.ofAbstract("Our backbone supports classification, detection, and segmentation.");
            assertTrue(f.has(EntityType.TASK, "classification"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "detection"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "segmentation"), f.facts.mentions().toString());
        }

        @Test
        void taskNounAfterADatasetIsThatTask() {
            Facts f = Facts.ofAbstract("Experiments on ImageNet classification demonstrate clear gains.");
            assertTrue(f.has(EntityType.TASK, "classification"), f.facts.mentions().toString());
        }

        @Test
        void datasetTaskIsNotRepeatedWhenThePaperNamedItFully() {
            Facts f = Facts.ofAbstract("We study image classification. Experiments on ImageNet classification "
                    + "demonstrate clear gains.");
            assertFalse(f.has(EntityType.TASK, "classification"), f.facts.mentions().toString());
        }
    }

    @Nested
    class TitlePurpose {
        @Test
        void activityAfterForInATitleIsTheTask() {
            Facts f = Facts.of("Recurrent Neural Networks for Sequence Learning", "We review recurrent networks.");
            assertTrue(f.has(EntityType.TASK, "Sequence Learning"), f.facts.mentions().toString());
        }

        @Test
        void searchAfterForInATitleIsATask() {
            Facts f = Facts.of("A Framework for Cross-Lingual Code Search", "We present a framework.");
            assertTrue(f.has(EntityType.TASK, "Cross-Lingual Code Search"), f.facts.mentions().toString());
        }

        @Test
        void loneWordOrMeansAfterForIsNotATask() {
            Facts f = Facts.of("Better Features for Free", "We present a framework.");
            assertTrue(f.ofType(EntityType.TASK).isEmpty(), f.facts.mentions().toString());
            Facts g = Facts.of("Hubness Priors for Latent Sampling", "We present a framework.");
            assertTrue(g.ofType(EntityType.TASK).isEmpty(), g.facts.mentions().toString());
        }
    }

    @Nested
    class LexiconAndHeads {
        @Test
        void taskWithAnAdjectiveAndVagueHeadComesFromTheLexicon() {
            Facts f = Facts.ofAbstract("We report results on continuous control and dense prediction.");
            assertTrue(f.has(EntityType.TASK, "continuous control"), f.facts.mentions().toString());
            assertTrue(f.has(EntityType.TASK, "dense prediction"), f.facts.mentions().toString());
        }

        @Test
        void disambiguationHeadsATask() {
            Facts f = Facts.ofAbstract("We improve label disambiguation on noisy data.");
            assertTrue(f.has(EntityType.TASK, "label disambiguation"), f.facts.mentions().toString());
        }
    }
}
