package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the spans of one paper into entity candidates with the evidence the mention filter weighs. Every
 * feature name starts with the candidate's type, so one linear model learns each type's own weights.
 */
final class CandidateFeatures {
    /** Mention counts above this share one feature: a name used four times is as sure as one used nine times. */
    private static final int MAX_COUNTED_MENTIONS = 4;
    /** Tokens between a name and a number it stands right by ("top-1 accuracy of 80%", "80% top-1 accuracy"). */
    private static final int ADJACENT_NUMBER = 2;
    /** Tokens between a name and a number of its clause ("reduces the error on X from 3.1 to 2.9"). */
    private static final int NEAR_NUMBER = 6;
    /** Names longer than this many words share one length feature. */
    private static final int MAX_COUNTED_WORDS = 5;
    /** Tagger probabilities are also given in this many bins, so the model can learn a non-linear response. */
    private static final int PROBABILITY_BINS = 5;
    /** Document frequencies are given as powers of two up to this one (2^12 = 4096 abstracts and more share one). */
    private static final int MAX_FREQUENCY_BIN = 12;

    private CandidateFeatures() {
    }

    /** What the tagger said about one span: the mean probability of its own type and of the likeliest other. */
    record TaggerEvidence(double own, double other) {
    }

    private record Id(EntityType type, String key) {
    }

    static List<EntityCandidate> of(List<Sentence> sentences, List<Span> spans, Map<Span, TaggerEvidence> tagger,
                                    int titleSentences, Map<String, MethodRole> roles, Lexicon lexicon,
                                    PhraseFrequencies phrases) {
        Map<Id, List<Span>> byEntity = new LinkedHashMap<>();
        for (Span sp : spans) {
            byEntity.computeIfAbsent(new Id(sp.type(), sp.key()), id -> new ArrayList<>()).add(sp);
        }
        List<EntityCandidate> out = new ArrayList<>(byEntity.size());
        for (Map.Entry<Id, List<Span>> e : byEntity.entrySet()) {
            Id id = e.getKey();
            MethodRole role = id.type() == EntityType.METHOD ? roles.getOrDefault(id.key(), MethodRole.USED) : null;
            Set<String> forms = new LinkedHashSet<>();
            e.getValue().forEach(sp -> {
                forms.add(sp.surface());
                if (sp.longForm() != null) {
                    forms.add(sp.longForm());
                }
                if (sp.canonical() != null) {
                    forms.add(sp.canonical()); // the graph lists the lexicon's name among the forms too
                }
            });
            String namespace = namespace(id.type(), e.getValue());
            Map<String, Double> f = features(namespace, e.getValue(), forms, tagger, titleSentences, role, lexicon, id.type());
            context(namespace, e.getValue(), sentences, f);
            listedWithKnownNames(namespace, id.type(), e.getValue(), sentences, spans, f);
            termhood(namespace, e.getValue().get(0).surface(), phrases, f);
            out.add(new EntityCandidate(id.type(), id.key(), new ArrayList<>(forms), role, f));
        }
        return out;
    }

    /**
     * The prefix of a candidate's feature names: its type, and "open" when only open candidates
     * ({@link OpenCandidates}) found it, so noun phrases no rule named get weights of their own rather than
     * those learned for the rules' candidates, which are right far more often.
     */
    private static String namespace(EntityType type, List<Span> spans) {
        boolean open = spans.stream().allMatch(OpenCandidates::isOpen);
        return type.singular() + (open ? "|open|" : "|");
    }

