package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityType;
import org.paperkg.model.ResultKind;
import org.paperkg.model.TermKey;

/**
 * Sentence shapes that pair several values with several metrics, datasets or systems: lists read in order
 * ("respectively", slashes), chains of changes, elliptical coordination, and values a compared system holds;
 * the list shapes also through the shipped model, whose learned slot choice must keep their order.
 */
class ResultShapesTest {

    private static String metricOf(Facts f, String value) {
        return f.nameOf(EntityType.METRIC, f.valued(value).metricKey());
    }

    private static String datasetOf(Facts f, String value) {
        return f.nameOf(EntityType.DATASET, f.valued(value).datasetKey());
    }

    private static boolean hasValue(Facts f, String value) {
        return f.results().stream().anyMatch(r -> r.value().compareTo(new BigDecimal(value)) == 0);
    }

    /** The rules alone, or with the shipped model, whose learned slot choice ({@link ResultSlots}) may replace theirs. */
    private static Facts extract(boolean shippedModel, String abstractText) {
        return shippedModel ? Facts.shipped(abstractText) : Facts.ofAbstract(abstractText);
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void valuesAfterARespectivelyListPairWithItsDatasetsInOrder(boolean shippedModel) {
        Facts f = extract(shippedModel, "The language model lowers perplexity on Penn Treebank and WikiText-2 to 55.3 and 61.2 respectively.");
        assertEquals("perplexity", metricOf(f, "55.3"));
        assertEquals("Penn Treebank", datasetOf(f, "55.3"));
        assertEquals("WikiText-2", datasetOf(f, "61.2"));
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void aListOfDatasetsWithABracketAndAYearInItStillPairsInOrder(boolean shippedModel) {
        Facts f = extract(shippedModel, "Our method reaches 55.1%, 61.7%, 73.9%, and 40.2% top-1 accuracy on "
                + "CIFAR100-LT (IF100), ImageNet-LT, iNaturalist 2018, and Places-LT, respectively.");
        assertEquals("CIFAR100-LT", datasetOf(f, "55.1"));
        assertEquals("ImageNet-LT", datasetOf(f, "61.7"));
        assertEquals("iNaturalist 2018", datasetOf(f, "73.9"));
        assertEquals("Places-LT", datasetOf(f, "40.2"));
    }

    @Test
    void theShippedModelPairsEachOfTwoListsOfValuesWithOneListOfAsManyDatasetsInOrder() {
        Facts f = Facts.shipped("Our detector beats the strongest baseline by 3.1%, 2.2%, 4.6% AUPR, and 0.4%, 1.5%, 0.8% "
                + "accuracy, on SVHN, Places365, and LSUN, respectively.");
        assertEquals("SVHN", datasetOf(f, "3.1"));
        assertEquals("Places365", datasetOf(f, "2.2"));
        assertEquals("LSUN", datasetOf(f, "4.6"));
        assertEquals("Places365", datasetOf(f, "1.5"));
        assertEquals("LSUN", datasetOf(f, "0.8"));
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void aTopKThatQualifiesAnotherMeasureIsThatMeasureNotTopKAccuracy(boolean shippedModel) {
        Facts f = extract(shippedModel, "Our ensemble reaches a 97% top-1 selective accuracy on ImageNet at 40% coverage, "
                + "and 88.5% top-1 accuracy at full coverage.");
        assertEquals("top-1 selective accuracy", metricOf(f, "97"));
        assertEquals("top-1 accuracy", metricOf(f, "88.5"));
    }

    @Test
    void aTopKQualifiesTheMeasureAfterItEvenWhereNoMentionCoversThatMeasure() {
        // the mention filter may drop a vague "selective accuracy": the words at the number still name the measure
        Sentence s = HandTagged.sentence(new String[][] {{"It", "PRP"}, {"reaches", "VBZ"}, {"96", "CD"}, {"%", "NN"},
                {"top-5", "JJ"}, {"selective", "JJ"}, {"accuracy", "NN"}, {"on", "IN"}, {"ImageNet", "NNP"}, {".", "."}});
        Span topK = new Span(EntityType.METRIC, "top5accuracy", "top-5", "top-5 accuracy", null, 0, 4, 5, 0.9, Source.LEXICON);
        Span imageNet = new Span(EntityType.DATASET, "imagenet", "ImageNet", "ImageNet", null, 0, 8, 9, 0.9, Source.LEXICON);
        ResultFinder finder = new ResultFinder(Lexicon.bundled(), HeadNouns.bundled());
        ClaimedResult result = finder.find(s, 0, List.of(topK, imageNet), Map.of(), null, null).results().get(0);
        assertEquals(TermKey.of("top-5 selective accuracy"), result.metricKey());
    }

    @Test
    void aMetricCutShortAtAModifierJoinsTheMeasureRightAfterIt() {
        // "peak" and "SRAM" found apart: the result is measured in "peak SRAM"
        Sentence s = HandTagged.sentence(new String[][] {{"It", "PRP"}, {"needs", "VBZ"}, {"3.7x", "CD"}, {"smaller", "JJR"},
                {"peak", "NN"}, {"SRAM", "NNP"}, {"than", "IN"}, {"MobileNetV2", "NNP"}, {".", "."}});
        Span peak = new Span(EntityType.METRIC, "peak", "peak", null, null, 0, 4, 5, 0.6, Source.TAGGER);
        Span sram = new Span(EntityType.METRIC, "sram", "SRAM", null, null, 0, 5, 6, 0.6, Source.TAGGER);
        ResultFinder finder = new ResultFinder(Lexicon.bundled(), HeadNouns.bundled());
        ClaimedResult result = finder.find(s, 0, List.of(peak, sram), Map.of(), null, null).results().get(0);
        assertEquals(TermKey.of("peak SRAM"), result.metricKey());
        // "zero-shot cross-lingual" before an "accuracy" no mention covers
        Sentence cut = HandTagged.sentence(new String[][] {{"It", "PRP"}, {"gets", "VBZ"}, {"79.8", "CD"}, {"%", "NN"},
                {"zero-shot", "JJ"}, {"cross-lingual", "JJ"}, {"accuracy", "NN"}, {"on", "IN"}, {"XNLI", "NNP"}, {".", "."}});
        Span modifiers = new Span(EntityType.METRIC, "zeroshotcrosslingual", "zero-shot cross-lingual", null, null, 0, 4, 6, 0.6, Source.TAGGER);
        result = finder.find(cut, 0, List.of(modifiers), Map.of(), null, null).results().get(0);
        assertEquals(TermKey.of("zero-shot cross-lingual accuracy"), result.metricKey());
    }

    @Test
    void theLowEndOfARangeIsMeasuredWhereItsHighEndIs() {
        Facts f = Facts.ofAbstract("Our method outperforms the baselines by large margins: 8%~12% on Human3.6M, "
                + "3%~7% on CMU MoCap, and 7%~10% on 3DPW.");
        assertEquals("CMU MoCap", datasetOf(f, "3"));
        assertEquals("Human3.6M", datasetOf(f, "12"));
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void aDatasetNamedAsPretrainingDataIsNotWhereTheValueWasMeasured(boolean shippedModel) {
        Facts f = extract(shippedModel, "Our distillation raises the top-1 accuracy of the base model on ImageNet "
                + "from 71.2% to 74.9% without any pre-training on JFT-300M. "
                + "After pre-training on Objects365, the detector reaches 61.8 AP on COCO.");
        assertEquals("ImageNet", datasetOf(f, "74.9"));
        assertEquals("COCO", datasetOf(f, "61.8"));
    }

    @Test
    void aSentenceNamingOnlyItsPretrainingDataKeepsItAsTheDataset() {
        Facts f = Facts.ofAbstract("With MIM pre-training on ImageNet-1K, ViT-B reaches 83.2% top-1 accuracy.");
        assertEquals("ImageNet-1K", datasetOf(f, "83.2"));
    }

    /** The rules alone give both values the nearer dataset; the learned slot choice reads the list's order. */
    @Test
    void theShippedModelPairsNamesListedLongBeforeTheirValuesInOrder() {
        Facts f = Facts.shipped("We evaluate on the WMT 2014 English-German and WMT 2014 English-French translation tasks, "
                + "reaching 28.4 and 41.0 BLEU respectively.");
        assertEquals("BLEU", metricOf(f, "28.4"));
        assertEquals("WMT 2014 English-German", datasetOf(f, "28.4"));
        assertEquals("WMT 2014 English-French", datasetOf(f, "41.0"));
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void bothEndsOfEveryChangeInAChainAreKeptWithTheirOwnDataset(boolean shippedModel) {
        Facts f = extract(shippedModel, "Our encoder reduces the bits per character from 1.21 to 1.15 on enwik8, from 1.30 to 1.24 on text8.");
        for (String v : new String[] {"1.21", "1.15", "1.30", "1.24"}) {
            assertEquals("bits per character", metricOf(f, v), v);
        }
        assertEquals("enwik8", datasetOf(f, "1.15"));
        assertEquals("text8", datasetOf(f, "1.24"));
        assertEquals("text8", datasetOf(f, "1.30"));
        assertEquals(ResultKind.ABSOLUTE, f.valued("1.24").kind());
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void anEllipticalSecondValueKeepsTheMetricOfTheFirst(boolean shippedModel) {
        Facts f = extract(shippedModel, "The tagger reaches an F1 of 90.15 on CoNLL-2003 and 84.77 on OntoNotes.");
        assertEquals("F1 score", metricOf(f, "84.77"));
        assertEquals("OntoNotes", datasetOf(f, "84.77"));
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void eachValueOfPairedMetricsGoesWithTheMetricNamedRightBeforeIt(boolean shippedModel) {
        Facts f = extract(shippedModel, "Our generator reaches an IS of 171.2 and FID of 6.9, improving over the previous best IS of 60.1 and FID of 17.2.");
        assertEquals("IS", metricOf(f, "171.2"));
        assertEquals("FID", metricOf(f, "6.9"));
        assertEquals("FID", metricOf(f, "17.2"));
    }

    @Test
    void aValueListedAfterACompardSystemsValueIsThatSystemsToo() {
        Facts f = Facts.ofAbstract("Our generator reaches an IS of 171.2 and FID of 6.9, improving over the previous best IS of 60.1 and FID of 17.2.");
        // the paper's method achieves 6.9; 60.1 and 17.2 are the previous best, absolute, never credited to it
        assertEquals(f.valued("60.1").methodKey(), f.valued("17.2").methodKey());
        assertEquals(0.7, f.valued("17.2").confidence());
    }

    @Test
    void aSlashListGivesEveryValueWithTheMetricAfterIt() {
        Facts f = Facts.ofAbstract("The base and large models reach 85.1%/86.9% top-1 accuracy on ImageNet.");
        assertEquals("top-1 accuracy", metricOf(f, "85.1"));
        assertEquals("top-1 accuracy", metricOf(f, "86.9"));
    }

    @Test
    void eachValueReachedByAChangeTakesTheMetricJustBeforeIt() {
        Facts f = Facts.ofAbstract("Our parser improves execution accuracy to 71.3% and logical form accuracy to 65.2%.");
        assertEquals("execution accuracy", metricOf(f, "71.3"));
    }

    @ParameterizedTest(name = "shipped model: {0}")
    @ValueSource(booleans = {false, true})
    void aPluralMetricNameStillNamesTheMetric(boolean shippedModel) {
        Facts f = extract(shippedModel, "Our classifiers reach accuracies of 81.4% and 77.9% on CIFAR-100 and Tiny-ImageNet.");
        assertTrue(metricOf(f, "81.4").startsWith("accurac"), metricOf(f, "81.4"));
        assertEquals("Tiny-ImageNet", datasetOf(f, "77.9"));
    }

    @Test
    void aCostInTimeIsNeverMeasuredInAQualityMetric() {
        Facts f = Facts.ofAbstract("Training the detector takes 4.5 days, reaching 82.1% top-1 accuracy on ImageNet.");
        f.results().stream().filter(r -> "days".equals(r.unit()))
                .forEach(r -> assertNull(r.metricKey(), r.toString()));
        assertEquals("top-1 accuracy", metricOf(f, "82.1"));
    }

    @Test
    void aDecimalGluedToAWordByAHyphenIsStillAValue() {
        Facts f = Facts.ofAbstract("We evaluate the model on several datasets-96.41% accuracy is reached on MNIST.");
        assertEquals("accuracy", metricOf(f, "96.41"));
    }

    @Test
    void theShareOfLabelsAnExperimentIsGivenIsNotAResult() {
        Facts f = Facts.ofAbstract("With only 1% of the labels, our method achieves 72.3% top-1 accuracy on ImageNet.");
        assertTrue(!hasValue(f, "1"), f.results().toString());
        assertEquals("top-1 accuracy", metricOf(f, "72.3"));
    }

    @Test
    void aTrainingScheduleMultipleIsNotAResult() {
        Facts f = Facts.ofAbstract("With a 1x schedule, our detector reaches 44.1 box AP on COCO.");
        assertTrue(!hasValue(f, "1"), f.results().toString());
        assertEquals("box AP", metricOf(f, "44.1"));
    }

    @Test
    void aTopKValueCoordinatedWithAnErrorIsAnErrorToo() {
        Facts f = Facts.ofAbstract("Our network reaches 22.8% top-1 and 6.5% top-5 error on ImageNet.");
        assertEquals("top-1 error", metricOf(f, "22.8"));
        assertEquals("top-5 error", metricOf(f, "6.5"));
    }

    @Test
    void pointsAreADifferenceOnTheMetricsOwnScale() {
        Facts f = Facts.ofAbstract("Our tracker outperforms prior trackers by 3.7 points on the benchmark.");
        ClaimedResult r = f.valued("3.7");
        assertEquals("points", r.unit());
        assertEquals(ResultKind.RELATIVE, r.kind());
    }

    @Test
    void aMeasureNamedInTheResultsOwnWordsIsItsMetric() {
        Facts after = Facts.ofAbstract("The designed protein model achieves 47% native sequence recovery.");
        assertEquals("native sequence recovery", metricOf(after, "47"));
        Facts of = Facts.ofAbstract("Our sampler brings computational savings of 38% on both benchmarks.");
        assertEquals("computational savings", metricOf(of, "38"));
        Facts object = Facts.ofAbstract("The compact format increases storage density by 2.4x on average.");
        assertEquals("storage density", metricOf(object, "2.4"));
    }

    @Test
    void aGainAfterTheNumberIsRelativeEvenWhenWrittenAboveOrAsALoss() {
        Facts above = Facts.ofAbstract("The small model scores 0.6% above the larger teacher on the validation set.");
        assertEquals(ResultKind.RELATIVE, above.valued("0.6").kind());
        Facts loss = Facts.ofAbstract("Quantization to 4 bits costs only a 0.03% accuracy loss.");
        assertEquals(ResultKind.RELATIVE, loss.valued("0.03").kind());
    }

    @Test
    void aKnownMetricIsReadWithTheModifiersThatNameAMoreSpecificMeasure() {
        Facts f = Facts.ofAbstract("The tracker attains a joint goal accuracy of 55.4% on MultiWOZ.");
        assertEquals("joint goal accuracy", metricOf(f, "55.4"));
        Facts judged = Facts.ofAbstract("The tracker attains competitive accuracy of 55.4% on MultiWOZ.");
        assertEquals("accuracy", metricOf(judged, "55.4"));
    }

    @Test
    void rangesInAListCountAsOneItemEach() {
        Facts f = Facts.ofAbstract("The kernels give 1.3-1.6 times and 2.2-2.9 times gains in latency and throughput on GPUs.");
        assertEquals("latency", metricOf(f, "1.6"));
        assertEquals("throughput", metricOf(f, "2.2"));
    }

    @Test
    void valuesWithTheirOwnMetricsPairWithALaterListOfDatasetsInOrder() {
        Facts f = Facts.ofAbstract("Our encoder outperforms the baseline by +0.4% accuracy, +1.2 mIoU and +0.7 AP on ImageNet, ADE20K and COCO.");
        assertEquals("ImageNet", datasetOf(f, "0.4"));
        assertEquals("ADE20K", datasetOf(f, "1.2"));
        assertEquals("COCO", datasetOf(f, "0.7"));
    }

    @Test
    void anOrderOfMagnitudeIsATenfoldChange() {
        Facts f = Facts.ofAbstract("The new solver is one order of magnitude faster than the reference solver.");
        ClaimedResult r = f.valued("10");
        assertEquals("x", r.unit());
        assertEquals(ResultKind.RELATIVE, r.kind());
        assertEquals("speedup", metricOf(f, "10"));
    }

    @Test
    void aVerbThatDoublesStatesATwofoldChangeOfItsObject() {
        Facts f = Facts.ofAbstract("The augmentation doubles the retrieval accuracy of the small encoder.");
        assertEquals(ResultKind.RELATIVE, f.valued("2").kind());
        assertEquals("retrieval accuracy", metricOf(f, "2"));
    }

    @Test
    void aFactorWrittenInLatexIsAFactor() {
        Facts f = Facts.ofAbstract("The method reaches 0.8$\\times$ training speed of standard training.");
        assertEquals("x", f.valued("0.8").unit());
    }

    @Test
    void valuesGivenAsExamplesOfASettingAreNotResults() {
        Facts f = Facts.ofAbstract("The tickets transfer well under data-limited (e.g., 1% and 10%) downstream schemes.");
        assertTrue(f.results().isEmpty(), f.results().toString());
    }
}
