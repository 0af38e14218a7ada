package org.paperkg.ingest;

/**
 * One physical line of an input file: either its decoded text or the reason it could not be decoded.
 * Readers need both, so that a bad line becomes a problem naming its line while the others are still read.
 *
 * @param number 1-based line number
 * @param text   the decoded text without the line terminator, or null when {@code error} is set
 * @param error  why the line is not text (invalid UTF-8, NUL bytes, too long), or null
 */
public record SourceLine(long number, String text, String error) {

    /** A line that decoded cleanly. */
    public static SourceLine ok(long number, String text) {
        return new SourceLine(number, text, null);
    }

    /** A line that could not be decoded. */
    public static SourceLine bad(long number, String error) {
        return new SourceLine(number, null, error);
    }

    /** True when the line could not be decoded; {@link #text()} is then null. */
    public boolean isBad() {
        return error != null;
    }

    /** True for a decoded line holding only whitespace. */
    public boolean isBlank() {
        return text != null && text.isBlank();
    }
}
