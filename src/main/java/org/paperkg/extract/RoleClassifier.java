package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import org.paperkg.model.MethodRole;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A learned choice of a method's role (proposed, compared, used): logistic regression over the method
 * candidate's evidence, in which the role rules' verdict is one feature among the words around its
 * mentions, where it first appears and which stages found it.
 */
public final class RoleClassifier implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** CoreNLP's default Gaussian prior, as for the mention filter. */
    private static final double PRIOR_SIGMA = 1.0;

    private final LinearClassifier<String, String> classifier;

    private RoleClassifier(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** Fits on method candidates with the role a reader gave each. */
    public static RoleClassifier fit(List<EntityCandidate> methods, List<MethodRole> roles) {
        RVFDataset<String, String> data = new RVFDataset<>();
        for (int i = 0; i < methods.size(); i++) {
            data.add(new RVFDatum<>(counter(methods.get(i)), roles.get(i).name()));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(PRIOR_SIGMA);
        factory.setVerbose(false);
        return new RoleClassifier(factory.trainClassifier(data));
    }

    /** The likeliest role of a method candidate. */
    public MethodRole role(EntityCandidate method) {
        return MethodRole.valueOf(classifier.classOf(new RVFDatum<>(counter(method))));
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

    static RoleClassifier read(InputStream in) throws IOException {
        try {
            return (RoleClassifier) new ObjectInputStream(in).readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a paperkg role classifier: " + e.getMessage(), e);
        }
    }
}
