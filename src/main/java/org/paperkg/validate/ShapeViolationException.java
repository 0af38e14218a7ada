package org.paperkg.validate;

import java.util.List;

/** A build produced graphs that break ontology/shapes.ttl: nothing of the failing batch was committed. */
public class ShapeViolationException extends RuntimeException {
    private final List<Violation> violations;

    public ShapeViolationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder sb = new StringBuilder("the extracted graph breaks the SHACL shapes (ontology/shapes.ttl); "
                + "the batch was not stored:");
        violations.stream().limit(20).forEach(v -> sb.append(System.lineSeparator()).append("  ").append(v));
        if (violations.size() > 20) {
            sb.append(System.lineSeparator()).append("  ... and ").append(violations.size() - 20).append(" more");
        }
        return sb.toString();
    }
}