    private static Map<String, Double> features(String t, List<Span> spans, Set<String> forms,
                                                Map<Span, TaggerEvidence> tagger, int titleSentences,
                                                MethodRole role, Lexicon lexicon, EntityType type) {
        Map<String, Double> f = new TreeMap<>();
        f.put(t + "bias", 1.0);
        Set<Source> sources = new LinkedHashSet<>();
        int first = Integer.MAX_VALUE;
        boolean inTitle = false;
        boolean canonical = false;
        boolean longForm = false;
        double own = 0;
        double other = 0;
        for (Span sp : spans) {
            sources.add(sp.source() == null ? Source.PHRASE : sp.source());
            first = Math.min(first, sp.sentence());
            inTitle |= sp.sentence() < titleSentences;
            canonical |= sp.canonical() != null;
            longForm |= sp.longForm() != null;
            TaggerEvidence ev = tagger.get(sp);
            if (ev != null) {
                own = Math.max(own, ev.own());
                other = Math.max(other, ev.other());
            }
        }
        sources.forEach(s -> f.put(t + "src=" + s, 1.0));
        f.put(t + "sources=" + Math.min(sources.size(), 3), 1.0);
        f.put(t + "mentions=" + Math.min(spans.size(), MAX_COUNTED_MENTIONS), 1.0);
        f.put(t + "first=" + (first < titleSentences ? "title" : first - titleSentences < 1 ? "opening"
                : first - titleSentences < 3 ? "early" : "later"), 1.0);
        if (inTitle) {
            f.put(t + "inTitle", 1.0);
        }
        if (canonical) {
            f.put(t + "canonical", 1.0);
        }
        if (longForm || forms.size() > 1) {
            f.put(t + "severalForms", 1.0);
        }
        String name = spans.get(0).surface();
        f.put(t + "lexicon=" + lexiconSense(type, name, lexicon), 1.0);
        if (lexicon.isGeneric(name)) {
            f.put(t + "generic", 1.0);
        }
        f.put(t + "shape=" + shape(name), 1.0);
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s]+");
        f.put(t + "words=" + Math.min(words.length, MAX_COUNTED_WORDS), 1.0);
        f.put(t + "head=" + TermKey.singular(TermKey.of(words[words.length - 1])), 1.0);
        if (words.length > 1) {
            f.put(t + "firstWord=" + TermKey.of(words[0]), 1.0);
        }
        if (role != null) {
            f.put(t + "role=" + role, 1.0);
        }
        if (!tagger.isEmpty()) {
            f.put(t + "tagger", own);
            f.put(t + "taggerOther", other);
            f.put(t + "taggerBin=" + Math.min(PROBABILITY_BINS - 1, (int) (own * PROBABILITY_BINS)), 1.0);
        }
        return f;
    }

    /**
     * The words around its mentions: "on X", "X dataset", "X achieves", "our X" say much about what X is.
     * Lemmas, lower case; "<s>" and "</s>" at the sentence's edges.
     */
    private static void context(String t, List<Span> spans, List<Sentence> sentences, Map<String, Double> f) {
        for (Span sp : spans) {
            Sentence s = sentences.get(sp.sentence());
            String before = sp.from() == 0 ? "<s>" : s.token(sp.from() - 1).lemma().toLowerCase(Locale.ROOT);
            String after = sp.to() >= s.size() ? "</s>" : s.token(sp.to()).lemma().toLowerCase(Locale.ROOT);
            f.put(t + "before=" + before, 1.0);
            f.put(t + "after=" + after, 1.0);
            if (sp.from() >= 2) {
                f.put(t + "before2=" + s.token(sp.from() - 2).lemma().toLowerCase(Locale.ROOT) + "_" + before, 1.0);
            }
            int gap = numberGap(s, sp);
            if (gap <= NEAR_NUMBER) {
                f.put(t + "number=" + (gap <= ADJACENT_NUMBER ? "adjacent" : "near"), 1.0);
            }
        }
    }

    /**
     * Whether a mention stands in one list with a lexicon name, and whether that name is of the candidate's type:
     * "on MVTec AD, MPDD and BTAD" makes the unknown names datasets, "outperforms A, B and BERT" methods.
     */
    private static void listedWithKnownNames(String t, EntityType type, List<Span> mentions, List<Sentence> sentences,
                                             List<Span> all, Map<String, Double> f) {
        for (Span sp : mentions) {
            Sentence s = sentences.get(sp.sentence());
            for (Span other : all) {
                if (other.sentence() != sp.sentence() || other.canonical() == null || other.source() == Source.RETYPED
                        || other.key().equals(sp.key())) {
                    continue;
                }
                boolean adjacent = other.to() <= sp.from() ? joinedInList(s, other.to(), sp.from())
                        : sp.to() <= other.from() && joinedInList(s, sp.to(), other.from());
                if (adjacent) {
                    f.put(t + "listedWith=" + (other.type() == type ? "same" : "other"), 1.0);
                }
            }
        }
    }

    /** Tokens that may join a mention to a known name of its list: ",", "and", ", and". */
    private static final int MAX_LIST_JOIN = 2;

    /** Whether the tokens [from, to) are one or two list joins. */
    private static boolean joinedInList(Sentence s, int from, int to) {
        return to - from <= MAX_LIST_JOIN && ListJoins.only(s, from, to);
    }

    /**
     * Tokens between the span and the nearest number of its sentence (a large value when there is none): a
     * metric or dataset with a value beside it is one the paper measures ("bits per character from 1.21 to 1.15").
     */
    private static int numberGap(Sentence s, Span sp) {
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < s.size(); k++) {
            if ((k < sp.from() || k >= sp.to()) && s.token(k).pos().equals("CD") && s.token(k).text().matches(".*\\d.*")) {
                best = Math.min(best, k < sp.from() ? sp.from() - k - 1 : k - sp.to());
            }
        }
        return best;
    }

    /**
     * How common the name is in the unlabeled corpus (a power-of-two bin of the abstracts it occurs in), and
     * for a phrase of several words how much of its head word's use it accounts for: a term of the field is
     * frequent and cohesive ("graph convolution"), a description is rare ("our refinement step").
     */
    private static void termhood(String t, String name, PhraseFrequencies phrases, Map<String, Double> f) {
        if (phrases.isEmpty()) {
            return;
        }
        int df = phrases.documents(name);
        f.put(t + "corpus=" + (df == 0 ? "rare" : Integer.toString(Math.min(MAX_FREQUENCY_BIN, log2(df)))), 1.0);
        List<String> words = PhraseFrequencies.words(name);
        if (words.size() > 1 && df > 0) {
            int head = phrases.documents(words.get(words.size() - 1));
            if (head > 0) {
                f.put(t + "cohesion=" + Math.min(MAX_FREQUENCY_BIN, log2(Math.max(1, head / df))), 1.0);
            }
        }
    }

    private static int log2(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    /** Whether the lexicon knows the name, and as what: "same", "other" (another type) or "none". */
    private static String lexiconSense(EntityType type, String name, Lexicon lexicon) {
        Optional<LexiconEntry> e = lexicon.lookup(name);
        return e.isEmpty() ? "none" : e.get().type() == type ? "same" : "other";
    }

    /**
     * A coarse shape of a name: ACRONYM (all capitals), CAMEL (a capital after a small letter), TITLE (every
     * word capitalised), CAPITAL (only the first), LOWER; "+digit" and "+hyphen" when it has them.
     */
    static String shape(String name) {
        boolean upper = false;
        boolean lower = false;
        boolean camel = false;
        boolean digit = false;
        boolean hyphen = false;
        char prev = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            camel |= Character.isUpperCase(c) && Character.isLowerCase(prev);
            digit |= Character.isDigit(c);
            hyphen |= c == '-';
            prev = c;
        }
        String base;
        if (upper && !lower) {
            base = "ACRONYM";
        } else if (camel) {
            base = "CAMEL";
        } else if (!upper) {
            base = "LOWER";
        } else {
            boolean allCapitalised = true;
            for (String w : name.split("\\s+")) {
                allCapitalised &= !w.isEmpty() && !Character.isLowerCase(w.charAt(0));
            }
            base = allCapitalised && name.contains(" ") ? "TITLE" : "CAPITAL";
        }
        return base + (digit ? "+digit" : "") + (hyphen ? "+hyphen" : "");
    }
}
