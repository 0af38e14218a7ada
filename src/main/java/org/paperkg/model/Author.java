package org.paperkg.model;

import java.util.Objects;

/**
 * One author of a paper, in the order the source lists them.
 *
 * @param name        the name as it is written ("Ada Lovelace")
 * @param orcid       the ORCID iD (16 characters with dashes, no URL), or null
 * @param affiliation the first affiliation given, or null
 */
public record Author(String name, String orcid, String affiliation) {
    private static final java.util.regex.Pattern ORCID = java.util.regex.Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    public Author {
        Objects.requireNonNull(name, "name");
    }

    /** An author known only by name. */
    public static Author named(String name) {
        return new Author(name, null, null);
    }

    /** The ORCID iD of "https://orcid.org/0000-0002-1825-0097" or "0000-0002-1825-0097", or null when it is none. */
    public static String orcidOf(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        return ORCID.matcher(s).matches() ? s : null;
    }
}
