package org.paperkg.learn;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.SharedExtractor;
import org.paperkg.extract.EntityCandidate;
import org.paperkg.extract.ExtractionModel;
import org.paperkg.extract.MentionFilter;
import org.paperkg.extract.MentionTagger;
import org.paperkg.extract.RuleBasedExtractor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learned parts learn: trained on a small part of the pool, each beats a trivial baseline on papers it
 * did not see. (The full 5-fold figures come from {@code paperkg train}; see the README.)
 */
class LearnedPartsTest {
    /** Papers trained on; small, so the test takes a minute, yet enough for the models to beat the baselines. */
    private static final int TRAINING_PAPERS = 120;
    private static final int HELD_OUT_PAPERS = 40;

    static List<PoolPaper> training;
    static List<PoolPaper> heldOut;

    @BeforeAll
    static void split() throws Exception {
        List<PoolPaper> pool = TrainingPool.load(List.of(EvalData.file("train.jsonl")),
                List.of(EvalData.file("train-input.jsonl").toString()), 4, 7, msg -> { });
        training = pool.stream().filter(p -> p.fold() != 0).limit(TRAINING_PAPERS).toList();
        heldOut = pool.stream().filter(p -> p.fold() == 0).limit(HELD_OUT_PAPERS).toList();
    }

    @Test
    void taggerBeatsTheMostFrequentLabelOfEachWordOnUnseenPapers() {
        RuleBasedExtractor rules = SharedExtractor.get();
        List<List<CoreLabel>> train = flat(rules.labelledSentences(papers(training), forms(training)));
        List<List<CoreLabel>> test = flat(rules.labelledSentences(papers(heldOut), forms(heldOut)));
        MentionTagger tagger = rules.trainTagger(train);

        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (List<CoreLabel> s : train) {
            for (CoreLabel l : s) {
                counts.computeIfAbsent(l.word().toLowerCase(), w -> new HashMap<>()).merge(answer(l), 1, Integer::sum);
            }
        }
        int[] model = new int[3];    // tp, fp, fn over tokens inside mentions
        int[] baseline = new int[3];
        for (List<CoreLabel> s : test) {
            List<String> predicted = tagger.labels(s);
            for (int i = 0; i < s.size(); i++) {
                String gold = answer(s.get(i));
                Map<String, Integer> c = counts.get(s.get(i).word().toLowerCase());
                String frequent = c == null ? "O" : c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                count(model, gold, predicted.get(i));
                count(baseline, gold, frequent);
            }
        }
        double modelF1 = f1(model);
        double baselineF1 = f1(baseline);
        assertTrue(modelF1 > baselineF1 + 0.05, "tagger token F1 " + modelF1 + " vs baseline " + baselineF1);
    }

    @Test
    void filterRanksRightCandidatesAboveWrongOnesOnUnseenPapers() {
        RuleBasedExtractor rules = SharedExtractor.get();
        List<ScoredCandidate> train = scored(rules, training);
        List<ScoredCandidate> test = scored(rules, heldOut);
        MentionFilter filter = FilterTraining.fit(train, i -> true, Map.of());
        // Area under the ROC curve: 0.5 is what a constant (or the majority class) achieves.
        List<double[]> pr = new ArrayList<>();
        for (ScoredCandidate c : test) {
            if (c.label() != CandidateLabels.OPTIONAL) {
                pr.add(new double[]{filter.probability(c.candidate()), c.label() == CandidateLabels.RIGHT ? 1 : 0});
            }
        }
        double auc = auc(pr);
        assertTrue(auc > 0.7, "filter AUC on unseen papers " + auc);
    }

    @Test
    void aTrainedModelIsWrittenAndReadBackWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        RuleBasedExtractor rules = SharedExtractor.get();
        List<ScoredCandidate> train = scored(rules, training.subList(0, 30));
        MentionFilter filter = FilterTraining.fit(train, i -> true, Map.of());
        new ExtractionModel(null, filter, null, null, null, null, new java.util.Properties()).write(dir);
        ExtractionModel back = ExtractionModel.read(dir);
        EntityCandidate any = train.get(0).candidate();
        assertTrue(Math.abs(back.filter().probability(any) - filter.probability(any)) < 1e-12);
    }

    private static List<ScoredCandidate> scored(RuleBasedExtractor rules, List<PoolPaper> papers) {
        List<List<EntityCandidate>> found = rules.candidates(papers(papers));
        List<ScoredCandidate> out = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            for (EntityCandidate c : found.get(i)) {
                out.add(new ScoredCandidate(i, c, CandidateLabels.of(c, papers.get(i))));
            }
        }
        return out;
    }

    private static double auc(List<double[]> scoredLabels) {
        long pairs = 0;
        double wins = 0;
        for (double[] a : scoredLabels) {
            for (double[] b : scoredLabels) {
                if (a[1] > 0 && b[1] == 0) {
                    pairs++;
                    wins += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    private static List<org.paperkg.model.Paper> papers(List<PoolPaper> pool) {
        return pool.stream().map(PoolPaper::paper).toList();
    }

    private static List<Map<org.paperkg.model.EntityType, java.util.Set<String>>> forms(List<PoolPaper> pool) {
        return pool.stream().map(PoolPaper::allForms).toList();
    }

    private static List<List<CoreLabel>> flat(List<List<List<CoreLabel>>> byPaper) {
        List<List<CoreLabel>> out = new ArrayList<>();
        byPaper.forEach(out::addAll);
        return out;
    }

    private static String answer(CoreLabel l) {
        return l.get(CoreAnnotations.AnswerAnnotation.class);
    }

    private static void count(int[] tally, String gold, String predicted) {
        if (!predicted.equals("O") && predicted.equals(gold)) {
            tally[0]++;
        } else {
            if (!predicted.equals("O")) {
                tally[1]++;
            }
            if (!gold.equals("O")) {
                tally[2]++;
            }
        }
    }

    private static double f1(int[] t) {
        return t[0] == 0 ? 0 : 2.0 * t[0] / (2.0 * t[0] + t[1] + t[2]);
    }
}
