package org.paperkg.rdf;

import org.paperkg.extract.TermKey;
import org.paperkg.model.EntityType;
import org.paperkg.model.Paper;
import org.paperkg.vocab.PKG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic IRIs: the same input gives the same IRIs on every run, and one entity key gives one IRI
 * across all papers. A paper is identified by its source id, else by its normalized title, never by its
 * abstract, so a changed abstract replaces the paper instead of adding a second one.
 */
public final class Iris {
    private Iris() {
    }

    public static String paper(Paper p) {
        if (p.id() != null && !p.id().isBlank()) {
            return PKG.ID + "paper/" + safe(p.id().strip());
        }
        return paperByTitle(p);
    }

    /** The IRI of a paper by its normalized title alone (used when a source id is shared by different papers). */
    public static String paperByTitle(Paper p) {
        return PKG.ID + "paper/t-" + sha1(titleKey(p.title())).substring(0, 16);
    }

    /**
     * The normalized title that identifies a paper without an id: letters and digits, lower case; a title
     * with no letter or digit at all (only emoji or punctuation) is taken as written, so that two such
     * titles do not share one IRI.
     */
    public static String titleKey(String title) {
        String key = TermKey.of(title);
        return key.isEmpty() ? title.strip() : key;
    }

    public static String entity(EntityType type, String key) {
        return PKG.ID + type.singular() + "/" + safe(key);
    }

    public static String mention(String paperIri, EntityType type, String key) {
        return paperIri + "/mention/" + type.singular() + "/" + safe(key);
    }

    public static String result(String paperIri, int ordinal) {
        return paperIri + "/result/" + ordinal;
    }

    /** Keeps unreserved IRI characters and percent-encodes the rest, so any id makes a valid IRI. */
    static String safe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.length() == 0 ? "_" : out.toString();
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
