package org.paperkg.model;

/** A file and a 1-based line number, so that every message can say where a record came from. */
public record SourceLocation(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
