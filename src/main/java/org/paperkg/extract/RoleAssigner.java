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
final class RoleAssigner {
    static final Set<String> PROPOSE_CUES = Set.of("propose", "introduce", "present", "develop", "design",
            "call", "name", "dub", "term", "coin", "devise", "formulate");
    private static final int PROPOSE_WINDOW = 20;

    Map<String, MethodRole> assign(List<Sentence> sentences, int titleSentences, String title, List<Span> spans) {
        Map<String, MethodRole> roles = new HashMap<>();
        int colon = title.indexOf(':');
        for (Span sp : spans) {
            if (sp.type() != EntityType.METHOD) {
                continue;
            }
            Sentence s = sentences.get(sp.sentence());
            boolean inTitle = sp.sentence() < titleSentences;
            MethodRole role;
            if (inTitle && colon > 0 && s.token(sp.from()).begin() < colon && s.token(sp.to() - 1).end() <= colon) {
                role = MethodRole.PROPOSED;
            } else if (inTitle && sp.canonical() == null) {
                role = MethodRole.PROPOSED;
            } else if (!inTitle && ResultFinder.afterCompareCue(s, sp)) {
                // "We propose X, which is 3x faster than Y": Y is the baseline, whatever the verb before it
                role = MethodRole.COMPARED;
            } else if (!inTitle && sp.canonical() == null && (isProposed(s, sp) || isOurs(s, sp))) {
                role = MethodRole.PROPOSED;
            } else {
                role = MethodRole.USED;
            }
            roles.merge(sp.key(), role, RoleAssigner::stronger);
        }
        return roles;
    }

    /** Proposed beats compared beats used: one strong statement settles the role. */
    static MethodRole stronger(MethodRole a, MethodRole b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static boolean isProposed(Sentence s, Span sp) {
        for (int i = Math.max(0, sp.from() - PROPOSE_WINDOW); i < sp.from(); i++) {
            String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
            if (PROPOSE_CUES.contains(lemma) && subjectIsAuthors(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** "we propose", "this paper presents", "our work introduces": the authors, not prior work. */
    private static boolean subjectIsAuthors(Sentence s, int verb) {
        for (int i = Math.max(0, verb - 6); i < verb; i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("we") || w.equals("our") || w.equals("this") || w.equals("here")) {
                return true;
            }
        }
        String w = s.token(verb).text().toLowerCase(Locale.ROOT);
        return w.equals("called") || w.equals("named") || w.equals("dubbed") || w.equals("termed");
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
