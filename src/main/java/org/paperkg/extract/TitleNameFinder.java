package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.Locale;
import java.util.Set;

/**
 * The contribution a title names: "KLOVA: Scheduling Sparse Kernels ..." (the name before the colon), "Faster
 * Retrieval with Learned Hash Codes" (the means after "with/via/using"), "A Denoising Autoencoder
 * Toward ..." and "Token Routing Networks" (the opening noun phrase whose head says it is a method).
 */
final class TitleNameFinder implements ExtractionStage {
    private static final Set<String> NAME_JOINERS = CueWords.set("title-name-joiners");
    /** Title words that introduce the paper's means: "Faster Retrieval with Learned Hash Codes". */
    private static final Set<String> MEANS = CueWords.set("title-means-words");
    /** Words after which the opening noun phrase is the contribution: "X for Y", "X with Y", "X toward Y". */
    private static final Set<String> PURPOSE = CueWords.set("title-purpose-words");
    /** Praise that does not name anything: "Robust Deep Neural Networks" names no new method. */
    private static final Set<String> PRAISE = CueWords.set("title-praise");
    private static final int MAX_WORDS = 7;

    private final Lexicon lexicon;
    private final HeadNouns heads;

    TitleNameFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TITLE_NAME);
    }

    @Override
    public Source source() {
        return Source.TITLE;
    }

    @Override
    public void annotate(PaperAnalysis paper) {
        if (paper.titleSentences() > 0) {
            find(paper.sentence(0), paper.claims(0), paper);
        }
    }

    private void find(Sentence s, TokenClaims claims, PaperAnalysis paper) {
        int colon = -1;
        for (int t = 0; t < s.size(); t++) {
            if (s.token(t).text().equals(":")) {
                colon = t;
                break;
            }
        }
        if (colon < 0) {
            // "Structured Graph Network Pruning with Curvature-Aware Scores" names two parts of one contribution
            openingPhrase(s, claims, paper);
            meansPhrase(s, claims, paper);
            return;
        }
        colonName(s, colon, claims, paper);
    }

    /**
     * "QX-Bench: A Benchmark for ...", or the abstract's "QX-Bench, a dataset of ..." or "the QX-Bench benchmark":
     * the title's name is a dataset the paper introduces.
     */
    private static boolean introducedAsADataset(PaperAnalysis paper, String name, int colon) {
        if (NameFinder.describedAsADataset(paper.sentence(0), colon)) {
            return true;
        }
        for (int i = paper.titleSentences(); i < paper.sentenceCount(); i++) {
            Sentence s = paper.sentence(i);
            for (int t = 0; t < s.size(); t++) {
                int end = endOfNameAt(s, t, name);
                if (end > t && (NameFinder.describedAsADataset(s, end) || NameFinder.calledADataset(s, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the tokens from {@code t} spell {@code name} (spacing aside), the token after them; else -1. */
    private static int endOfNameAt(Sentence s, int t, String name) {
        String wanted = name.replace(" ", "");
        StringBuilder read = new StringBuilder();
        for (int k = t; k < s.size() && read.length() < wanted.length(); k++) {
            read.append(s.token(k).text());
            if (read.toString().equals(wanted)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * "KLOVA: Scheduling Sparse Kernels ..." names the paper's contribution before the colon. A short prefix that is not
     * a known dataset, an umbrella term or a verb phrase ("Revisiting CIFAR-10") is the proposed method.
     */
    private void colonName(Sentence s, int colon, TokenClaims claims, PaperAnalysis paper) {
        if (colon < 1 || colon > 4 || s.token(0).pos().startsWith("VB") || s.token(0).pos().equals("IN")
                || s.token(0).pos().equals("DT") || s.token(0).pos().startsWith("W")) {
            return;
        }
        String name = s.span(0, colon);
        if (lexicon.isGeneric(name) || !name.chars().anyMatch(Character::isUpperCase) || isClause(s, colon)) {
            return;
        }
        // A name is written in capitals ("Quick & Quiet Search", "KLOVA"); "Bias no more" is a phrase.
        for (int t = 0; t < colon; t++) {
            String w = s.token(t).text();
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && !NAME_JOINERS.contains(w)) {
                return;
            }
        }
        var known = lexicon.lookup(name);
        if (known.isPresent() && known.get().type() != EntityType.METHOD) {
            return;
        }
        String key = known.map(LexiconEntry::key).orElse(NameFinder.keyOf(name));
        EntityType type = known.isEmpty() && introducedAsADataset(paper, name, colon) ? EntityType.DATASET : EntityType.METHOD;
        paper.add(new Span(type, key, name, known.map(LexiconEntry::canonical).orElse(null), null,
                0, 0, colon, RuleConfidence.TITLE_COLON_NAME));
        claims.claim(0, colon);
    }

    /**
     * "Views Can Be Deceiving:", "Sparsity Winning Twice:", "Meta Continual Learning Revisited:": a slogan with a
     * finite verb, an adverb or a closing participle says something; it does not name the contribution.
     */
    private static boolean isClause(Sentence s, int colon) {
        for (int t = 1; t < colon; t++) {
            String pos = s.token(t).pos();
            if (Set.of("MD", "VBZ", "VBP", "VBD").contains(pos) || pos.startsWith("RB")) {
                return true;
            }
        }
        return colon > 1 && s.token(colon - 1).pos().equals("VBN");
    }

    /**
     * "Sparse Graph Attention Kernels", "Weakly Supervised Graph Neural Networks for Gait
     * Analysis": a title that opens with a noun phrase ending in a method head, followed by nothing or by
     * "for/with/via", names its contribution. Verb-led titles ("Aligning ...") and "X of Y" do not.
     */
    private boolean openingPhrase(Sentence s, TokenClaims claims, PaperAnalysis paper) {
        int from = 0;
        while (from < s.size() && Set.of("a", "an").contains(s.token(from).text().toLowerCase(Locale.ROOT))) {
            from++;
        }
        int to = from;
        while (to < s.size() && to - from <= MAX_WORDS && isPhraseWord(s, to, from)) {
            to++;
        }
        while (to > from && s.token(to - 1).text().equalsIgnoreCase("and")) {
            to--;
        }
        boolean ends = to == s.size()
                || to < s.size() && PURPOSE.contains(s.token(to).text().toLowerCase(Locale.ROOT));
        if (to - from < 2 || to - from > MAX_WORDS || !ends || from == 0 && s.token(from).pos().equals("VBG")
                || claims.anyClaimed(from, to)) {
            return false;
        }
        String phrase = s.span(from, to);
        if (namesNothingNew(s, from, to) || !methodHead(s.token(to - 1), phrase)) {
            return false;
        }
        add(s, from, to, phrase, RuleConfidence.PHRASE, claims, paper);
        return true;
    }

    /** Noun-phrase words of a title, "and" between two of them, and "Weakly" before "Supervised". */
    private static boolean isPhraseWord(Sentence s, int k, int from) {
        Token t = s.token(k);
        String pos = t.pos();
        if (!Character.isLetterOrDigit(t.text().charAt(0))) {
            return false;
        }
        if (t.text().equalsIgnoreCase("and")) {
            return k > from && k + 1 < s.size() && !s.token(k + 1).text().equalsIgnoreCase("and");
        }
        if (pos.startsWith("RB")) {
            return k + 1 < s.size() && (s.token(k + 1).pos().startsWith("JJ") || s.token(k + 1).pos().equals("VBN"));
        }
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG")
                || pos.equals("CD") && k > from;
    }

    /** Praise words and an umbrella term: "Robust Deep Neural Networks", "Simple Architectures". */
    private boolean namesNothingNew(Sentence s, int from, int to) {
        int k = from;
        while (k < to && isPraise(s.token(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k == to || lexicon.isGeneric(s.span(k, to));
    }

    /** "Efficient", and praise of one resource: "Memory-Efficient", "Sample-Efficient". */
    private static boolean isPraise(String word) {
        return PRAISE.contains(word) || PRAISE.contains(word.substring(word.lastIndexOf('-') + 1));
    }

    private boolean methodHead(Token head, String phrase) {
        var known = lexicon.lookup(phrase);
        if (known.isPresent()) {
            return known.get().type() == EntityType.METHOD;
        }
        // title case tags "Networks" as a proper noun whose lemma keeps the plural
        String singular = TermKey.singular(head.text().toLowerCase(Locale.ROOT));
        Token lemmatized = new Token(singular, "NN", singular, head.begin(), head.end());
        return heads.typeOf(head).or(() -> heads.typeOf(lemmatized)).filter(t -> t == EntityType.METHOD).isPresent();
    }

    /**
     * Titles without a colon name their contribution as the phrase after "with/via/using"; it counts only
     * when its head noun (or the lexicon) says it is a method.
     */
    private void meansPhrase(Sentence s, TokenClaims claims, PaperAnalysis paper) {
        int from = -1;
        for (int t = s.size() - 2; t > 0 && from < 0; t--) {
            if (MEANS.contains(s.token(t).text().toLowerCase(Locale.ROOT))) {
                from = t + 1;
            }
        }
        if (from < 0) {
            return;
        }
        int to = from;
        while (to < s.size() && to - from < 5 && (s.token(to).pos().startsWith("NN") || s.token(to).pos().startsWith("JJ")
                || s.token(to).pos().equals("VBG")) && Character.isLetter(s.token(to).text().charAt(0))) {
            to++;
        }
        // "with Machine Learned Advice": a phrase cut short by a word it cannot take names nothing
        boolean cut = to < s.size() && Set.of("VBN", "VBD", "VBZ", "CD").contains(s.token(to).pos());
        if (to == from || cut || claims.anyClaimed(from, to)) {
            return;
        }
        String phrase = s.span(from, to);
        if (to - from == 1 && lexicon.lookup(phrase).isEmpty()) {
            return; // a lone head noun ("with Machines") is a word, not a name
        }
        if (namesNothingNew(s, from, to) || !methodHead(s.token(to - 1), phrase)) {
            return;
        }
        add(s, from, to, phrase, RuleConfidence.PHRASE, claims, paper);
    }

    private void add(Sentence s, int from, int to, String phrase, double confidence, TokenClaims claims,
                     PaperAnalysis paper) {
        var known = lexicon.lookup(phrase);
        String key = known.map(LexiconEntry::key).orElse(TermKey.of(phrase));
        paper.add(new Span(EntityType.METHOD, key, phrase, known.map(LexiconEntry::canonical).orElse(null), null,
                0, from, to, confidence));
        claims.claim(from, to);
    }
}
