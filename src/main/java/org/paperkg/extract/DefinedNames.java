package org.paperkg.extract;

import org.paperkg.model.TermKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Later uses of what the paper defined. A name it defined, an acronym ("DRACO ... DRACO improves") or the
 * title's name ("Single-Path NAS"), is the same entity wherever it recurs, matched before the lexicon so that
 * the lexicon cannot cut it shorter; an acronym it defined as no entity ("low-resolution (LR)") claims its
 * tokens wherever it recurs, so that no later rule takes it for a name.
 */
final class DefinedNames implements SentenceStage {
    /** Uses of a defined name are matched up to this many tokens long. */
    private static final int MAX_TOKENS = 4;

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TITLE_NAME, Layer.ACRONYMS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DEFINED_NAME_USES);
    }

    @Override
    public Source source() {
        return Source.DEFINED;
    }

    /** Indexes the names defined so far, by their surface and by an acronym's long form. */
    @Override
    public void start(PaperAnalysis paper) {
        Map<String, Span> defined = new HashMap<>();
        paper.spans().forEach(sp -> defined.putIfAbsent(TermKey.of(sp.surface()), sp));
        paper.spans().stream().filter(sp -> sp.longForm() != null)
                .forEach(sp -> defined.putIfAbsent(TermKey.of(sp.longForm()), sp));
        paper.setDefinedNames(defined);
    }

    @Override
    public void annotate(PaperAnalysis paper, int index) {
        useDefinedNames(paper, index);
        claimOtherMeanings(paper.sentence(index), paper.claims(index), paper.otherMeanings());
    }

    private static void useDefinedNames(PaperAnalysis paper, int index) {
        Sentence s = paper.sentence(index);
        TokenClaims claims = paper.claims(index);
        Map<String, Span> defined = paper.definedNames();
        for (int t = 0; t < s.size(); t++) {
            for (int len = Math.min(MAX_TOKENS, s.size() - t); len >= 1; len--) {
                if (claims.anyClaimed(t, t + len)) {
                    continue;
                }
                if (!isWord(s.token(t)) || !isWord(s.token(t + len - 1)) || s.token(t).pos().equals("DT")) {
                    continue; // ", PDP", "TDNN.", "a GNN" (not AGNN)
                }
                String surface = s.span(t, t + len);
                Span def = defined.get(TermKey.of(surface));
                if (def == null && surface.endsWith("s")) {
                    def = defined.get(TermKey.of(surface.substring(0, surface.length() - 1)));
                }
                if (def != null) {
                    paper.add(new Span(def.type(), def.key(), surface, def.canonical(), null, index, t, t + len,
                            def.confidence()));
                    claims.claim(t, t + len);
                    t += len - 1;
                    break;
                }
            }
        }
    }

    private static void claimOtherMeanings(Sentence s, TokenClaims claims, Set<String> otherMeanings) {
        for (int t = 0; t < s.size(); t++) {
            String w = s.token(t).text();
            if (otherMeanings.contains(w) || w.endsWith("s") && otherMeanings.contains(w.substring(0, w.length() - 1))) {
                claims.claim(t, t + 1);
            }
        }
    }

    private static boolean isWord(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }
}
