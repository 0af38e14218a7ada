package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The learned confidence of a claimed result: the probability that its value, metric and dataset are all
 * read right, by logistic regression over {@link ResultFeatures}, calibrated by isotonic regression on
 * results of papers the model did not see. It replaces the rules' fixed confidences.
 */
public final class ResultConfidence implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String RIGHT = "right";
    private static final String WRONG = "wrong";

    /**
     * The Gaussian prior of the regression, far tighter than the mention filter's: about a thousand held-out
     * results and many sparse features. Chosen on held-out folds: at 1 no set of the surest results was 90% right;
     * at 0.05 the surest 10% were in one training and none in another; at 0.03 two trainings with different
     * entity rules each had one (63 and 74 results), as at 0.02 (54 and 75) but not at 0.01 (34 and 42).
     */
    private static final double PRIOR_SIGMA = 0.03;

    private final LinearClassifier<String, String> classifier;
    private final IsotonicCalibration calibration;

    private ResultConfidence(LinearClassifier<String, String> classifier, IsotonicCalibration calibration) {
        this.classifier = classifier;
        this.calibration = calibration;
    }

    /** Fits on results' features with whether each was right (calibration comes later, from held-out papers). */
    public static ResultConfidence fit(List<Map<String, Double>> features, List<Boolean> right) {
        return new ResultConfidence(CandidateModels.fitFeatures(features, right.stream().map(y -> y ? RIGHT : WRONG).toList(), PRIOR_SIGMA),
                IsotonicCalibration.identity());
    }

    public ResultConfidence calibrated(IsotonicCalibration newCalibration) {
        return new ResultConfidence(classifier, newCalibration);
    }

    public double rawProbability(Map<String, Double> features) {
        return classifier.probabilityOf(new RVFDatum<>(CandidateModels.counter(features))).getCount(RIGHT);
    }

    /** The calibrated probability that the result is read right. */
    public double probability(ClaimedResult r, List<EntityMention> mentions) {
        return probability(r, mentions, Map.of());
    }

    /** The same, with how likely the learned choice of each of its slots is right. */
    public double probability(ClaimedResult r, List<EntityMention> mentions, Map<ResultSlot, Double> belief) {
        return calibration.apply(rawProbability(ResultFeatures.of(r, mentions, belief)));
    }

    void write(OutputStream out) throws IOException {
        CandidateModels.write(this, out);
    }

    static ResultConfidence read(InputStream in) throws IOException {
        return CandidateModels.read(in, ResultConfidence.class, "result confidence");
    }
}
