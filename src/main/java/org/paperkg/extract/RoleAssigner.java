package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, per method, whether the paper proposes it, compares against it, or uses it: a name before the
 * title's colon or coined in the title, the object of "we propose/introduce", "our X" -> proposed; the
 * object of "outperforms", "than", "compared with" -> compared; anything else -> used.
 */
final class RoleAssigner implements ExtractionStage {
    static final Set<String> PROPOSE_CUES = CueWords.set("propose-verbs");
    /** Participles that name what follows them: "a model called X". */
    static final Set<String> NAMING_PARTICIPLES = CueWords.set("naming-participles");
    /** The naming participles and the "as" of "referred to as X", "termed as X". */
    static final Set<String> NAMING_WORDS = java.util.stream.Stream.concat(NAMING_PARTICIPLES.stream(),
            java.util.stream.Stream.of("as")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words before a quoted term that make it the authors' coinage: "a novel ``anchor slot'' design". */
    static final Set<String> COINAGE_WORDS = CueWords.set("coinage-words");
    /** "the concept of X", "a family of models": an "of" after these still introduces the proposed thing. */
    private static final Set<String> CONTAINER_NOUNS = CueWords.set("container-nouns");
    /** Words that attach the parts of a proposal to it: "with", "through" ("consisting of": see PARTS_VERBS). */
    static final Set<String> PART_LINKS = CueWords.set("part-links");
    /** What authors present that is not a method: "we present experiments with A" uses A. */
    private static final Set<String> REPORT_NOUNS = CueWords.set("report-nouns");
    private static final Set<String> PARTS_VERBS = CueWords.set("parts-verbs");
    private static final Set<String> CLAUSE_BOUNDARIES = CueWords.set("clause-boundaries");
    private static final int PROPOSE_WINDOW = 20;

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RULE_SPANS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.METHOD_ROLES);
    }

    @Override
    public void annotate(PaperAnalysis paper) {
        paper.setMethodRoles(assign(paper.sentences(), paper.titleSentences(), paper.title(), paper.spans()));
    }

    private Map<String, MethodRole> assign(List<Sentence> sentences, int titleSentences, String title, List<Span> spans) {
        Map<String, MethodRole> roles = new HashMap<>();
        Map<String, Integer> firstSentence = new HashMap<>();
        for (Span sp : spans) {
            firstSentence.merge(sp.key(), sp.sentence(), Math::min);
        }
        java.util.Set<String> background = backgroundKeys(sentences, titleSentences, spans);
        int colon = title.indexOf(':');
        for (Span sp : spans) {
            if (sp.type() != EntityType.METHOD) {
                continue;
            }
            Sentence s = sentences.get(sp.sentence());
            boolean inTitle = sp.sentence() < titleSentences;
            // "the proposed GNN architecture" after "GNNs have received attention": a known name as a modifier
            boolean knownModifier = firstSentence.get(sp.key()) < sp.sentence() && isModifier(s, sp);
            MethodRole role;
            if (inTitle && colon > 0 && sp.from() == 0 && s.token(sp.to() - 1).end() <= colon) {
                role = MethodRole.PROPOSED;
            } else if (inTitle && sp.canonical() == null && !background.contains(sp.key()) && !titleModifier(s, sp)) {
                // a new name in the title, unless the abstract first introduces it as prior work
                role = MethodRole.PROPOSED;
            } else if (!inTitle && ResultFinder.afterCompareCue(s, sp) && !afterRelativeAdjective(s, sp)) {
                // "We propose X, which is 3x faster than Y": Y is the baseline, whatever the verb before it
                role = MethodRole.COMPARED;
            } else if (!inTitle && sp.canonical() == null && !knownModifier && (isProposed(s, sp) || isOurs(s, sp) || coinedInQuotes(s, sp)
                    || opensContributionItem(s, sp))) {
                role = MethodRole.PROPOSED;
            } else {
                role = MethodRole.USED;
            }
            roles.merge(sp.key(), role, RoleAssigner::stronger);
        }
        proposeNamedVariants(spans, roles);
        return roles;
    }

    /** "ZetaNet-IVF", "ZetaNet-Base", "ZetaNet^+": a name built on a proposed name is a variant the paper proposes. */
    private static void proposeNamedVariants(List<Span> spans, Map<String, MethodRole> roles) {
        List<String> proposedNames = spans.stream()
                .filter(sp -> sp.type() == EntityType.METHOD && roles.get(sp.key()) == MethodRole.PROPOSED)
                .map(Span::surface).filter(n -> n.length() >= 3 && !n.contains(" ")).distinct().toList();
        for (Span sp : spans) {
            if (sp.type() != EntityType.METHOD || sp.canonical() != null) {
                continue;
            }
            String name = sp.surface();
            for (String proposed : proposedNames) {
                if (name.length() > proposed.length() + 1 && name.startsWith(proposed)
                        && "-+^".indexOf(name.charAt(proposed.length())) >= 0
                        && NameFinder.looksLikeName(proposed)) {
                    roles.put(sp.key(), MethodRole.PROPOSED);
                }
            }
        }
    }

    /**
     * Names the abstract mentions before the authors first speak ("Recently, reward-conditioned RL (RCRL) has
     * gained popularity. ... we propose"): the background of the paper, not its contribution.
     */
    private static java.util.Set<String> backgroundKeys(List<Sentence> sentences, int titleSentences, List<Span> spans) {
        int firstOwn = titleSentences;
        while (firstOwn < sentences.size() && !mentionsAuthors(sentences.get(firstOwn))) {
            firstOwn++;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Span sp : spans) {
            if (sp.sentence() >= titleSentences && (sp.sentence() < firstOwn || isStudied(sentences.get(sp.sentence()), sp))) {
                keys.add(sp.key());
            }
        }
        return keys;
    }

    /** "This paper focuses on federated learning (FL)", "we target open-set learning (OSL)": the problem studied. */
    private static boolean isStudied(Sentence s, Span sp) {
        for (int i = sp.from() - 1; i >= Math.max(0, sp.from() - PROPOSE_WINDOW); i--) {
            Token t = s.token(i);
            if (t.pos().startsWith("VB") && PROBLEM_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && isAuthorsVerb(s, i)) {
                int verb = i + 1 < s.size() && s.token(i + 1).pos().equals("IN") ? i + 1 : i;
                return objectOf(s, verb, sp);
            }
        }
        return false;
    }

    private static final Set<String> PROBLEM_VERBS = CueWords.set("problem-verbs");

    private static boolean mentionsAuthors(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("we") || w.equals("our") || w.equals("here")
                    || w.equals("this") && i + 1 < s.size() && AUTHOR_WORKS.contains(s.token(i + 1).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUTHOR_WORKS = CueWords.set("author-works");
    private static final Set<String> OWN_METHOD_NOUNS = CueWords.set("own-method-nouns");

    /**
     * "a prompt for the relative caption (SPRC)": "relative" compares only in "relative to"; as an adjective
     * it is part of a description.
     */
    private static boolean afterRelativeAdjective(Sentence s, Span sp) {
        for (int i = sp.from() - 1; i >= Math.max(0, sp.from() - 6); i--) {
            if (s.token(i).text().equalsIgnoreCase("relative")) {
                return i + 1 < s.size() && !s.token(i + 1).text().equalsIgnoreCase("to");
            }
        }
        return false;
    }

    /** Proposed beats compared beats used: one strong statement settles the role. */
    static MethodRole stronger(MethodRole a, MethodRole b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static boolean isProposed(Sentence s, Span sp) {
        for (int i = sp.from() - 1; i >= Math.max(0, sp.from() - PROPOSE_WINDOW); i--) {
            String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
            if (PROPOSE_CUES.contains(lemma) && isAuthorsVerb(s, i) && objectOf(s, i, sp) && !describesAName(s, sp)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code sp} belongs to the object of the verb at {@code verb}: only the object's own words
     * (determiners, modifiers, commas, an apposition, a conjunction) stand between. "We propose X for Y",
     * "we introduce X, which uses Y", "a new estimator based on Y": Y is not what the authors propose.
     */
    static boolean objectOf(Sentence s, int verb, Span sp) {
        int k = sp.from() - 1;
        if (sp.longForm() != null && k > verb && s.token(k).text().equals("(")) {
            // skip the defined long form: "Dual Box-Constrained Projected Gradient (DBCPG)"
            int longFormBegin = s.token(k).begin() - sp.longForm().length() - 1;
            k--;
            while (k > verb && s.token(k).begin() >= longFormBegin) {
                k--;
            }
        }
        if (sp.longForm() == null && k > verb + 1 && s.token(k).text().equals("(")) {
            // "an Iterative Warm-up and Rescaling method for GNNs (IWR-GNN)": skip the phrase it abbreviates
            k = longFormStart(s, verb + 1, k, sp.surface()) - 1;
        }
        for (; k > verb; k--) {
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            String pos = t.pos();
            if (NAMING_WORDS.contains(w) && !w.equals("as") || w.equals("as") && k > 0
                    && (s.token(k - 1).lemma().equalsIgnoreCase("to")
                    || NAMING_WORDS.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT)))) {
                // "..., called X", "referred to as X", "termed as X": the name is what is proposed
                return true;
            }
            if (w.equals("of") && k > 0 && PARTS_VERBS.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (w.equals("of") && k > 0 && CONTAINER_NOUNS.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (PART_LINKS.contains(w)) {
                // "X, consisting of A and B", "X with A": the parts of the proposal are proposed too; but
                // "we present experiments with A" proposes no A
                if (k > 0 && REPORT_NOUNS.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                continue;
            }
            boolean objectWord = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT")
                    || pos.equals("PRP$") || pos.equals("CD") || pos.equals("CC") || pos.startsWith("RB")
                    || pos.equals("VBG") || pos.equals("VBN") || pos.equals("HYPH") || pos.equals("POS")
                    || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("``") || pos.equals("''")
                    || w.equals(",") || w.equals(":");
            if (!objectWord) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the words between {@code from} and the bracket {@code paren} that spell {@code acronym}. */
    private static int longFormStart(Sentence s, int from, int paren, String acronym) {
        String words = s.span(from, paren);
        int charStart = AcronymFinder.bestLongForm(acronym, words);
        if (charStart < 0) {
            // "OB2I" spells "Optimistic Bootstrapping and Backward Induction" with its digit left out
            charStart = AcronymFinder.bestLongForm(acronym.replaceAll("\\d", ""), words);
        }
        if (charStart < 0) {
            return paren;
        }
        int absolute = s.token(from).begin() + charStart;
        int k = from;
        while (k < paren && s.token(k).end() <= absolute) {
            k++;
        }
        return k;
    }

    /**
     * "we propose", "this paper presents", "our work introduces": the authors, not prior work. A participle
     * after an adverb or adjective ("recently developed toolkits") describes, it does not propose.
     */
    static boolean isAuthorsVerb(Sentence s, int verb) {
        Token v = s.token(verb);
        String w = v.text().toLowerCase(Locale.ROOT);
        if (NAMING_WORDS.contains(w)) {
            return true;
        }
        if (v.pos().equals("VBN")) {
            // "we have developed", "is introduced" are verbs; "recently developed", "of proposed" describe
            int before = verb - 1;
            while (before >= 0 && s.token(before).pos().startsWith("RB")) {
                before--;
            }
            String aux = before < 0 ? "" : s.token(before).lemma().toLowerCase(Locale.ROOT);
            if (!aux.equals("have") && !aux.equals("be")) {
                return false;
            }
        }
        // the subject may stand before a coordinated verb: "we propose to combine two techniques and present X"
        for (int i = verb - 1; i >= Math.max(0, verb - 10); i--) {
            String x = s.token(i).text().toLowerCase(Locale.ROOT);
            // "this enables us to develop X"
            if (x.equals("we") || x.equals("our") || x.equals("us") || x.equals("here") || x.equals("this") && namesOwnWork(s, i + 1)) {
                return true;
            }
            if (CLAUSE_BOUNDARIES.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** "this paper", "this framework": not "to this end, some methods introduce". */
    private static boolean namesOwnWork(Sentence s, int k) {
        return k < s.size() && (AUTHOR_WORKS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))
                || OWN_METHOD_NOUNS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)));
    }

    /** "a one-pass pruning scheme, Gradient-free Magnitude Pruning (GMP)": the name is what is proposed. */
    private static boolean describesAName(Sentence s, Span sp) {
        if (NameFinder.looksLikeName(sp.surface())) {
            return false;
        }
        int k = sp.to();
        while (k < s.size() && s.token(k).pos().startsWith("NN") && Character.isLowerCase(s.token(k).text().charAt(0))) {
            k++;
        }
        return ProposalFinder.namedInApposition(s, k);
    }

    /** "Joint HDR Denoising", "BEV-Guided Fusion": a title name that qualifies the noun after it. */
    private static boolean titleModifier(Sentence s, Span sp) {
        return sp.to() < s.size() && (s.token(sp.to()).pos().startsWith("NN") || s.token(sp.to()).text().startsWith("-"));
    }

    /** "GNN architecture", "KLOVA design framework": the name modifies a following noun. */
    private static boolean isModifier(Sentence s, Span sp) {
        return sp.to() < s.size() && s.token(sp.to()).pos().startsWith("NN")
                && Character.isLowerCase(s.token(sp.to()).text().charAt(0));
    }

    /**
     * "It offers two key innovations: (i) ...; (ii) Box Projected Gradient (BPG) and its variant (BPG-2) ...": a
     * new name opening an item of a list of the paper's contributions is one of them.
     */
    private static boolean opensContributionItem(Sentence s, Span sp) {
        int colon = -1;
        for (int i = 0; i < sp.from(); i++) {
            if (s.token(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0 || !announcesContributions(s, colon)) {
            return false;
        }
        // the item's marker "(ii)", "2)" or "ii." closest before the name, with nothing in between but its words
        for (int k = sp.from() - 1; k > colon; k--) {
            if (s.token(k).text().equals(";") || s.token(k).pos().startsWith("VB") && !s.token(k).pos().equals("VBN")
                    && !s.token(k).pos().equals("VBG")) {
                return false;
            }
            if (isItemMarker(s, k)) {
                return objectOf(s, k, sp);
            }
        }
        return false;
    }

    /** ")" closing "(i)", "(2)", "2)" or "b)". */
    private static boolean isItemMarker(Sentence s, int k) {
        if (!s.token(k).text().equals(")") || k < 1) {
            return false;
        }
        String label = s.token(k - 1).text().toLowerCase(Locale.ROOT);
        return label.matches("[ivx]{1,4}|\\d|[a-e]") && (s.token(k - 1).pos().equals("LS") || s.token(k - 1).pos().equals("CD")
                || k >= 2 && s.token(k - 2).text().equals("("));
    }

    /** "our contributions are:", "It offers two key innovations:", "we propose three components:" */
    private static boolean announcesContributions(Sentence s, int colon) {
        boolean contributionWord = false;
        boolean ownWork = false;
        for (int i = 0; i < colon; i++) {
            String w = s.token(i).lemma().toLowerCase(Locale.ROOT);
            contributionWord |= CONTRIBUTION_NOUNS.contains(w) || PROPOSE_CUES.contains(w) && isAuthorsVerb(s, i);
            ownWork |= Set.of("we", "our", "it", "this").contains(s.token(i).text().toLowerCase(Locale.ROOT));
        }
        return contributionWord && ownWork;
    }

    private static final Set<String> CONTRIBUTION_NOUNS = CueWords.set("contribution-nouns");

    /** "a brand-new "anchor slot" design": a quoted term the authors call new is their coinage. */
    private static boolean coinedInQuotes(Sentence s, Span sp) {
        int quote = sp.from() - 1;
        if (quote < 1 || !s.token(quote).pos().equals("``")) {
            return false;
        }
        for (int k = quote - 1; k >= Math.max(0, quote - 2); k--) {
            if (COINAGE_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "our X", "the proposed X", "our fastest model, X", "a new estimator, X": only modifiers and a comma between. */
    private static boolean isOurs(Sentence s, Span sp) {
        for (int i = sp.from() - 1; i >= Math.max(0, sp.from() - 5); i--) {
            Token t = s.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("our") || w.equals("proposed")) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || w.equals(","))) {
                return false;
            }
        }
        return false;
    }
}
