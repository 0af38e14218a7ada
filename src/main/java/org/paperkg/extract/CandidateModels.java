package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What the linear models over entity candidates (mention filter, role choice) share: features, fitting, files. */
final class CandidateModels {
    /**
     * Gaussian prior of the logistic regressions; 1.0 is CoreNLP's default and keeps lexical features (head
     * words, context words) from memorising single papers. For the mention filter, 0.5 and 2 did worse on the
     * 5-fold cross-validation (entities 0.715 and 0.712 against 0.719); the role model has its own
     * ({@link RoleClassifier#PRIOR_SIGMA}).
     */
    private static final double PRIOR_SIGMA = 1.0;

    private CandidateModels() {
    }

    static Counter<String> features(EntityCandidate c) {
        return counter(c.features());
    }

    /**
     * The features in name order: a feature's index in a dataset follows the order it is first seen, and
     * {@code Map.copyOf} iterates in an order that changes from one JVM to the next, so training would not be
     * reproducible otherwise.
     */
    static Counter<String> counter(Map<String, Double> features) {
        ClassicCounter<String> f = new ClassicCounter<>();
        new java.util.TreeMap<>(features).forEach(f::setCount);
        return f;
    }

    /** Logistic regression of the labels on the candidates' features. */
    static LinearClassifier<String, String> fit(List<EntityCandidate> candidates, List<String> labels) {
        return fitFeatures(candidates.stream().map(EntityCandidate::features).toList(), labels);
    }

    /** Logistic regression of the labels on named features. */
    static LinearClassifier<String, String> fitFeatures(List<Map<String, Double>> features, List<String> labels) {
        return fitFeatures(features, labels, PRIOR_SIGMA);
    }

    /** The same with another Gaussian prior: a smaller sigma keeps sparse lexical features from memorising. */
    static LinearClassifier<String, String> fitFeatures(List<Map<String, Double>> features, List<String> labels, double sigma) {
        RVFDataset<String, String> data = new RVFDataset<>();
        for (int i = 0; i < features.size(); i++) {
            data.add(new RVFDatum<>(counter(features.get(i)), labels.get(i)));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    static void write(Serializable model, OutputStream out) throws IOException {
        ObjectOutputStream oos = new ObjectOutputStream(out);
        oos.writeObject(model);
        oos.flush();
    }

    static <T> T read(InputStream in, Class<T> type, String what) throws IOException {
        try {
            return type.cast(new ObjectInputStream(in).readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a paperkg " + what + ": " + e.getMessage(), e);
        }
    }
}
