package org.paperkg.model;

/** What a paper does with a method it mentions. */
public enum MethodRole {
    /** Introduced by the paper. */
    PROPOSED,
    /** A baseline the paper compares against. */
    COMPARED,
    /** Anything else the paper mentions or builds on. */
    USED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MethodRole fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
