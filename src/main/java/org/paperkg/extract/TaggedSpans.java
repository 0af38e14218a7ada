package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tagger's own spans: maximal runs of tokens of one likeliest type that no rule span covers. Methods are
 * left to the rules (the tagger's evidence still weighs on them): in cross-validation its own method spans cost
 * more precision than they brought recall, and their roles were often wrong.
 */
final class TaggedSpans {
    /** Tags a span may not start or end with: "the", "of", "and", punctuation. */
    private static final Set<String> EDGE_TAGS = Set.of("DT", "IN", "CC", "TO", "PRP$", "POS", ",", ".", ":",
            "-LRB-", "-RRB-", "``", "''", "HYPH");

    private TaggedSpans() {
    }

    static List<Span> find(Sentence s, int index, MentionTagger.TokenProbabilities probs, boolean[] covered,
                           Lexicon lexicon) {
        List<Span> out = new ArrayList<>();
        int t = 0;
        while (t < s.size()) {
            EntityType type = covered[t] ? null : probs.best(t);
            if (type == null || type == EntityType.METHOD) {
                t++;
                continue;
            }
            int end = t + 1;
            while (end < s.size() && !covered[end] && probs.best(end) == type) { // same-type run
                end++;
            }
            int from = t;
            int to = end;
            while (from < to && isEdge(s.token(from))) {
                from++;
            }
            while (to > from && isEdge(s.token(to - 1))) {
                to--;
            }
            if (to > from) {
                String surface = s.span(from, to);
                if (hasLetter(surface) && !lexicon.isGeneric(surface)) {
                    Optional<LexiconEntry> known = lexicon.lookup(surface).filter(e -> e.type() == type);
                    String key = known.map(LexiconEntry::key).orElse(TermKey.ofSingular(surface));
                    out.add(new Span(type, key, surface, known.map(LexiconEntry::canonical).orElse(null), null, index,
                            from, to, probs.mean(type, from, to), Source.TAGGER));
                }
            }
            t = end;
        }
        return out;
    }

    private static boolean isEdge(Token t) {
        return EDGE_TAGS.contains(t.pos()) || !Character.isLetterOrDigit(t.text().charAt(0))
                && !Character.isLetterOrDigit(t.text().charAt(t.text().length() - 1));
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }
}
