package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperkg.evaluate.Scorer;
import org.paperkg.extract.IsotonicCalibration;
import org.paperkg.extract.ResultConfidence;
import org.paperkg.extract.ResultFeatures;
import org.paperkg.extract.ResultSlot;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.PaperFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Learns the confidence of claimed results from the cross-validation's held-out extractions: each result is
 * labelled right when a gold result of its paper has its value, metric and dataset (as score.py matches
 * them); a model per fold, trained on the other folds' results, gives held-out probabilities for the isotonic
 * calibration, and each fold's results calibrated on the other folds' give the reliability table and the
 * high-precision tier.
 */
final class ResultTraining {
    /** The share of results at or above the tier's threshold that must be right on held-out papers. */
    static final double TIER_PRECISION = 0.9;
    /** A tier holds at least this many held-out results: a rate over fewer says little (one result is 5% of 20). */
    static final int MIN_TIER_RESULTS = 20;
    /**
     * Each calibrated rate is read on at least this many held-out results, so that it holds on unseen ones. Chosen
     * on the folds' held-out results, each fold calibrated on the others: rates read on single results (1) left a
     * bin 0.15 off its mean confidence, 40 left every bin of 30 results or more within 0.09 and the best Brier
     * score of the sizes that still keep a high-precision tier (60 and more calibrate better but keep none).
     */
    static final int MIN_CALIBRATION_BLOCK = 40;
    /** Tier thresholds are confidences to a thousandth, as written in {@code model.properties}. */
    private static final double THRESHOLD_SCALE = 1000;

    /** One held-out result: its fold, evidence and label. */
    record Example(int fold, Map<String, Double> features, boolean right) {
    }

    /** What training gives: the calibrated model, its reliability on held-out papers, and the tier. */
    record Outcome(ResultConfidence model, Calibration reliability, double tierThreshold, double tierPrecision,
                   double tierShare) {
    }

    private ResultTraining() {
    }

    /**
     * The examples of one fold's extraction, labelled by the gold records (same order as {@code facts}); {@code
     * beliefs} gives per paper and result how likely its learned slot choices are right.
     */
    static List<Example> examples(int fold, List<PaperFacts> facts, List<List<Map<ResultSlot, Double>>> beliefs,
                                  List<JsonNode> gold) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            PaperFacts pf = facts.get(i);
            for (int j = 0; j < pf.results().size(); j++) {
                ClaimedResult r = pf.results().get(j);
                out.add(new Example(fold, ResultFeatures.of(r, pf.mentions(), beliefs.get(i).get(j)),
                        isRight(r, pf.mentions(), gold.get(i))));
            }
        }
        return out;
    }

    static Outcome train(List<Example> examples, int folds) {
        List<List<double[]>> rawAndRightByFold = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            List<double[]> heldOut = new ArrayList<>();
            rawAndRightByFold.add(heldOut);
            List<Example> training = examples.stream().filter(e -> e.fold() != fold).toList();
            if (training.isEmpty() || training.stream().allMatch(Example::right) || training.stream().noneMatch(Example::right)) {
                continue;
            }
            ResultConfidence m = fit(training);
            for (Example e : examples) {
                if (e.fold() == fold) {
                    heldOut.add(new double[]{m.rawProbability(e.features()), e.right() ? 1 : 0});
                }
            }
        }
        // the reliability table and the tier read each fold's results through a calibration fitted on the
        // other folds' results, so that they measure the calibration on results it did not see
        Calibration reliability = new Calibration();
        List<double[]> calibrated = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<double[]> others = new ArrayList<>();
            for (int j = 0; j < folds; j++) {
                if (j != k) {
                    others.addAll(rawAndRightByFold.get(j));
                }
            }
            IsotonicCalibration calibration = IsotonicCalibration.fit(others, MIN_CALIBRATION_BLOCK);
            for (double[] x : rawAndRightByFold.get(k)) {
                double p = calibration.apply(x[0]);
                reliability.add(p, x[1] > 0);
                calibrated.add(new double[]{p, x[1]});
            }
        }
        IsotonicCalibration calibration = IsotonicCalibration.fit(rawAndRightByFold.stream().flatMap(List::stream).toList(),
                MIN_CALIBRATION_BLOCK);
        double[] tier = tier(calibrated);
        return new Outcome(fit(examples).calibrated(calibration), reliability, tier[0], tier[1], tier[2]);
    }

    /**
     * {threshold, precision, share of results} of the lowest threshold whose results are right often enough and
     * are at least {@link #MIN_TIER_RESULTS}. Thresholds are the results' own confidences to a thousandth (a grid of
     * 0.05 missed tiers: the surest results are right about 90% of the time, and a coarse step jumped from a set
     * just under that to one just over it).
     */
    private static double[] tier(List<double[]> probabilityAndRight) {
        SortedSet<Double> thresholds = new TreeSet<>();
        for (double[] x : probabilityAndRight) {
            thresholds.add(Math.floor(x[0] * THRESHOLD_SCALE) / THRESHOLD_SCALE);
        }
        for (double t : thresholds) {
            int n = 0;
            int right = 0;
            for (double[] x : probabilityAndRight) {
                if (x[0] >= t) {
                    n++;
                    right += (int) x[1];
                }
            }
            if (n >= MIN_TIER_RESULTS && right >= TIER_PRECISION * n) {
                return new double[]{t, right / (double) n, n / (double) probabilityAndRight.size()};
            }
        }
        return new double[]{1, 0, 0};
    }

    private static ResultConfidence fit(List<Example> examples) {
        return ResultConfidence.fit(examples.stream().map(Example::features).toList(),
                examples.stream().map(Example::right).toList());
    }

    /** Whether a gold result has this result's value, metric and dataset (score.py's rules, method aside). */
    static boolean isRight(ClaimedResult r, List<EntityMention> mentions, JsonNode gold) {
        Map<String, Set<String>> metrics = Scorer.formsByName(gold, "metrics");
        Map<String, Set<String>> datasets = Scorer.formsByName(gold, "datasets");
        double v = r.value().doubleValue();
        String metric = nameOf(r.metricKey(), EntityType.METRIC, mentions, r.evidence().text());
        String dataset = nameOf(r.datasetKey(), EntityType.DATASET, mentions, r.evidence().text());
        for (JsonNode g : gold.path("results")) {
            if (!sameValue(g.get("value"), v)) {
                continue;
            }
            if (Scorer.sameRef(named(g, "metric"), metric, metrics) && Scorer.sameRef(named(g, "dataset"), dataset, datasets)) {
                return true;
            }
        }
        return false;
    }

    /** A gold result's reference, null when it names none (then any prediction matches). */
    private static String named(JsonNode goldResult, String field) {
        String name = goldResult.path(field).asText(null);
        return name == null || name.isEmpty() ? null : name;
    }

    /** Whether a gold value equals a result's value, with score.py's tolerance. */
    static boolean sameValue(JsonNode goldValue, double v) {
        return goldValue != null && goldValue.isNumber()
                && Math.abs(goldValue.asDouble() - v) <= 1e-9 * Math.max(1.0, Math.abs(goldValue.asDouble()));
    }

    /** The name of the paper's entity with this key and type (the key itself when none), or null without a key. */
    static String nameOf(String key, EntityType type, List<EntityMention> mentions, String evidence) {
        if (key == null) {
            return null;
        }
        return mentions.stream().filter(m -> m.type() == type && m.key().equals(key)).map(m -> m.nameIn(evidence))
                .findFirst().orElse(key);
    }

}
