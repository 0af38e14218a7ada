package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import org.paperkg.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A learned filter over entity candidates: logistic regression on the candidate's evidence gives the
 * probability that it is an entity a reader would annotate, and a per-type cut keeps the candidates above
 * it. The probability becomes the mention's confidence; it is calibrated on held-out papers.
 */
public final class MentionFilter implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String YES = "entity";
    private static final String NO = "not";
    /**
     * The cut of a type there was nothing to choose one from (no held-out candidates of it, or a filter given no
     * cuts): on the calibrated scale, a candidate is kept when it is more likely an entity than not.
     */
    public static final double DEFAULT_CUT = 0.5;

    private final LinearClassifier<String, String> classifier;
    private final IsotonicCalibration calibration;
    private final EnumMap<EntityType, Double> cuts;
    /** Annotation counts of the training papers, or null for a filter trained without them. */
    private final AnnotationPrior prior;

    MentionFilter(LinearClassifier<String, String> classifier, IsotonicCalibration calibration,
                  Map<EntityType, Double> cuts, AnnotationPrior prior) {
        this.prior = prior;
        this.classifier = classifier;
        this.calibration = calibration;
        this.cuts = new EnumMap<>(EntityType.class);
        this.cuts.putAll(cuts);
    }

    /**
     * Fits the model on labelled candidates (calibration and cuts come later, from held-out probabilities).
     *
     * @param candidates with the prior's evidence already added, each leaving its own paper out
     * @param prior      the annotation counts of all the training papers, for unseen papers; or null
     */
    public static MentionFilter fit(List<EntityCandidate> candidates, List<Boolean> labels,
                                    Map<EntityType, Double> cuts, AnnotationPrior prior) {
        return new MentionFilter(CandidateModels.fit(candidates, labels.stream().map(y -> y ? YES : NO).toList()),
                IsotonicCalibration.identity(), cuts, prior);
    }

    /** The same model with a calibration and cuts (on the calibrated scale) learned on held-out papers. */
    public MentionFilter calibrated(IsotonicCalibration newCalibration, Map<EntityType, Double> newCuts) {
        return new MentionFilter(classifier, newCalibration, newCuts, prior);
    }

    /** The model's own probability, before calibration. */
    public double rawProbability(EntityCandidate c) {
        EntityCandidate evidenced = prior == null ? c : prior.withEvidence(c, null);
        return classifier.probabilityOf(new RVFDatum<>(CandidateModels.features(evidenced))).getCount(YES);
    }

    /** The calibrated probability that the candidate is an entity a reader would annotate. */
    public double probability(EntityCandidate c) {
        return calibration.apply(rawProbability(c));
    }

    /** Whether a candidate of this probability is kept. */
    public boolean keeps(EntityType type, double probability) {
        return probability >= cuts.getOrDefault(type, DEFAULT_CUT);
    }

    public Map<EntityType, Double> cuts() {
        return Map.copyOf(cuts);
    }

    void write(OutputStream out) throws IOException {
        CandidateModels.write(this, out);
    }

    static MentionFilter read(InputStream in) throws IOException {
        return CandidateModels.read(in, MentionFilter.class, "mention filter");
    }
}
