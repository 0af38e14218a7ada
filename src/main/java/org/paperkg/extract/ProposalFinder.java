package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names an unnamed contribution: "we propose a novel divide-and-conquer heuristic" gives the method
 * "divide-and-conquer heuristic" when no name follows the verb and the phrase ends in a method head noun.
 */
final class ProposalFinder {
    private static final Set<String> SKIP = Set.of("a", "an", "the", "proposed", "novel", "new", "simple", "general",
            "generic", "unified", "effective", "efficient", "lightweight", "principled", "first", "two", "three",
            "several", "set", "family", "class", "kind", "type", "variant", "of", "series");
    private static final int MAX_WORDS = 4;
    /** Heads of things papers propose that are not methods. */
    private static final Set<String> NOT_METHOD_HEADS = Set.of("dataset", "benchmark", "corpus", "suite", "task",
            "problem", "question", "analysis", "study", "survey", "evaluation", "insight", "perspective", "way",
            "set", "number", "view", "theory", "bound", "result", "finding", "hypothesis", "metric", "measure",
            "understanding", "explanation", "definition", "notion", "concept", "idea", "solution", "improvement",
            "extension", "alternative", "version", "variant", "formulation", "paradigm", "principle", "objective",
            "challenge", "issue", "setting", "scenario", "case", "application", "use", "tool", "library", "work",
            "paper", "review", "overview", "comparison", "investigation", "experiment", "demonstration");

    private final HeadNouns heads;
    private final Lexicon lexicon;

    ProposalFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    void find(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
        for (int v = 0; v < s.size(); v++) {
            Token verb = s.token(v);
            boolean proposeVerb = verb.pos().startsWith("VB")
                    && RoleAssigner.PROPOSE_CUES.contains(verb.lemma().toLowerCase(Locale.ROOT)) && authorsBefore(s, v);
            // "our neural harmonizer", "our proposed pruning scheme"
            boolean ours = verb.text().equalsIgnoreCase("our");
            if (!proposeVerb && !ours) {
                continue;
            }
            int from = v + 1;
            while (from < s.size() && SKIP.contains(s.token(from).text().toLowerCase(Locale.ROOT))) {
                from++;
            }
            int to = from;
            while (to < s.size() && to - from < MAX_WORDS + 1 && isNounPhraseWord(s.token(to))) {
                to++;
            }
            if (to == from || to - from > MAX_WORDS || claims.anyClaimed(from, to)) {
                continue;
            }
            Token head = s.token(to - 1);
            boolean methodHead = heads.typeOf(head).filter(t -> t == EntityType.METHOD).isPresent();
            // Only a method head ("heuristic", "pruning", "network") says the phrase names a method: after
            // "we propose" many phrases are studies, examples or explorations.
            boolean contribution = methodHead && !NOT_METHOD_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT));
            if (!contribution) {
                continue;
            }
            if (to - from == 1 && Set.of("method", "approach", "framework", "model", "technique", "algorithm",
                    "scheme", "strategy", "architecture", "network", "system", "mechanism", "module")
                    .contains(head.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String surface = s.span(from, to);
            if (lexicon.isGeneric(surface)) {
                continue;
            }
            String key = TermKey.of(surface.substring(0, surface.length() - head.text().length()) + head.lemma());
            out.add(new Span(EntityType.METHOD, key, surface, null, null, sentenceIndex, from, to, 0.55));
            claims.claim(from, to);
        }
    }

    private static boolean authorsBefore(Sentence s, int verb) {
        for (int i = Math.max(0, verb - 5); i < verb; i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("we") || w.equals("this") || w.equals("our")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNounPhraseWord(Token t) {
        return (t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBG"))
                && Character.isLetter(t.text().charAt(0));
    }
}
