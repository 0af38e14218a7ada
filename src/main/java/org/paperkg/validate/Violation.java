package org.paperkg.validate;

/**
 * One SHACL violation, in words: which paper graph, which shape, which node and property, what is wrong.
 *
 * @param paper   the paper IRI (the named graph)
 * @param where   the input record it was extracted from (file:line), or null when not known
 * @param shape   the shape that failed, e.g. "ClaimedResultShape/pkg:value"
 * @param focus   the node that fails it
 * @param path    the property path, or null for a node-level constraint
 * @param message the shape's message
 * @param value   the offending value, or null
 */
public record Violation(String paper, String where, String shape, String focus, String path, String message,
                        String value) {
    /** The same violation, located at an input record. */
    public Violation at(String location) {
        return new Violation(paper, location, shape, focus, path, message, value);
    }

    @Override
    public String toString() {
        return (where == null ? "" : where + ": ") + "paper <" + paper + ">: shape " + shape + ": <" + focus + ">"
                + (path == null ? "" : " " + path) + ": " + message
                + (value == null ? "" : " (value " + value + ")");
    }
}
