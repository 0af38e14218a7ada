package org.paperkg.extract;

import org.paperkg.model.TermKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the longest lexicon entries in a sentence, and marks umbrella phrases so that no rule names them. */
final class LexiconMatcher implements SentenceStage {
    private static final int MAX_TOKENS = 8;
    /** "CIFAR10/100", "ResNet-18/50": one stem, several numbered variants. */
    private static final Pattern SLASHED_VARIANTS = Pattern.compile("^([A-Za-z][A-Za-z\\-]*?)-?(\\d+)((?:/\\d+)+)$");

    private final Lexicon lexicon;

    LexiconMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.DEFINED_NAME_USES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LEXICON_ENTRIES);
    }

    @Override
    public Source source() {
        return Source.LEXICON;
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
        int n = s.size();
        for (int i = 0; i < n; ) {
            int matched = 0;
            for (int len = Math.min(MAX_TOKENS, n - i); len >= 1 && matched == 0; len--) {
                if (claims.anyClaimed(i, i + len) || !edgesAreWords(s, i, i + len)) {
                    continue;
                }
                String surface = s.span(i, i + len);
                if (lexicon.isGeneric(surface)) {
                    claims.claim(i, i + len);
                    matched = len;
                    break;
                }
                Optional<LexiconEntry> e = lexicon.lookup(surface);
                if (e.isPresent()) {
                    LexiconEntry entry = e.get();
                    int from = specificFrom(s, i, claims, entry);
                    List<String> editions = editions(s, i + len, claims, entry);
                    if (!editions.isEmpty()) {
                        for (String edition : editions) {
                            String name = surface + " " + edition;
                            paper.add(new Span(entry.type(), TermKey.of(name), name, null, null,
                                    sentenceIndex, i, i + len + 1, RuleConfidence.KNOWN_VARIANT));
                        }
                        claims.claim(i, i + len + 1);
                    } else if (namedSubset(s, i + len, claims, entry)) {
                        // "the ImageNet VID benchmark": a part of a known dataset with a name of its own
                        String subset = s.span(i, i + len + 1);
                        paper.add(new Span(entry.type(), TermKey.of(subset), subset, null, null,
                                sentenceIndex, i, i + len + 1, RuleConfidence.CALLED_A_DATASET));
                        claims.claim(i, i + len + 1);
                    } else if (from < i) {
                        String specific = s.span(from, i + len);
                        paper.add(new Span(entry.type(), TermKey.of(specific), specific, null, null,
                                sentenceIndex, from, i + len, RuleConfidence.SPECIFIC_TECHNIQUE));
                        claims.claim(from, i + len);
                    } else {
                        paper.add(new Span(entry.type(), entry.key(), surface, entry.canonical(), null,
                                sentenceIndex, i, i + len, RuleConfidence.KNOWN_NAME));
                        claims.claim(i, i + len);
                    }
                    matched = len;
                }
            }
            if (matched == 0) {
                matchSlashedVariants(s, sentenceIndex, i, claims, paper);
            }
            i += Math.max(matched, 1);
        }
    }

    /**
     * "one-shot pruning", "block pruning", "evolutionary NAS": a technique term (lower-case canonical name)
     * right after modifiers names a more specific technique, which becomes the entity. Named models
     * ("ResNet") are never extended.
     */
    private int specificFrom(Sentence s, int i, TokenClaims claims, LexiconEntry entry) {
        if (entry.type() != org.paperkg.model.EntityType.METHOD || !isTechnique(entry.canonical())) {
            return i;
        }
        int from = i;
        while (from > 0 && i - from < 2 && !claims.isClaimed(from - 1) && PhraseFinder.isModifier(s.token(from - 1))
                && !s.token(from - 1).pos().equals("VBG") && !s.token(from - 1).pos().startsWith("NNP")
                && !lexicon.isGeneric(s.token(from - 1).text())) {
            from--;
        }
        if (from < i && lexicon.isGeneric(s.span(from, i))) {
            return i;
        }
        return from;
    }

    /** "VQA v2", "Something-Something V1": a version of a dataset. */
    private static final Pattern VERSION = Pattern.compile("[vV]\\d{1,2}(?:\\.\\d)?");

    /**
     * "DAVIS 2017", "KITTI 2015", "DAVIS 2016/2017", "Something-Something V1": the edition years or versions
     * written right after a known dataset, each naming an edition of its own (a family member of the dataset);
     * empty when none follows.
     */
    private static List<String> editions(Sentence s, int after, TokenClaims claims, LexiconEntry entry) {
        if (entry.type() != org.paperkg.model.EntityType.DATASET || after >= s.size() || claims.isClaimed(after)
                || !NameFinder.adjacent(s, after - 1, after)) {
            return List.of();
        }
        List<String> editions = List.of(s.token(after).text().split("/"));
        return editions.stream().allMatch(y -> NameFinder.EDITION_YEAR.matcher(y).matches() || VERSION.matcher(y).matches())
                ? editions : List.of();
    }

    /** A known dataset, then one capitalised word, then "dataset" or "benchmark": one longer name. */
    private static boolean namedSubset(Sentence s, int after, TokenClaims claims, LexiconEntry entry) {
        if (entry.type() != org.paperkg.model.EntityType.DATASET || after + 1 >= s.size() || claims.isClaimed(after)) {
            return false;
        }
        String next = s.token(after).text();
        String cue = s.token(after + 1).lemma().toLowerCase(java.util.Locale.ROOT);
        return next.length() > 1 && Character.isUpperCase(next.charAt(0)) && next.chars().allMatch(Character::isLetterOrDigit)
                && (cue.equals("dataset") || cue.equals("benchmark"));
    }

    /** Lower-case names of procedures ("pruning", "quantization", "architecture search"), not model families. */
    private static boolean isTechnique(String canonical) {
        if (!canonical.equals(canonical.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String last = canonical.substring(canonical.lastIndexOf(' ') + 1);
        return last.endsWith("ing") || last.endsWith("tion") || last.endsWith("sion") || last.equals("search");
    }

    private void matchSlashedVariants(Sentence s, int sentenceIndex, int i, TokenClaims claims, PaperAnalysis paper) {
        Matcher m = SLASHED_VARIANTS.matcher(s.token(i).text());
        if (!m.matches() || claims.anyClaimed(i, i + 1)) {
            return;
        }
        String stem = m.group(1);
        String[] numbers = (m.group(2) + m.group(3)).split("/");
        for (String number : numbers) {
            Optional<LexiconEntry> e = lexicon.lookup(stem + "-" + number);
            if (e.isPresent()) {
                LexiconEntry entry = e.get();
                paper.add(new Span(entry.type(), entry.key(), stem + number, entry.canonical(), null,
                        sentenceIndex, i, i + 1, RuleConfidence.KNOWN_VARIANT));
                claims.claim(i, i + 1);
            }
        }
    }

    /**
     * A span must not start or end on punctuation, or "ImageNet ," would match "ImageNet"; nor hold LaTeX
     * debris ("\\mathbb{R}^k" would match "R@k" once punctuation is ignored).
     */
    private static boolean edgesAreWords(Sentence s, int from, int to) {
        return hasLetterOrDigit(s.token(from).text()) && hasLetterOrDigit(s.token(to - 1).text())
                && !isMarkup(s.span(from, to));
    }

    /** LaTeX or markup characters, which no name contains (a trailing "^+" as in "ZetaNet^+" aside). */
    static boolean isMarkup(String text) {
        String stripped = InlineMath.withoutMath(text); // "$k$-means" is a word, "$ k $" is markup
        String t = stripped.endsWith("^+") ? stripped.substring(0, stripped.length() - 2) : stripped;
        for (int i = 0; i < t.length(); i++) {
            if ("{}\\$^_<>|".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
