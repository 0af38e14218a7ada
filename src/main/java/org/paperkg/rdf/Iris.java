package org.paperkg.rdf;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;
import org.paperkg.model.Paper;
import org.paperkg.vocab.PKG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic IRIs: the same input gives the same IRIs on every run, and one entity key gives one IRI
 * across all papers. A paper is identified by its normalized title, as FORMAT.md aligns records: never by
 * its abstract, so a changed abstract replaces the paper instead of adding a second one, and never by the
 * source's id, which real corpora reuse for different papers (ml-abstracts.jsonl gives 16,122 papers 8,128
 * ids); the id is kept as dcterms:identifier.
 */
public final class Iris {
    private Iris() {
    }

    public static String paper(Paper p) {
        return PKG.ID + "paper/t-" + sha1(titleKey(p.title())).substring(0, 16);
    }

    /**
     * The normalized title that identifies a paper: letters and digits, lower case; a title with no letter
     * or digit at all (only emoji or punctuation) is taken as written, so that two such titles do not share
     * one IRI.
     */
    public static String titleKey(String title) {
        String key = TermKey.of(title);
        return key.isEmpty() ? title.strip() : key;
    }

    /** True for the IRI of a method, dataset, metric or task node. */
    public static boolean isEntity(org.apache.jena.graph.Node node) {
        if (!node.isURI() || !node.getURI().startsWith(PKG.ID)) {
            return false;
        }
        String rest = node.getURI().substring(PKG.ID.length());
        for (org.paperkg.model.EntityType t : org.paperkg.model.EntityType.values()) {
            if (rest.startsWith(t.singular() + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The named graph of the entity descriptions (types, labels, keys, links) shared by all papers. */
    public static final String ENTITIES_GRAPH = PKG.ID + "graph/entities";

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
