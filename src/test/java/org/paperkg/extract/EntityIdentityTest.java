package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.IdentitySource;
import org.paperkg.model.MethodRole;

import java.util.List;
import java.util.Map;

/** Which entity a name is: the paper's own sense of an acronym, case for names, the lexicon. */
class EntityIdentityTest {
    @Test
    void aModelNameEndingInACapitalSIsNotThePluralOfAnother() {
        assertTrue(LexiconHolder.LEXICON.lookup("VITS").isEmpty());
        assertEquals(LexiconHolder.LEXICON.lookup("ViT"), LexiconHolder.LEXICON.lookup("ViTs"));
    }

    @Test
    void wordsThatOnlyRunTogetherToAOneWordNameAreNotThatName() {
        Lexicon lexicon = LexiconHolder.LEXICON;
        assertTrue(lexicon.lookup("3D shapes").isEmpty());
        assertTrue(lexicon.lookup("v it").isEmpty());
        assertTrue(lexicon.lookup("3DShapes").isPresent());
        assertTrue(lexicon.lookup("ResNet 50").isPresent());
        assertTrue(lexicon.lookup("self attention").isPresent());
    }

    @Test
    void aTaskNamedAgainShorterIsOneEntityNamedInFull() {
        Facts f = Facts.ofAbstract("We study open-domain question answering over Wikipedia. "
                + "Question answering models often retrieve too few passages.");
        EntityMention qa = f.find(EntityType.TASK, "open-domain question answering");
        assertEquals("open-domain question answering", qa.name(), f.facts.mentions().toString());
        assertEquals(1, f.ofType(EntityType.TASK).stream().filter(m -> m.name().toLowerCase().contains("question answering")).count(),
                f.facts.mentions().toString());
    }

    @Test
    void aShorterNameEndingTwoLongerOnesStaysApart() {
        Facts f = Facts.ofAbstract("We report top-1 accuracy and top-5 accuracy on ImageNet. "
                + "The accuracy of our model improves by 2%.");
        assertEquals("accuracy", f.find(EntityType.METRIC, "accuracy").name(), f.facts.mentions().toString());
        assertNotEquals(f.find(EntityType.METRIC, "accuracy").key(), f.find(EntityType.METRIC, "top-1 accuracy").key());
    }

    @Test
    void aMethodNamedWithAGenericHeadIsAlsoKnownWithoutIt() {
        Facts f = Facts.ofAbstract("We propose a token clustering approach that groups similar inputs. "
                + "The token clustering approach halves the cost of attention.");
        EntityMention method = f.find(EntityType.METHOD, "token clustering approach");
        assertTrue(method.aliases().contains("token clustering"), method.toString());
    }

    @Test
    void aGenericHeadStaysWhenWhatIsLeftNamesNothing() {
        Facts f = Facts.ofAbstract("We propose a novel approach that groups similar inputs. "
                + "Our pruning method halves the cost of attention.");
        f.ofType(EntityType.METHOD).forEach(m -> assertTrue(m.aliases().stream().noneMatch(a -> a.equalsIgnoreCase("novel")
                || a.equalsIgnoreCase("pruning")), m.toString()));
    }

    @Test
    void twoPapersDefiningOneAcronymDifferentlyGiveTwoEntities() {
        Facts graphs = Facts.ofAbstract("We introduce the Path-Augmented Method (PAM) for node classification. PAM is fast.");
        Facts music = Facts.ofAbstract("We introduce the Pitch Alignment Model (PAM) for music transcription. PAM is fast.");
        EntityMention a = graphs.find(EntityType.METHOD, "PAM");
        EntityMention b = music.find(EntityType.METHOD, "PAM");
        assertNotEquals(a.key(), b.key());
        assertEquals(IdentitySource.DEFINITION, a.identity());
        assertEquals(1, graphs.ofType(EntityType.METHOD).stream().filter(m -> m.key().startsWith("pam")).count(),
                graphs.facts.mentions().toString());
    }

    @Test
    void theTitleNameOfADefinedAcronymIsThePaperSense() {
        Facts f = Facts.of("PAM: faster graph learning",
                "We introduce the Path-Augmented Method (PAM) for node classification.");
        assertEquals(1, f.ofType(EntityType.METHOD).stream().filter(m -> m.key().startsWith("pam")).count(),
                f.facts.mentions().toString());
    }

    @Test
    void aLexiconNameCarriesItsFamily() {
        Facts f = Facts.ofAbstract("We fine-tune ViT-B/16 on ImageNet-1k.");
        EntityMention vit = f.find(EntityType.METHOD, "ViT-B/16");
        assertEquals(IdentitySource.LEXICON, vit.identity());
        assertEquals("vision transformer", vit.family().get(vit.family().size() - 1).broaderLabel());
    }

