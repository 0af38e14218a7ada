package org.paperkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few schema.org terms paperkg uses. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final Property codeRepository = ResourceFactory.createProperty(NS + "codeRepository");
    public static final Property url = ResourceFactory.createProperty(NS + "url");

    private SCHEMA() {
    }
}
