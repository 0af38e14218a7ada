package org.paperkg.model;

/** Whether a claimed number is a level reached or a difference against something else. */
public enum ResultKind {
    ABSOLUTE, RELATIVE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
