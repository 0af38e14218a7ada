package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import org.paperkg.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
     * Gaussian prior of the logistic regression; 1.0 is CoreNLP's default and keeps lexical features (head
     * words, first words) from memorising single papers.
     */
    private static final double PRIOR_SIGMA = 1.0;

    private final LinearClassifier<String, String> classifier;
    private final IsotonicCalibration calibration;
    private final EnumMap<EntityType, Double> cuts;

    MentionFilter(LinearClassifier<String, String> classifier, IsotonicCalibration calibration,
                  Map<EntityType, Double> cuts) {
        this.classifier = classifier;
        this.calibration = calibration;
        this.cuts = new EnumMap<>(EntityType.class);
        this.cuts.putAll(cuts);
    }

    /** Fits the model on labelled candidates (calibration and cuts come later, from held-out probabilities). */
    public static MentionFilter fit(List<EntityCandidate> candidates, List<Boolean> labels,
                                    Map<EntityType, Double> cuts) {
        RVFDataset<String, String> data = new RVFDataset<>();
        for (int i = 0; i < candidates.size(); i++) {
            data.add(new RVFDatum<>(counter(candidates.get(i)), labels.get(i) ? YES : NO));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(PRIOR_SIGMA);
        factory.setVerbose(false);
        return new MentionFilter(factory.trainClassifier(data), IsotonicCalibration.identity(), cuts);
    }

    /** The same model with a calibration and cuts (on the calibrated scale) learned on held-out papers. */
    public MentionFilter calibrated(IsotonicCalibration newCalibration, Map<EntityType, Double> newCuts) {
        return new MentionFilter(classifier, newCalibration, newCuts);
    }

    /** The model's own probability, before calibration. */
    public double rawProbability(EntityCandidate c) {
        return classifier.probabilityOf(new RVFDatum<>(counter(c))).getCount(YES);
    }

    /** The calibrated probability that the candidate is an entity a reader would annotate. */
    public double probability(EntityCandidate c) {
        return calibration.apply(rawProbability(c));
    }

    /** Whether a candidate of this probability is kept. */
    public boolean keeps(EntityType type, double probability) {
        return probability >= cuts.getOrDefault(type, 0.5);
    }

    public Map<EntityType, Double> cuts() {
        return Map.copyOf(cuts);
    }

    private static Counter<String> counter(EntityCandidate c) {
        ClassicCounter<String> f = new ClassicCounter<>();
        c.features().forEach(f::setCount);
        return f;
    }

    void write(OutputStream out) throws IOException {
        ObjectOutputStream oos = new ObjectOutputStream(out);
        oos.writeObject(this);
        oos.flush();
    }

    static MentionFilter read(InputStream in) throws IOException {
        try {
            return (MentionFilter) new ObjectInputStream(in).readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a paperkg mention filter: " + e.getMessage(), e);
        }
    }
}