    @Test
    void aDefinitionSharingOnlyTheHeadWithTheLexiconSenseIsAnotherEntity() {
        Facts f = Facts.ofAbstract("We study simplicial neural networks (SNNs) on cell complexes. SNNs are expressive.");
        assertTrue(f.facts.mentions().stream().noneMatch(m -> "spiking neural network".equals(m.canonical())),
                f.facts.mentions().toString());
    }

    @Test
    void aDefinitionSpellingTheLexiconSenseDifferentlyIsTheLexiconEntity() {
        Facts f = Facts.ofAbstract("We use graph convolution networks (GCNs) for node classification.");
        assertTrue(f.facts.mentions().stream().anyMatch(m -> "graph convolutional network".equals(m.canonical())),
                f.facts.mentions().toString());
    }

    private static final class LexiconHolder {
        static final Lexicon LEXICON = Lexicon.bundled();
    }

    /** Within one paper, the names stages found apart for one thing are one entity. */
    @org.junit.jupiter.api.Nested
    class OneEntityPerThingInAPaper {
        @Test
        void theTitlesNameAndTheAbstractsDefinitionOfItAreOneEntity() {
            Facts f = Facts.shipped("Sparse Routing Networks for Long Documents",
                    "We propose Sparse Routing Networks (SRN), a framework for long inputs. SRN outperforms dense baselines.");
            assertOneEntityNamed(f, "Sparse Routing Networks", "SRN");
        }

        @Test
        void anAcronymDefinitionNoRuleCouldTypeStillJoinsItsTwoNames() {
            Facts f = Facts.shipped("Calibrated Testing of Language Models",
                    "We propose a calibrated likelihood ratio test (CLRT) for comparing language models. "
                            + "The calibrated likelihood ratio test is cheap, and CLRT detects small differences.");
            assertOneEntityNamed(f, "calibrated likelihood ratio test", "CLRT");
        }

        @Test
        void anAcronymWithItsLongFormInBracketsAfterItIsOneEntity() {
            Facts f = Facts.shipped("Answering Queries on Incomplete Graphs via Query Computation Tree Optimization",
                    "We propose QTO (Query Computation Tree Optimization), which finds the optimal answers. "
                            + "QTO outperforms previous methods by 22% on three benchmarks.");
            assertOneEntityNamed(f, "QTO", "Query Computation Tree Optimization");
        }

        @Test
        void aProposedDescriptionAndTheNameInBracketsAfterItAreOneEntity() {
            Facts f = Facts.shipped("Rethinking Anomaly Detection with Masked Image Modeling",
                    "We propose our anomaly detection framework (MADF), trained with masked image modeling. "
                            + "MADF outperforms the previous best method by 5.7%.");
            assertOneEntityNamed(f, "MADF", "anomaly detection framework");
        }

        @Test
        void aTitleNameAndTheLongFormAfterItsColonAreOneEntity() {
            Facts f = Facts.shipped("QDF: Quantile Density Filters for Visual Tracking",
                    "We present QDF, a tracker that keeps a quantile density per object. QDF is robust to occlusion.");
            assertOneEntityNamed(f, "QDF", "Quantile Density Filters");
        }

        @Test
        void aProposedNameAndTheDescriptionBesideItAreOneEntity() {
            // "We propose TriMix , an efficient token mixing module ." with both names kept as proposals
            Sentence described = HandTagged.sentence(new String[][] {{"We", "PRP"}, {"propose", "VBP"}, {"TriMix", "NNP"},
                    {",", ","}, {"an", "DT"}, {"efficient", "JJ"}, {"token", "NN"}, {"mixing", "NN"}, {"module", "NN"}, {".", "."}});
            Span name = method("trimix", "TriMix", 2, 3);
            Span description = method("tokenmixingmodule", "token mixing module", 6, 9);
            Map<String, MethodRole> proposed = Map.of("trimix", MethodRole.PROPOSED, "tokenmixingmodule", MethodRole.PROPOSED);
            assertEquals(Map.of(EntityType.METHOD, Map.of("tokenmixingmodule", "trimix")), SameNameEntities.renames(
                    List.of(name, description), List.of(described), Map.of(), proposed));
            // "a progressive pruning scheme , called SlimTok ,"
            Sentence called = HandTagged.sentence(new String[][] {{"a", "DT"}, {"progressive", "JJ"}, {"pruning", "NN"},
                    {"scheme", "NN"}, {",", ","}, {"called", "VBN"}, {"SlimTok", "NNP"}, {",", ","}});
            assertEquals(Map.of(EntityType.METHOD, Map.of("progressivepruningscheme", "slimtok")), SameNameEntities.renames(
                    List.of(method("progressivepruningscheme", "progressive pruning scheme", 1, 4), method("slimtok", "SlimTok", 6, 7)),
                    List.of(called), Map.of(), Map.of("slimtok", MethodRole.PROPOSED)));
            // a method the paper only uses keeps its kind apart: "BERT, a transformer model"
            assertEquals(Map.of(), SameNameEntities.renames(List.of(name, description), List.of(described), Map.of(),
                    Map.of("trimix", MethodRole.USED, "tokenmixingmodule", MethodRole.USED)));
        }

