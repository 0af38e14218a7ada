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

    private final LinearClassifier<String, String> classifier;

    private RoleClassifier(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** Fits on method candidates with the role a reader gave each. */
    public static RoleClassifier fit(List<EntityCandidate> methods, List<MethodRole> roles) {
        return new RoleClassifier(CandidateModels.fit(methods, roles.stream().map(MethodRole::name).toList()));
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
