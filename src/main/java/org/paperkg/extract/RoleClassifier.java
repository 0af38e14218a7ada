package org.paperkg.extract;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.RVFDatum;
import org.paperkg.model.MethodRole;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Gaussian prior of the role regression, tighter than the mention filter's (1.0): the role model learns from
     * the candidates that name a gold method only, far fewer than the filter's, so its lexical features (head and
     * context words) memorise single papers sooner. Chosen on the
     * 5-fold cross-validation (proposed F1 0.697, 0.706, 0.714, 0.710, 0.710 at sigma 0.15, 0.25, 0.5, 1, 2;
     * results full 0.544, 0.549, 0.549, 0.545, 0.544), a mild tuning to those folds.
     */
    static final double PRIOR_SIGMA = 0.5;

    private final LinearClassifier<String, String> classifier;

    private RoleClassifier(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** Fits on method candidates with the role a reader gave each. */
    public static RoleClassifier fit(List<EntityCandidate> methods, List<MethodRole> roles) {
        return new RoleClassifier(CandidateModels.fitFeatures(methods.stream().map(EntityCandidate::features).toList(),
                roles.stream().map(MethodRole::name).toList(), PRIOR_SIGMA));
    }

    /** The likeliest role of a method candidate. */
    public MethodRole role(EntityCandidate method) {
        return MethodRole.valueOf(classifier.classOf(new RVFDatum<>(CandidateModels.features(method))));
    }

    /** How likely a method candidate has this role. */
    public double probability(EntityCandidate method, MethodRole role) {
        return classifier.probabilityOf(new RVFDatum<>(CandidateModels.features(method))).getCount(role.name());
    }

    void write(OutputStream out) throws IOException {
        CandidateModels.write(this, out);
    }

    static RoleClassifier read(InputStream in) throws IOException {
        return CandidateModels.read(in, RoleClassifier.class, "role classifier");
    }
}