        @Test
        void aTaskNamedAgainWithWordsLeftOutInsideIsOneEntityNamedInFull() {
            Sentence title = HandTagged.sentence(new String[][] {{"Constrained", "JJ"}, {"Finite-Sum", "JJ"}, {"Minimization", "NN"}});
            Sentence body = HandTagged.sentence(new String[][] {{"constrained", "JJ"}, {"smooth", "JJ"}, {"finite-sum", "JJ"},
                    {"minimization", "NN"}});
            Span shorter = new Span(EntityType.TASK, "constrainedfinitesumminimization", "Constrained Finite-Sum Minimization",
                    null, null, 0, 0, 3, 0.5, Source.TITLE);
            Span longer = new Span(EntityType.TASK, "constrainedsmoothfinitesumminimization",
                    "constrained smooth finite-sum minimization", null, null, 1, 0, 4, 0.5, Source.PHRASE);
            assertEquals(Map.of(EntityType.TASK, Map.of("constrainedfinitesumminimization", "constrainedsmoothfinitesumminimization")),
                    SameNameEntities.renames(List.of(shorter, longer), List.of(title, body), Map.of(), Map.of()));
            // a first or last word of its own makes another task: "federated learning", "personalized federated learning"
            Span federated = new Span(EntityType.TASK, "federatedlearning", "federated learning", null, null, 0, 0, 2, 0.5, Source.PHRASE);
            Span personalized = new Span(EntityType.TASK, "personalizedfederatedlearning", "personalized federated learning",
                    null, null, 1, 0, 3, 0.5, Source.PHRASE);
            Span robust = new Span(EntityType.TASK, "robustfederatedlearning", "robust federated learning",
                    null, null, 1, 0, 3, 0.5, Source.PHRASE);
            assertEquals(Map.of(), SameNameEntities.renames(List.of(federated, personalized, robust), List.of(title, body),
                    Map.of(), Map.of()));
        }

        @Test
        void aMethodNamedWithAndWithoutAGenericHeadIsOneEntity() {
            Sentence title = HandTagged.sentence(new String[][] {{"Group", "NNP"}, {"Contextual", "NNP"}, {"Encoding", "NNP"}});
            Sentence body = HandTagged.sentence(new String[][] {{"a", "DT"}, {"group", "NN"}, {"contextual", "JJ"},
                    {"encoding", "NN"}, {"method", "NN"}});
            Span name = new Span(EntityType.METHOD, "groupcontextualencoding", "Group Contextual Encoding", null, null, 0, 0, 3, 0.5, Source.TITLE);
            Span withHead = method("groupcontextualencodingmethod", "group contextual encoding method", 1, 5);
            assertEquals(Map.of(EntityType.METHOD, Map.of("groupcontextualencodingmethod", "groupcontextualencoding")),
                    SameNameEntities.renames(List.of(name, withHead), List.of(title, body), Map.of(), Map.of()));
            // a head the rest cannot do without stays: "pruning method" is not "pruning"
            Span pruning = method("pruning", "pruning", 1, 2);
            Span pruningMethod = method("pruningmethod", "pruning method", 1, 3);
            assertEquals(Map.of(), SameNameEntities.renames(List.of(pruning, pruningMethod), List.of(title, body), Map.of(), Map.of()));
        }

