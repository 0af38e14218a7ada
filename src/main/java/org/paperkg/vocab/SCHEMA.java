package org.paperkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few schema.org terms paperkg uses. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";
    public static final Property codeRepository = ResourceFactory.createProperty(NS + "codeRepository");
    public static final Property url = ResourceFactory.createProperty(NS + "url");
    /** A page that names the item unambiguously: the resolver page of each of a paper's identifiers. */
    public static final Property sameAs = ResourceFactory.createProperty(NS + "sameAs");

    private SCHEMA() {
    }
}
