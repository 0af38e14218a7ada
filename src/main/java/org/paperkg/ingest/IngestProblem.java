package org.paperkg.ingest;

import org.paperkg.model.SourceLocation;

/** A record that could not be read, and why; its location names file and line. */
public record IngestProblem(SourceLocation where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
