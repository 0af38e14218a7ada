package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names an unnamed contribution: "we propose a novel greedy merging heuristic" gives the method
 * "greedy merging heuristic" when no name follows the verb and the phrase ends in a method head noun;
 * "an algorithm, referred to as "mirror-descent pruning"" gives the quoted name.
 */
final class ProposalFinder implements SentenceStage {
    private static final Set<String> SKIP = CueWords.set("proposal-skip-words");
    private static final int MAX_WORDS = 5;
    /** Heads of things papers propose that are not methods. */
    private static final Set<String> NOT_METHOD_HEADS = CueWords.set("not-method-heads");
    /** Heads that name a method only with a modifier: "a pruning scheme", not "a scheme". */
    private static final Set<String> BARE_HEADS = CueWords.set("bare-method-heads");

    /** Nouns that name a method only through the activity before them: "the folding process". */
    private static final Set<String> PROCESS_NOUNS = CueWords.set("process-nouns");
    private static final int OBJECT_WINDOW = 20;

    private final HeadNouns heads;
    private final Lexicon lexicon;

    ProposalFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.TITLE_NAME, Layer.LEXICON_ENTRIES, Layer.SHAPED_NAMES, Layer.HEAD_PHRASES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PROPOSALS);
    }

    @Override
    public Source source() {
        return Source.PROPOSAL;
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
        for (int v = 0; v < s.size(); v++) {
            Token verb = s.token(v);
            boolean proposeVerb = verb.pos().startsWith("VB")
                    && RoleAssigner.PROPOSE_CUES.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    && RoleAssigner.isAuthorsVerb(s, v);
            // "our neural equalizer", "our proposed pruning scheme"
            boolean ours = verb.text().equalsIgnoreCase("our");
            int named = nameAfterNamingCue(s, v);
            if (named > v) {
                quotedOrPlainName(s, sentenceIndex, named, claims, paper);
                continue;
            }
            if (verb.pos().equals("``")) {
                quotedCoinage(s, sentenceIndex, v, claims, paper);
            }
            if (!proposeVerb && !ours) {
                continue;
            }
            if (proposeVerb) {
                partsAfterLinks(s, sentenceIndex, v, claims, paper);
                specializedKnownMethods(s, sentenceIndex, v, paper);
            }
            int from = skipPraise(s, v + 1);
            int to = from;
            while (to < s.size() && to - from < MAX_WORDS + 1 && isNounPhraseWord(s, to)) {
                to++;
            }
            // "an automated labelling framework": a participle may modify, not end, the phrase
            while (to > from && !isHeadWord(s.token(to - 1))) {
                to--;
            }
            if (to == from || to - from > MAX_WORDS) {
                continue;
            }
            // "the neural network folding process": the process is the folding
            boolean gerundBeforeProcess = to - from >= 3 && PROCESS_NOUNS.contains(s.token(to - 1).lemma().toLowerCase(Locale.ROOT))
                    && isGerundNoun(s.token(to - 2));
            if (gerundBeforeProcess) {
                to--;
            }
            Token head = s.token(to - 1);
            // Only a method head ("heuristic", "pruning", "network") says the phrase names a method: after
            // "we propose" many phrases are studies, examples or explorations.
            // "we propose adaptive token mixing to ...": a bare phrase right after the verb names a technique
            boolean bareTechnique = proposeVerb && !RoleAssigner.NAMING_WORDS.contains(verb.text().toLowerCase(Locale.ROOT)) && from == v + 1 && to - from >= 2 && head.pos().equals("NN")
                    && !NOT_METHOD_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))
                    && !s.token(from).pos().startsWith("VB") && (to == s.size() || !s.token(to).pos().startsWith("NN"));
            if (!(isMethodHead(head) || bareTechnique || gerundBeforeProcess) || namedInApposition(s, to) || abbreviatedLater(s, from, to)) {
                continue;
            }
            if (BARE_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                // "a block-wise weight-pruning approach" is block-wise weight-pruning; "an optimization
                // framework" names nothing, "an automated labelling framework" does
                if (to - from >= 3 && isMethodHead(s.token(to - 2)) && s.token(to - 2).pos().startsWith("NN")) {
                    to--;
                } else if (to - from < 3) {
                    continue;
                }
            }
            addUnlessKnown(s, sentenceIndex, from, to, claims, paper);
        }
    }

    /**
     * "we propose one-shot pruning with layer-wise sampling": an unnamed method phrase attached to
     * the proposal by "with/via/through" is a part of it (the role rules read it as proposed too).
     */
    private void partsAfterLinks(Sentence s, int sentenceIndex, int verb, TokenClaims claims, PaperAnalysis paper) {
        for (int k = verb + 1; k + 2 < s.size() && k <= verb + OBJECT_WINDOW; k++) {
            // "an objective with a Bellman operator": only a method's parts are proposed with it
            if (!RoleAssigner.PART_LINKS.contains(s.token(k).text().toLowerCase(Locale.ROOT))
                    || NOT_METHOD_HEADS.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int from = skipPraise(s, k + 1);
            int to = from;
            while (to < s.size() && to - from < MAX_WORDS + 1 && isNounPhraseWord(s, to)) {
                to++;
            }
            while (to > from && !isHeadWord(s.token(to - 1))) {
                to--;
            }
            if (to - from < 2 || to - from > MAX_WORDS || !isMethodHead(s.token(to - 1))
                    || BARE_HEADS.contains(s.token(to - 1).lemma().toLowerCase(Locale.ROOT))
                    || to < s.size() && s.token(to).pos().startsWith("NN")
                    || !RoleAssigner.objectOf(s, verb, extentOnly(sentenceIndex, from, to))) {
                continue;
            }
            addUnlessKnown(s, sentenceIndex, from, to, claims, paper);
        }
    }

    /** A span that stands only for the tokens [from, to), to ask whether they are the object of a verb. */
    private static Span extentOnly(int sentenceIndex, int from, int to) {
        return new Span(EntityType.METHOD, "", "", null, null, sentenceIndex, from, to, 0); // no confidence is read
    }

    /**
     * "consisting of a GRU-based encoder": a known method family narrowed by a compound modifier, in the
     * object of the authors' proposal, is their new variant of it, named by the whole phrase.
     */
    private void specializedKnownMethods(Sentence s, int sentenceIndex, int verb, PaperAnalysis paper) {
        for (Span known : List.copyOf(paper.spans())) {
            int mod = known.from() - 1;
            if (known.sentence() != sentenceIndex || known.type() != EntityType.METHOD || known.canonical() == null
                    || mod <= verb || known.to() - known.from() > 3 || !isSpecializingModifier(s.token(mod))
                    || known.to() < s.size() && (s.token(known.to()).pos().startsWith("NN") || s.token(known.to()).text().equals("("))
                    || mod > 0 && Character.isUpperCase(s.token(mod - 1).text().charAt(0)) // inside a proper name
                    || paper.spans().stream().anyMatch(sp -> sp.sentence() == sentenceIndex && sp.from() <= mod && sp.to() > mod)) {
                continue;
            }
            String surface = s.span(mod, known.to());
            String key = TermKey.singular(TermKey.of(surface));
            // the title's "Pose-Guided Diffusion Models" and the abstract's "a pose-guided diffusion model" are one
            String sameName = paper.spans().stream().filter(sp -> sp.type() == EntityType.METHOD
                    && TermKey.singular(sp.key()).equals(key)).map(Span::key).findFirst().orElse(key);
            Span phrase = new Span(EntityType.METHOD, sameName, surface, null, null, sentenceIndex, mod, known.to(),
                    RuleConfidence.UNNAMED_PROPOSAL);
            if (RoleAssigner.objectOf(s, verb, phrase) && !lexicon.isGeneric(phrase.surface())) {
                paper.remove(known);
                paper.add(phrase);
            }
        }
    }

    /** "GRU-based", "memory-aware", "quantization-guided": a compound saying which kind of the family it is. */
    private static boolean isSpecializingModifier(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        int hyphen = w.lastIndexOf('-');
        return hyphen > 0 && (t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN"))
                && SPECIALIZING_ENDINGS.contains(w.substring(hyphen + 1));
    }

    private static final Set<String> SPECIALIZING_ENDINGS = CueWords.set("specializing-compound-ends");

    /**
     * "a brand-new "anchor slot" design", "our novel ``shift-and-merge'' step": a quoted term the authors call new
     * is a name they coin.
     */
    private void quotedCoinage(Sentence s, int sentenceIndex, int quote, TokenClaims claims, PaperAnalysis paper) {
        boolean calledNew = false;
        for (int k = quote - 1; k >= Math.max(0, quote - 2); k--) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            // ("the recently proposed ``unilateral concentrability''" is prior work)
            calledNew |= RoleAssigner.COINAGE_WORDS.contains(w);
        }
        int from = quote + 1;
        int to = from;
        while (to < s.size() && to - from <= 4 && isNounPhraseWord(s, to)) {
            to++;
        }
        if (!calledNew || to - from < 2 || to - from > 4 || to >= s.size() || !s.token(to).pos().equals("''")) {
            return;
        }
        addUnlessKnown(s, sentenceIndex, from, to, claims, paper);
    }

    /** "folding", "thinning": an activity noun that can name a technique, unlike "setting" or "understanding". */
    private static boolean isGerundNoun(Token t) {
        String lemma = t.text().toLowerCase(Locale.ROOT);
        return (t.pos().equals("VBG") || t.pos().startsWith("NN")) && lemma.endsWith("ing") && lemma.length() > 5
                && !NOT_METHOD_HEADS.contains(lemma) && !NOT_TECHNIQUE_GERUNDS.contains(lemma);
    }

    private static final Set<String> NOT_TECHNIQUE_GERUNDS = CueWords.set("not-technique-gerunds");

    /**
     * Adds the phrase [from, to) as a method, taking over shorter names inside it ("cross-scale feature
     * fusion module" over "feature fusion"), unless a known name covers its head ("a novel graph
     * neural network" stays the known family) or it is an umbrella term.
     */
    private void addUnlessKnown(Sentence s, int sentenceIndex, int from, int to, TokenClaims claims, PaperAnalysis paper) {
        int sentence = sentenceIndex;
        for (int k = from; k < to; k++) {
            int token = k;
            // tokens claimed without a name of their own (a long form, a blocked word) are not ours to take
            if (claims.isClaimed(k) && !lexicon.isGeneric(s.token(k).text()) && !inGenericRun(s, k, from, to, claims)
                    && paper.spans().stream().noneMatch(sp -> sp.sentence() == sentence && sp.from() <= token && sp.to() > token)) {
                return;
            }
        }
        // "our final X3KD model", "TrH regularization": a phrase around a name is not a new name
        boolean aroundAName = paper.spans().stream().anyMatch(sp -> sp.sentence() == sentence && sp.from() >= from
                && sp.to() <= to && sp.canonical() == null && NameFinder.looksLikeName(sp.surface()));
        boolean headTaken = paper.spans().stream().anyMatch(sp -> sp.sentence() == sentence && sp.from() < to && sp.to() >= to);
        boolean spillsOver = paper.spans().stream().anyMatch(sp -> sp.sentence() == sentence && sp.from() < from && sp.to() > from);
        String surface = s.span(from, to);
        if (to - from < 2 || aroundAName || headTaken || spillsOver || lexicon.isGeneric(surface) || lexicon.lookup(surface).isPresent()) {
            return;
        }
        paper.removeIf(sp -> sp.sentence() == sentence && sp.from() >= from && sp.to() <= to);
        Token head = s.token(to - 1);
        String modifiers = surface.substring(0, surface.length() - head.text().length());
        String key = titleKeyFor(modifiers, paper.spans())
                .orElse(TermKey.of(modifiers + head.lemma()));
        paper.add(new Span(EntityType.METHOD, key, surface, null, null, sentenceIndex, from, to, RuleConfidence.UNNAMED_PROPOSAL));
        claims.claim(from, to);
    }

    /** "the neural network folding process": a claimed umbrella term ("neural network") may modify a new name. */
    private boolean inGenericRun(Sentence s, int k, int from, int to, TokenClaims claims) {
        int a = k;
        int b = k + 1;
        while (a > from && claims.isClaimed(a - 1)) {
            a--;
        }
        while (b < to && claims.isClaimed(b)) {
            b++;
        }
        // the umbrella term must modify the head: "a new class of continuous-depth neural networks" names no new thing
        return b < to && lexicon.isGeneric(s.span(a, b));
    }

    /** "a one-pass pruning scheme, Gradient-free Magnitude Pruning (GMP)": the name is the proposal. */
    static boolean namedInApposition(Sentence s, int to) {
        if (to + 1 >= s.size() || !s.token(to).text().equals(",")) {
            return false;
        }
        // ", termed as ``Meta-ZetaFormer''", ", called X", ", X"
        int k = to + 1;
        while (k < s.size() && (RoleAssigner.NAMING_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))
                || s.token(k).pos().equals("``"))) {
            k++;
        }
        return k < s.size() && Character.isUpperCase(s.token(k).text().charAt(0))
                && (s.token(k).pos().startsWith("NNP") || s.token(k).pos().startsWith("JJ"));
    }

    /**
     * "a novel offline algorithm to discover skills (ODIS)": a bracketed name further on in the same clause
     * names the proposal, so the descriptive phrase is not a second one.
     */
    private static boolean abbreviatedLater(Sentence s, int from, int to) {
        for (int k = to; k + 2 < s.size() && k < to + 10; k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (Set.of(",", ";", ".", "which", "that", ":").contains(w)) {
                return false;
            }
            if (w.equals("(") && s.token(k + 2).text().equals(")") && AcronymFinder.looksLikeAcronym(s.token(k + 1).text())) {
                // the acronym must spell words of the phrase itself, not of a later noun ("a teacher (X-IS)")
                int start = AcronymFinder.bestLongForm(s.token(k + 1).text(), s.span(from, k));
                return start >= 0 && s.token(from).begin() + start < s.token(to - 1).end();
            }
        }
        return false;
    }

    /**
     * "a sparsely gated deep recurrent method" restates the title's "Sparsely Gated Deep Recurrent Neural
     * Networks": a phrase whose modifiers open the title's name is that name.
     */
    private static java.util.Optional<String> titleKeyFor(String modifiers, List<Span> spans) {
        String words = modifiers.trim().toLowerCase(Locale.ROOT);
        if (words.split("\\s+").length < 2) {
            return java.util.Optional.empty();
        }
        return spans.stream()
                .filter(sp -> sp.sentence() == 0 && sp.type() == EntityType.METHOD && sp.canonical() == null
                        && sp.surface().toLowerCase(Locale.ROOT).startsWith(words + " "))
                .map(Span::key).findFirst();
    }

    /** "a simple yet effective merging operation": praise and its coordination are not part of the name. */
    private static int skipPraise(Sentence s, int from) {
        while (from < s.size()) {
            String w = s.token(from).text().toLowerCase(Locale.ROOT);
            boolean coordinatedAdjective = s.token(from).pos().startsWith("JJ") && from + 2 < s.size()
                    && Set.of("yet", "and", "but", ",").contains(s.token(from + 1).text().toLowerCase(Locale.ROOT))
                    && s.token(from + 2).pos().startsWith("JJ");
            if (coordinatedAdjective) {
                from += 2;
            } else if (SKIP.contains(w) || s.token(from).pos().equals("JJS")) {
                from++;
            } else {
                return from;
            }
        }
        return from;
    }

    /**
     * The token after "X, called", "X, referred to as", "X dubbed", when X is a method head noun: a name
     * given to the contribution; -1 otherwise.
     */
    private int nameAfterNamingCue(Sentence s, int cue) {
        String w = s.token(cue).text().toLowerCase(Locale.ROOT);
        int after;
        if (RoleAssigner.NAMING_PARTICIPLES.contains(w)) {
            after = cue + 1;
        } else if (w.equals("as") && cue > 1 && s.token(cue - 1).text().equalsIgnoreCase("to")
                && s.token(cue - 2).lemma().equalsIgnoreCase("refer")) {
            after = cue + 1;
            cue -= 2;
        } else {
            return -1;
        }
        int noun = cue - 1;
        if (noun >= 0 && s.token(noun).text().equals(",")) {
            noun--;
        }
        return noun >= 0 && s.token(noun).pos().startsWith("NN") && isMethodHead(s.token(noun)) ? after : -1;
    }

    /** A quoted name ("model-free mirror-descent pruning") or a lower-case noun phrase after a naming cue. */
    private void quotedOrPlainName(Sentence s, int sentenceIndex, int at, TokenClaims claims, PaperAnalysis paper) {
        if (at >= s.size()) {
            return;
        }
        boolean quoted = s.token(at).pos().equals("``");
        int from = quoted ? at + 1 : at;
        int to = from;
        while (to < s.size() && to - from < MAX_WORDS + 1 && isNounPhraseWord(s, to)) {
            to++;
        }
        if (quoted ? to >= s.size() || !s.token(to).pos().equals("''") : to - from < 2) {
            return;
        }
        // a capitalized name is the name finder's; "termed Mathematical Layout for CNNs (ZetaMAD)" has its name
        boolean capitalized = Character.isUpperCase(s.token(from).text().charAt(0));
        if (to > from && to - from <= MAX_WORDS && (quoted || !capitalized) && !abbreviatedLater(s, from, to)) {
            addUnlessKnown(s, sentenceIndex, from, to, claims, paper);
        }
    }

    /** Method heads, and agent nouns in -izer ("equalizer", "quantizer"): things that act on models. */
    private boolean isMethodHead(Token head) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        // "weight-pruning" is a kind of pruning
        String lastPart = lemma.substring(lemma.lastIndexOf('-') + 1);
        Token partHead = new Token(lastPart, head.pos(), lastPart, head.begin(), head.end());
        if (NOT_METHOD_HEADS.contains(lemma) || NOT_METHOD_HEADS.contains(lastPart)) {
            return false;
        }
        return heads.typeOf(head).or(() -> heads.typeOf(partHead)).filter(t -> t == EntityType.METHOD).isPresent()
                || lemma.length() > 6 && (lemma.endsWith("izer") || lemma.endsWith("iser"));
    }

    private static boolean isHeadWord(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("VBG");
    }

    /** Nouns, adjectives, participles, and an adverb before a participle ("weakly supervised"). */
    private static boolean isNounPhraseWord(Sentence s, int k) {
        Token t = s.token(k);
        if (!Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        if (t.pos().startsWith("RB")) {
            return k + 1 < s.size() && (s.token(k + 1).pos().equals("VBN") || s.token(k + 1).pos().startsWith("JJ"))
                    && t.text().endsWith("ly");
        }
        return t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBG") || t.pos().equals("VBN");
    }
}