        @Test
        void aProposedAbbreviationAndTheProposalItAbbreviatesAreOneEntityWhereverEachStands() {
            Sentence title = HandTagged.sentence(new String[][] {{"Side", "NNP"}, {"Adapter", "NNP"}, {"Network", "NNP"}});
            Sentence body = HandTagged.sentence(new String[][] {{"We", "PRP"}, {"call", "VBP"}, {"it", "PRP"}, {"SAN", "NNP"}});
            Span longForm = new Span(EntityType.METHOD, "sideadapternetwork", "Side Adapter Network", null, null, 0, 0, 3, 0.5, Source.TITLE);
            Span name = new Span(EntityType.METHOD, "san", "SAN", null, null, 1, 3, 4, 0.5, Source.NAME_SHAPE);
            assertEquals(Map.of(EntityType.METHOD, Map.of("sideadapternetwork", "san")), SameNameEntities.renames(
                    List.of(longForm, name), List.of(title, body), Map.of(),
                    Map.of("san", MethodRole.PROPOSED, "sideadapternetwork", MethodRole.PROPOSED)));
            // a name coined from the first letters of the words: "VirConv" for "Virtual Sparse Convolution"
            Sentence virtual = HandTagged.sentence(new String[][] {{"Virtual", "NNP"}, {"Sparse", "NNP"}, {"Convolution", "NNP"}});
            Sentence named = HandTagged.sentence(new String[][] {{"We", "PRP"}, {"propose", "VBP"}, {"VirConv", "NNP"}});
            assertEquals(Map.of(EntityType.METHOD, Map.of("virtualsparseconvolution", "virconv")), SameNameEntities.renames(
                    List.of(new Span(EntityType.METHOD, "virtualsparseconvolution", "Virtual Sparse Convolution", null, null, 0, 0, 3, 0.5, Source.TITLE),
                            new Span(EntityType.METHOD, "virconv", "VirConv", null, null, 1, 2, 3, 0.5, Source.NAME_SHAPE)),
                    List.of(virtual, named), Map.of(),
                    Map.of("virconv", MethodRole.PROPOSED, "virtualsparseconvolution", MethodRole.PROPOSED)));
            // a method the paper only uses is another thing, whatever its letters
            assertEquals(Map.of(), SameNameEntities.renames(List.of(longForm, name), List.of(title, body), Map.of(),
                    Map.of("san", MethodRole.USED, "sideadapternetwork", MethodRole.PROPOSED)));
        }

        @Test
        void aLongFormTheTextAbbreviatesAnotherWayIsNotAbbreviatedByAShorterAcronym() {
            // "Gated Pooling (GP) ... Gated Pooling Network (GPN)": GP's letters start GPN's words, yet the text
            // names the network GPN, so GP (the layer) and the network are two proposals
            Sentence layer = HandTagged.sentence(new String[][] {{"Gated", "NNP"}, {"Pooling", "NNP"}, {"(", "-LRB-"}, {"GP", "NNP"}, {")", "-RRB-"}});
            Sentence network = HandTagged.sentence(new String[][] {{"Gated", "NNP"}, {"Pooling", "NNP"}, {"Network", "NNP"}, {"(", "-LRB-"}, {"GPN", "NNP"}, {")", "-RRB-"}});
            Span gp = new Span(EntityType.METHOD, "gp-gatedpooling", "GP", "Gated Pooling", null, 0, 3, 4, 0.5, Source.ACRONYM);
            Span gpn = new Span(EntityType.METHOD, "gpn-gatedpoolingnetwork", "Gated Pooling Network", null, null, 1, 0, 3, 0.5, Source.ACRONYM);
            Map<String, MethodRole> bothProposed = Map.of("gp-gatedpooling", MethodRole.PROPOSED,
                    "gpn-gatedpoolingnetwork", MethodRole.PROPOSED);
            assertEquals(Map.of(), SameNameEntities.renames(List.of(gp, gpn), List.of(layer, network),
                    Map.of("Gated Pooling", "GP", "Gated Pooling Network", "GPN"), bothProposed));
            // without the network's own definition, GP abbreviates it (a word may be left out)
            assertEquals(Map.of(EntityType.METHOD, Map.of("gpn-gatedpoolingnetwork", "gp-gatedpooling")),
                    SameNameEntities.renames(List.of(gp, gpn), List.of(layer, network),
                            Map.of("Gated Pooling", "GP"), bothProposed));
        }

        private static Span method(String key, String surface, int from, int to) {
            return new Span(EntityType.METHOD, key, surface, null, null, 0, from, to, 0.5, Source.NOUN_PHRASE);
        }

        /** Both names are found, and they are names of one mention. */
        private void assertOneEntityNamed(Facts f, String first, String second) {
            java.util.List<EntityMention> withEither = f.facts.mentions().stream()
                    .filter(m -> names(m).contains(first.toLowerCase()) || names(m).contains(second.toLowerCase()))
                    .toList();
            assertEquals(1, withEither.size(), f.facts.mentions().toString());
            assertTrue(names(withEither.get(0)).containsAll(java.util.List.of(first.toLowerCase(), second.toLowerCase())),
                    withEither.toString());
        }

        private static java.util.Set<String> names(EntityMention m) {
            java.util.Set<String> out = new java.util.HashSet<>();
            out.add(m.name().toLowerCase());
            m.aliases().forEach(a -> out.add(a.toLowerCase()));
            return out;
        }
    }
}
