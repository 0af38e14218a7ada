package org.paperkg.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One identifier of a paper, normalized so that the same paper gives the same value in every source:
 * a DOI in lower case without its resolver prefix, an arXiv id without "arXiv:" and without its version, a
 * PubMed id, an OpenAlex work id ("W..."), a Semantic Scholar corpus id, or (when a record has none of these)
 * the normalized title. An arXiv DOI ({@code 10.48550/arXiv.<id>}) is the arXiv id, so that a work's OpenAlex
 * record and its arXiv record name the same paper.
 *
 * @param scheme which kind of identifier
 * @param value  the normalized value
 */
public record PaperId(Scheme scheme, String value) implements Comparable<PaperId> {
    /** Kinds of identifiers, strongest first: a paper is named by the strongest one it has. */
    public enum Scheme {
        DOI("doi", "https://doi.org/"),
        ARXIV("arxiv", "https://arxiv.org/abs/"),
        PMID("pmid", "https://pubmed.ncbi.nlm.nih.gov/"),
        OPENALEX("openalex", "https://openalex.org/"),
        S2("s2", "https://api.semanticscholar.org/CorpusID:"),
        /** The normalized title: the weakest, used only when a record carries no identifier. */
        TITLE("title", null);

        private final String prefix;
        private final String resolver;

        Scheme(String prefix, String resolver) {
            this.prefix = prefix;
            this.resolver = resolver;
        }

        /** The short name used in IRIs and messages, e.g. "arxiv". */
        public String prefix() {
            return prefix;
        }

        /** The base of the identifier's public landing page, or null (titles). */
        public String resolver() {
            return resolver;
        }
    }

    private static final Pattern ARXIV_DOI = Pattern.compile("10\\.48550/arxiv\\.(.+)", Pattern.CASE_INSENSITIVE);
    /** New-style (2301.04567) and old-style (hep-th/9901001, math.GT/0309136) arXiv ids, with an optional version. */
    private static final Pattern ARXIV_ID = Pattern.compile(
            "(?:arxiv:)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v(\\d+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern OPENALEX = Pattern.compile("(?:https?://openalex\\.org/)?(W\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public PaperId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    /** A DOI (with or without a resolver prefix); an arXiv DOI gives the arXiv id; null when it is not a DOI. */
    public static PaperId doi(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : new String[]{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                "http://dx.doi.org/", "doi:"}) {
            if (lower.startsWith(prefix)) {
                s = s.substring(prefix.length()).strip();
                lower = s.toLowerCase(Locale.ROOT);
                break;
            }
        }
        Matcher arxiv = ARXIV_DOI.matcher(s);
        if (arxiv.matches()) {
            return arxiv(arxiv.group(1));
        }
        return DOI.matcher(lower).matches() ? new PaperId(Scheme.DOI, lower) : null;
    }

    /** An arXiv id, with or without "arXiv:" and a version; null when it is not one. */
    public static PaperId arxiv(String raw) {
        Matcher m = raw == null ? null : ARXIV_ID.matcher(raw.strip());
        return m != null && m.matches() ? new PaperId(Scheme.ARXIV, m.group(1)) : null;
    }

    /** The version of an arXiv id written with one ("2301.04567v2" gives 2), else null. */
    public static Integer arxivVersion(String raw) {
        Matcher m = raw == null ? null : ARXIV_ID.matcher(raw.strip());
        return m != null && m.matches() && m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
    }

    /** A PubMed id (digits); null when it is not one. */
    public static PaperId pmid(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.startsWith("https://pubmed.ncbi.nlm.nih.gov/")) {
            s = s.substring("https://pubmed.ncbi.nlm.nih.gov/".length()).replace("/", "");
        }
        return DIGITS.matcher(s).matches() ? new PaperId(Scheme.PMID, s) : null;
    }

    /** An OpenAlex work id, as "W123" or its URL; null when it is not one. */
    public static PaperId openAlex(String raw) {
        Matcher m = raw == null ? null : OPENALEX.matcher(raw.strip());
        return m != null && m.matches() ? new PaperId(Scheme.OPENALEX, m.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    /** A Semantic Scholar corpus id (digits); null when it is not one. */
    public static PaperId semanticScholar(String raw) {
        String s = raw == null ? "" : raw.strip();
        return DIGITS.matcher(s).matches() ? new PaperId(Scheme.S2, s) : null;
    }

    /**
     * The title key: letters and digits, lower case; a title with no letter or digit at all (only emoji or
     * punctuation) is taken as written, so that two such titles do not share one key.
     */
    public static PaperId title(String title) {
        String key = TermKey.of(title);
        return new PaperId(Scheme.TITLE, key.isEmpty() ? title.strip() : key);
    }

    /** The strongest of these identifiers, or null when there is none. */
    public static PaperId strongest(Collection<PaperId> ids) {
        return ids.stream().filter(Objects::nonNull).min(Comparable::compareTo).orElse(null);
    }

    /** The public landing page of this identifier, or null for a title. */
    public String landingPage() {
        return scheme.resolver == null ? null : scheme.resolver + value;
    }

    @Override
    public int compareTo(PaperId o) {
        int c = scheme.compareTo(o.scheme);
        return c != 0 ? c : value.compareTo(o.value);
    }

    /** "arxiv:2301.04567", as in messages. */
    @Override
    public String toString() {
        return scheme.prefix + ":" + value;
    }
}
