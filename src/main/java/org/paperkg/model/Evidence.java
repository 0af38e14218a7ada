package org.paperkg.model;

/**
 * The sentence that states a fact, with its character offsets in the abstract (end exclusive).
 */
public record Evidence(String text, int start, int end) {
}
