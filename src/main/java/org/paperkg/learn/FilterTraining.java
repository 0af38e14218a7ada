package org.paperkg.learn;

import org.paperkg.extract.IsotonicCalibration;
import org.paperkg.extract.MentionFilter;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Fits the mention filter on held-out candidates and chooses its per-type cuts: the probability above which
 * keeping a candidate maximises F1, found on probabilities of papers the model being cut did not see (an
 * inner cross-validation over the training folds), so the cuts are as honest as the probabilities.
 */
final class FilterTraining {
    private FilterTraining() {
    }

    /**
     * @param candidates candidates of every pool paper, with labels
     * @param pool       the pool (for folds and gold counts)
     * @param use        which papers (by pool index) the filter may learn from
     */
    static MentionFilter train(List<ScoredCandidate> candidates, List<PoolPaper> pool, IntPredicate use, int folds) {
        List<double[]> heldOut = new ArrayList<>(); // {paper, probability} per candidate, with its candidate index
        List<ScoredCandidate> scored = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            final int fold = f;
            boolean heldOutPapers = candidates.stream().anyMatch(c -> use.test(c.paper()) && pool.get(c.paper()).fold() == fold);
            boolean trainingPapers = candidates.stream().anyMatch(c -> use.test(c.paper()) && pool.get(c.paper()).fold() != fold);
            if (!heldOutPapers || !trainingPapers) {
                continue; // a fold outside the papers in use
            }
            MentionFilter inner = fit(candidates, i -> use.test(i) && pool.get(i).fold() != fold, Map.of());
            for (ScoredCandidate c : candidates) {
                if (use.test(c.paper()) && pool.get(c.paper()).fold() == fold) {
                    scored.add(c);
                    heldOut.add(new double[]{inner.rawProbability(c.candidate())});
                }
            }
        }
        List<double[]> rawAndRight = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            if (scored.get(i).label() != CandidateLabels.OPTIONAL) {
                rawAndRight.add(new double[]{heldOut.get(i)[0], scored.get(i).label() == CandidateLabels.RIGHT ? 1 : 0});
            }
        }
        IsotonicCalibration calibration = IsotonicCalibration.fit(rawAndRight);
        Map<EntityType, Double> cuts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            int gold = 0;
            for (int i = 0; i < pool.size(); i++) {
                if (use.test(i)) {
                    gold += CandidateLabels.requiredCount(pool.get(i), t);
                }
            }
            List<double[]> ofType = new ArrayList<>(); // {probability, right?1:0}
            for (int i = 0; i < scored.size(); i++) {
                ScoredCandidate c = scored.get(i);
                if (c.candidate().type() == t && c.label() != CandidateLabels.OPTIONAL) {
                    ofType.add(new double[]{calibration.apply(heldOut.get(i)[0]), c.label() == CandidateLabels.RIGHT ? 1 : 0});
                }
            }
            cuts.put(t, bestCut(ofType, gold));
        }
        return fit(candidates, use, Map.of()).calibrated(calibration, cuts);
    }

    /** Fits the role choice on the method candidates that name a gold method, with that method's gold role. */
    static org.paperkg.extract.RoleClassifier fitRoles(List<ScoredCandidate> candidates, List<PoolPaper> pool, IntPredicate use) {
        List<org.paperkg.extract.EntityCandidate> xs = new ArrayList<>();
        List<org.paperkg.model.MethodRole> ys = new ArrayList<>();
        for (ScoredCandidate c : candidates) {
            if (use.test(c.paper()) && c.candidate().type() == EntityType.METHOD) {
                org.paperkg.model.MethodRole gold = pool.get(c.paper()).roleOf(c.candidate().forms());
                if (gold != null) {
                    xs.add(c.candidate());
                    ys.add(gold);
                }
            }
        }
        return org.paperkg.extract.RoleClassifier.fit(xs, ys);
    }

    /** Fits on the labelled (not optional) candidates of the papers {@code use} accepts. */
    static MentionFilter fit(List<ScoredCandidate> candidates, IntPredicate use, Map<EntityType, Double> cuts) {
        org.paperkg.extract.AnnotationPrior prior = new org.paperkg.extract.AnnotationPrior();
        for (ScoredCandidate c : candidates) {
            if (use.test(c.paper()) && c.label() != CandidateLabels.OPTIONAL) {
                prior.add(c.candidate(), c.label() == CandidateLabels.RIGHT);
            }
        }
        List<org.paperkg.extract.EntityCandidate> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (ScoredCandidate c : candidates) {
            if (use.test(c.paper()) && c.label() != CandidateLabels.OPTIONAL) {
                boolean right = c.label() == CandidateLabels.RIGHT;
                xs.add(prior.withEvidence(c.candidate(), right));
                ys.add(right);
            }
        }
        return MentionFilter.fit(xs, ys, cuts, prior);
    }

    /** Cuts are read on a grid of this step of the calibrated probability. */
    private static final double GRID_STEP = 0.01;
    /**
     * F1 is averaged over the cuts within this distance before its best is taken: near the best the curve is
     * flat and bumpy (metrics: 0.673 at 0.25, 0.667 at 0.30, 0.670 at 0.40), so the raw best jumped between
     * 0.26 and 0.47 from one training to the next and took a known metric in or out of every abstract at once.
     */
    private static final double SMOOTHING_HALF_WIDTH = 0.05;

    /**
     * The cut that maximises F1 = 2tp / (2tp + fp + fn), with fn = gold - tp, averaged over the cuts around it
     * ({@link #SMOOTHING_HALF_WIDTH}); a candidate is kept at or above the cut.
     */
    static double bestCut(List<double[]> probabilityAndRight, int gold) {
        if (probabilityAndRight.isEmpty()) {
            return MentionFilter.DEFAULT_CUT; // nothing to choose a cut from
        }
        int steps = (int) Math.round(1 / GRID_STEP);
        double[] f1 = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            double cut = k * GRID_STEP;
            int tp = 0;
            int fp = 0;
            for (double[] c : probabilityAndRight) {
                if (c[0] >= cut) {
                    if (c[1] > 0) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            int denominator = 2 * tp + fp + Math.max(0, gold - tp);
            f1[k] = denominator == 0 ? 0 : 2.0 * tp / denominator;
        }
        int window = (int) Math.round(SMOOTHING_HALF_WIDTH / GRID_STEP);
        int best = 0;
        double bestSmoothed = -1;
        for (int k = 0; k <= steps; k++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, k - window); j <= Math.min(steps, k + window); j++) {
                sum += f1[j];
                n++;
            }
            if (sum / n > bestSmoothed) {
                bestSmoothed = sum / n;
                best = k;
            }
        }
        return best * GRID_STEP;
    }
}
