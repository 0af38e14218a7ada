package org.paperkg.model;

/** The kinds of things a paper mentions that become shared nodes of the graph. */
public enum EntityType {
    METHOD("method", "methods"),
    DATASET("dataset", "datasets"),
    METRIC("metric", "metrics"),
    TASK("task", "tasks");

    private final String singular;
    private final String plural;

    EntityType(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** Lower-case singular name, used in IRIs and lexicon file names. */
    public String singular() {
        return singular;
    }

    /** Lower-case plural name, used as the key of the JSON-lines record format. */
    public String plural() {
        return plural;
    }
}
