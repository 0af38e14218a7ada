package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * Finds definitions written "long form (LF)" or "LF (long form)" with the Schwartz-Hearst algorithm (PSB 2003), and makes
 * the acronym and its expansion one entity. Runs before the lexicon so that a long, specific name
 * ("memory-based dynamic graph neural networks") is not cut down to a known shorter one.
 */
final class AcronymFinder implements SentenceStage {
    /** Nouns after "long form (LF)" that say the acronym names a method. */
    private static final Set<String> KIND_AFTER = CueWords.set("acronym-kind-nouns");

    private final Lexicon lexicon;
    private final HeadNouns heads;

    AcronymFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.TITLE_NAME);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACRONYMS);
    }

    @Override
    public Source source() {
        return Source.ACRONYM;
    }

    /**
     * Also collects the acronyms the paper defines as something that is no entity ("hand-object interactions
     * (HOI)") in {@link PaperAnalysis#otherMeanings()}, so that later rules do not take them for a name.
     */
    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!s.token(i).text().equals("(")) {
                continue;
            }
            if (i + 2 < s.size() && s.token(i + 2).text().equals(")") && looksLikeAcronym(s.token(i + 1).text())) {
                String acronym = s.token(i + 1).text();
                int start = longFormStart(s, i, acronym);
                if (start >= 0 && !claims.anyClaimed(start, i + 2)) {
                    define(paper, sentenceIndex, acronym, i + 1, start, i, start, i + 3);
                }
                continue;
            }
            int cited = citationClose(s, i + 2);
            if (cited > 0 && looksLikeAcronym(s.token(i + 1).text())) {
                // "Conditional neural processes (CNPs; Garnelo et al., 2018)": the acronym, then a citation
                String acronym = s.token(i + 1).text();
                int start = longFormStart(s, i, acronym);
                if (start >= 0 && !claims.anyClaimed(start, i + 2)) {
                    define(paper, sentenceIndex, acronym, i + 1, start, i, start, cited + 1);
                }
                continue;
            }
            int close = longFormInside(s, i);
            if (close > 0 && !claims.anyClaimed(i - 1, close + 1)) {
                define(paper, sentenceIndex, s.token(i - 1).text(), i - 1, i + 1, close, i - 1, close + 1);
            }
        }
    }

    /** Tokens a citation after an acronym in brackets may take: "; Garnelo et al., 2018a". */
    private static final int MAX_CITATION_TOKENS = 12;
    private static final Pattern CITATION_MARK = Pattern.compile("(19|20)\\d\\d[a-z]?|al\\.?");

    /**
     * The closing bracket of a citation that starts with a comma or semicolon at token {@code separator}
     * ("(CNPs; Garnelo et al., 2018)", "(GATs, Velickovic et al. 2018)"), or -1: a year or "et al." marks it.
     */
    private static int citationClose(Sentence s, int separator) {
        if (separator >= s.size() || !(s.token(separator).text().equals(";") || s.token(separator).text().equals(","))) {
            return -1;
        }
        boolean marked = false;
        for (int k = separator + 1; k < s.size() && k <= separator + MAX_CITATION_TOKENS; k++) {
            String t = s.token(k).text();
            if (t.equals(")")) {
                return marked ? k : -1;
            }
            if (t.equals("(")) {
                return -1;
            }
            marked |= CITATION_MARK.matcher(t).matches();
        }
        return -1;
    }

    /**
     * "QTO (Query Computation Tree Optimization)": an acronym followed by its long form in brackets, the
     * acronym's first letter starting the long form and the rest found in order (Schwartz and Hearst's other
     * order); the token of the closing bracket, or -1.
     */
    private static int longFormInside(Sentence s, int paren) {
        String acronym = s.token(paren - 1).text();
        if (!looksLikeAcronym(acronym)) {
            return -1;
        }
        String sf = singular(acronym);
        int maxWords = maxLongFormWords(sf);
        for (int k = paren + 1; k < s.size() && k <= paren + maxWords; k++) {
            String t = s.token(k).text();
            if (t.equals(")")) {
                return k - paren > 2 && bestLongForm(sf, s.span(paren + 1, k)) == 0 ? k : -1;
            }
            if (t.equals("(") || t.equals(",") || t.equals(";") || t.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Records one definition: the acronym at token {@code at}, its long form at [{@code from}, {@code to}), the
     * whole definition at [{@code claimFrom}, {@code claimTo}). Acronyms defined as something that is no entity
     * ("hand-object interactions (HOI)") go to {@link PaperAnalysis#otherMeanings()}, so that later rules do not
     * take them for a name.
     */
    private void define(PaperAnalysis paper, int sentenceIndex, String acronym, int at, int from, int to,
                        int claimFrom, int claimTo) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
        String longForm = s.span(from, to);
        paper.addDefinition(acronym, longForm);
        if (lexicon.isGeneric(longForm) || lexicon.isGeneric(acronym)) {
            claims.claim(claimFrom, claimTo);
            return;
        }
        // the paper's own definition wins: "linear probing (LP)" is not the lexicon's linear programming
        Optional<LexiconEntry> known = lexicon.lookup(longForm)
                .or(() -> lexicon.lookup(acronym).filter(e -> agreesWith(e, longForm)));
        EntityType type;
        String canonical = null;
        String key;
        double confidence;
        if (known.isPresent()) {
            type = known.get().type();
            canonical = known.get().canonical();
            key = known.get().key();
            confidence = RuleConfidence.KNOWN_NAME;
        } else {
            Optional<EntityType> byHead = heads.typeOf(s.token(to - 1));
            if (byHead.isEmpty() && claimTo < s.size() && KIND_AFTER.contains(s.token(claimTo).lemma().toLowerCase(java.util.Locale.ROOT))) {
                byHead = Optional.of(EntityType.METHOD); // "selection via proxy (SVP) approach", "(CSLC) models"
            }
            boolean named = hasNameShape(from == 0 ? withoutFirstWord(longForm) : longForm);
            if (byHead.isEmpty() && named) {
                // "Style Alignment Encoding (SAE)": a name of the paper's own (not the lexicon's sparse
                // autoencoder); "Partitioning Around Medoids (PAM)": later uses of PAM take this sense
                byHead = Optional.of(EntityType.METHOD);
            }
            if (byHead.isEmpty()) {
                if (lexicon.lookup(acronym).isPresent() || !named && !namesAProcedure(longForm)) {
                    paper.otherMeanings().add(acronym);
                }
                return;
            }
            type = byHead.get();
            // the paper's own sense: another paper's "PAM" may spell out something else
            key = TermKey.withSense(acronym, longForm);
            confidence = RuleConfidence.DEFINED_ACRONYM;
        }
        paper.add(new Span(type, key, acronym, canonical, longForm, sentenceIndex, at, at + 1, confidence));
        claims.claim(claimFrom, claimTo);
    }

    /**
     * A lexicon entry spells this long form, up to a typo or a varied modifier ("Network Architecture Search"
     * for neural architecture search), or knows no long form at all (a name such as "BERT" can be spelled
     * out in ways no lexicon lists). "linear probing" is not linear programming: the head differs.
     */
    private static boolean agreesWith(LexiconEntry entry, String longForm) {
        String key = TermKey.singular(TermKey.of(longForm));
        String head = lastWord(longForm);
        List<String> expansions = entry.forms().stream().filter(f -> f.contains(" ") || f.contains("-")).toList();
        return expansions.isEmpty() || expansions.stream().anyMatch(f -> lastWord(f).equals(head) && modifiersAgree(f, longForm)
                || key.startsWith(TermKey.of(f)) // "multi-head attention blocks (MHAs)"
                || TermKey.of(f).startsWith(key) && longForm.strip().contains(" ") // "stochastic gradient (SGD) descent"
                || editDistance(TermKey.singular(TermKey.of(f)), key) <= 2);
    }

    /**
     * The words of the shorter long form appear in the longer one, in order, each up to a spelling
     * ("convolution", "convolutional"; "masked", "masking"), so that extra words are allowed ("deep residual
     * network", "vision-and-language navigation"): "simplicial neural networks" and "spiking neural networks"
     * are two things under one acronym.
     */
    private static boolean modifiersAgree(String a, String b) {
        List<String> x = contentWords(a);
        List<String> y = contentWords(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        int at = 0;
        for (String w : shorter) {
            while (at < longer.size() && !sameWord(w, longer.get(at))) {
                at++;
            }
            if (at == longer.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Words that join a long form without naming anything in it. */
    private static final Set<String> JOINING_WORDS = CueWords.set("long-form-joining-words");

    /** Endings that make another form of one word ("masked", "masking"; "convolution", "convolutional"). */
    private static final List<String> WORD_ENDINGS = List.of("ing", "ed", "al", "s", "er");

    /** Edits that make a spelling variant or a typo of a word, not another word. */
    private static final int MAX_SPELLING_EDITS = 2;

    private static List<String> contentWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("[\\s-]+")) {
            String k = TermKey.of(w);
            if (!k.isEmpty() && !JOINING_WORDS.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean sameWord(String u, String v) {
        return u.startsWith(v) || v.startsWith(u) || editDistance(u, v) <= MAX_SPELLING_EDITS || stem(u).equals(stem(v))
                || sharedStart(u, v) >= Math.max(MIN_SHARED_START, Math.min(u.length(), v.length()) / 2);
    }

    /** Letters two forms of one word share at least at their start ("visual", "vision"; "salesman", "salesperson"). */
    private static final int MIN_SHARED_START = 3;

    private static int sharedStart(String u, String v) {
        int n = 0;
        while (n < u.length() && n < v.length() && u.charAt(n) == v.charAt(n)) {
            n++;
        }
        return n;
    }

    private static String stem(String w) {
        for (String ending : WORD_ENDINGS) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.strip().split("[\\s-]+");
        return TermKey.singular(TermKey.of(words[words.length - 1]));
    }

    private static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** "Text-based games (TBG) have ...": the first word of a sentence is capitalised whatever it names. */
    private static String withoutFirstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? "" : phrase.substring(space + 1);
    }

    /** "Random Feature Propagation": capitalised words name an artifact; "hand-object interactions" does not. */
    private static boolean hasNameShape(String longForm) {
        for (String w : longForm.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** "spectral token mixing", "test-time adaptation": a procedure, which may be a method; not "data difficulty". */
    private static boolean namesAProcedure(String longForm) {
        String last = longForm.substring(longForm.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return last.endsWith("ing") || last.endsWith("tion") || last.endsWith("sion") || last.endsWith("ment");
    }

    static boolean looksLikeAcronym(String t) {
        if (t.length() < 2 || t.length() > 12 || !Character.isLetter(t.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '+') {
                return false;
            }
        }
        return upper >= 2;
    }

    /** "CNNs" is defined as "convolutional neural networks": its plural "s" is no letter of the long form. */
    private static String singular(String acronym) {
        return acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    }

    /** Schwartz and Hearst's window: a long form has at most min(|A| + 5, 2|A|) words. */
    private static int maxLongFormWords(String shortForm) {
        return Math.min(shortForm.length() + 5, shortForm.length() * 2);
    }

    /** The token where the long form of {@code acronym} begins, ending just before token {@code paren}; -1 if none. */
    private static int longFormStart(Sentence s, int paren, String acronym) {
        String sf = singular(acronym);
        int maxWords = maxLongFormWords(sf);
        int first = Math.max(0, paren - maxWords);
        for (int k = paren - 1; k >= first; k--) {
            String t = s.token(k).text();
            if (t.equals(",") || t.equals(";") || t.equals(")") || t.equals(".")) {
                first = k + 1;
                break;
            }
        }
        if (first >= paren) {
            return -1;
        }
        String candidate = s.span(first, paren);
        int charStart = bestLongForm(sf, candidate);
        if (charStart < 0) {
            return -1;
        }
        int absolute = s.token(first).begin() + charStart;
        for (int k = first; k < paren; k++) {
            if (s.token(k).end() > absolute) {
                // A long form needs at least two tokens or one hyphenated word; otherwise it is a gloss.
                return k;
            }
        }
        return -1;
    }

    /** Schwartz and Hearst's matching of the acronym's characters, right to left, into the candidate. */
    static int bestLongForm(String shortForm, String longForm) {
        int s = shortForm.length() - 1;
        int l = longForm.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while ((l >= 0 && Character.toLowerCase(longForm.charAt(l)) != c)
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
            s--;
        }
        int start = longForm.lastIndexOf(' ', l) + 1;
        return longForm.substring(start).contains(" ") || longForm.substring(start).contains("-") ? start : -1;
    }
}
