package org.paperkg.rdf;

import org.paperkg.model.PaperId;
import org.paperkg.model.EntityType;
import org.paperkg.model.Paper;
import org.paperkg.vocab.PKG;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic IRIs: the same input gives the same IRIs on every run, and one entity key gives one IRI
 * across all papers. A paper's IRI carries the identifier ingest chose for it ({@link Paper#key()}: DOI, arXiv
 * id, PMID, OpenAlex or Semantic Scholar id, e.g. {@code .../paper/arxiv/2301.04567}); a paper without one is
 * named by its normalized title, as FORMAT.md aligns records, never by its abstract (a changed abstract replaces
 * the paper) and never by a flat file's own id, which real corpora reuse for different papers
 * (ml-abstracts.jsonl gives 16,122 papers 8,128 ids); that id is kept as dcterms:identifier.
 */
public final class Iris {
    private Iris() {
    }

    private static final String PAPER = PKG.ID + "paper/";
    private static final String TITLE_PREFIX = "t-";
    /** Hex digits of the title hash kept in a title IRI: 64 bits, no collision in any corpus of papers. */
    private static final int TITLE_HASH_HEX = 16;

    public static String paper(Paper p) {
        return paper(p.key());
    }

    /** The IRI of the paper named by {@code key}: {@code paper/arxiv/2301.04567}, or {@code paper/t-<hash>}. */
    public static String paper(PaperId key) {
        if (key.scheme() == PaperId.Scheme.TITLE) {
            return PAPER + TITLE_PREFIX + sha1(key.value()).substring(0, TITLE_HASH_HEX);
        }
        return PAPER + key.scheme().prefix() + "/" + safe(key.value());
    }

    /** The identifier carried by a paper IRI, or null for a title IRI or an IRI that is not a paper's. */
    public static PaperId keyOf(String paperIri) {
        if (!paperIri.startsWith(PAPER)) {
            return null;
        }
        String rest = paperIri.substring(PAPER.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String prefix = rest.substring(0, slash);
        for (PaperId.Scheme scheme : PaperId.Scheme.values()) {
            if (scheme != PaperId.Scheme.TITLE && scheme.prefix().equals(prefix)) {
                return new PaperId(scheme, java.net.URLDecoder.decode(rest.substring(slash + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    /**
     * The normalized title that identifies a paper: letters and digits, lower case; a title with no letter
     * or digit at all (only emoji or punctuation) is taken as written, so that two such titles do not share
     * one IRI.
     */
    public static String titleKey(String title) {
        return PaperId.title(title).value();
    }

    /** The IRI of a paper's n-th author (1-based), in the paper's graph. */
    public static String authorship(String paperIri, int position) {
        return paperIri + "/author/" + position;
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
    /** The named graph saying which software and model last built the store (one subject, the graph itself). */
    public static final String METADATA_GRAPH = PKG.ID + "graph/metadata";

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
