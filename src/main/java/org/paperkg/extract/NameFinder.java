package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names of artifacts that no lexicon knows, by their shape: inner capitals (ResNeXt, DeepMAD),
 * acronyms (DRACO), capitals with digits (GPT-4), plus adjacent title-case words (Swin Transformer).
 * "X dataset" and "on X" (after an evaluation cue) make X a dataset; other names are methods.
 */
final class NameFinder {
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");
    private static final Set<String> DATASET_CUES = Set.of("dataset", "benchmark", "corpus", "suite", "database");
    private static final Set<String> EVALUATION_CUES = Set.of("evaluate", "experiment", "test", "benchmark",
            "achieve", "result", "accuracy", "outperform", "dataset", "train", "fine-tune", "report", "score");

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void find(Sentence s, int sentenceIndex, TokenClaims claims, List<Span> out) {
        boolean evaluationContext = s.tokens().stream()
                .anyMatch(t -> EVALUATION_CUES.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.text().equals("%"));
        for (int i = 0; i < s.size(); i++) {
            if (claims.isClaimed(i) || !looksLikeName(s.token(i).text())) {
                continue;
            }
            int from = i;
            int to = i + 1;
            while (from > 0 && !claims.isClaimed(from - 1) && isTitleWord(s.token(from - 1), from - 1 == 0)
                    && adjacent(s, from - 1, from) && i - from < 2) {
                from--;
            }
            while (to < s.size() && !claims.isClaimed(to) && to - from < 4
                    && ((looksLikeName(s.token(to).text()) || isTitleWord(s.token(to), false)) && s.token(to).pos().startsWith("NNP")
                        || isVersionSuffix(s, to))) {
                to++;
            }
            String surface = s.span(from, to);
            if (lexicon.isGeneric(surface) || lexicon.isGeneric(s.token(i).text())) {
                claims.claim(from, to);
                i = to - 1;
                continue;
            }
            EntityType type = EntityType.METHOD;
            double confidence = 0.7;
            if (to < s.size() && DATASET_CUES.contains(s.token(to).lemma().toLowerCase(Locale.ROOT))) {
                type = EntityType.DATASET;
                confidence = 0.8;
            } else if (evaluationContext && from > 0 && isDatasetPreposition(s.token(from - 1))) {
                type = EntityType.DATASET;
                confidence = 0.55;
            }
            out.add(new Span(type, keyOf(surface), surface, null, null, sentenceIndex, from, to, confidence));
            claims.claim(from, to);
            i = to - 1;
        }
    }

    private static boolean isDatasetPreposition(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("on") || w.equals("across");
    }

    /** Keys drop an acronym's plural "s" (CNNs) so the plural and singular are one node. */
    static String keyOf(String surface) {
        String key = TermKey.of(surface);
        if (surface.length() > 2 && surface.endsWith("s") && Character.isUpperCase(surface.charAt(surface.length() - 2))) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    static boolean looksLikeName(String t) {
        if (t.length() < 2 || !Character.isLetter(t.charAt(0)) || ROMAN.matcher(t).matches()) {
            return false;
        }
        boolean innerUpper = false;
        boolean digit = false;
        int letters = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (k > 0 && Character.isUpperCase(c)) {
                innerUpper = true;
            }
            if (Character.isDigit(c)) {
                digit = true;
            }
        }
        if (letters < 2) {
            return false;
        }
        return innerUpper || (Character.isUpperCase(t.charAt(0)) && digit);
    }

    private static boolean isTitleWord(Token t, boolean sentenceStart) {
        String w = t.text();
        return !sentenceStart && w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && w.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && t.pos().startsWith("NNP");
    }

    /** "+", "++", "-v2" glued to the name. */
    private static boolean isVersionSuffix(Sentence s, int k) {
        String w = s.token(k).text();
        return adjacent(s, k - 1, k) && (w.equals("+") || w.equals("++") || w.matches("-?[vV]?\\d+(\\.\\d+)?"));
    }

    private static boolean adjacent(Sentence s, int a, int b) {
        return s.token(a).end() == s.token(b).begin() || s.token(a).end() + 1 == s.token(b).begin();
    }
}
