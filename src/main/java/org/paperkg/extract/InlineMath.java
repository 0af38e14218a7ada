package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written with inline LaTeX math, as arXiv abstracts often do: "$k$-means", "$k$NN-MT",
 * "PixArt-$\alpha$", "Mu$^2$SLAM", "GPT-$4$". CoreNLP cuts them at every "$", "^" and "\", so the tokens of
 * one such word (written without spaces) are joined again into one token whose text is the word as written;
 * its key drops the markup ("pixartalpha"), as annotators' names do.
 */
final class InlineMath {
    /** The longest math part read as part of a word: longer ones are formulas, not names. */
    private static final int MAX_MATH = 30;
    /** A math part of a word: "$\alpha$", "$^2$", no spaces inside. */
    private static final String MATH_PART = "\\$[^$\\s]{1," + MAX_MATH + "}\\$";
    private static final String PIECE = "(?:[A-Za-z0-9]+|" + MATH_PART + ")";
    /** Letters, digits and math parts without spaces, in parts joined by hyphens or slashes. */
    private static final Pattern WORD = Pattern.compile("(?<![\\w$\\\\])" + PIECE + "+(?:[-/]" + PIECE + "+)*(?![\\w$])");
    private static final Pattern MATH = Pattern.compile(MATH_PART);

    private InlineMath() {
    }

    /** The text without the math parts of its words: "$k$NN-MT" reads "NN-MT" to the rules on a name's shape. */
    static String withoutMath(String text) {
        return text.indexOf('$') < 0 ? text : MATH.matcher(text).replaceAll("");
    }

    /** The tokens of one sentence, each word written with inline math as one token. */
    static List<Token> glue(List<Token> tokens, String text) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        int from = tokens.get(0).begin();
        String span = text.substring(from, tokens.get(tokens.size() - 1).end());
        if (span.indexOf('$') < 0) {
            return tokens;
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(span);
        while (m.find()) {
            // a word needs letters outside its math: "$k$" alone or "$5.3$" is a variable or a number
            if (m.group().indexOf('$') >= 0 && withoutMath(m.group()).chars().anyMatch(Character::isLetter)) {
                words.add(new int[]{from + m.start(), from + m.end()});
            }
        }
        if (words.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        int w = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (w < words.size() && words.get(w)[1] <= t.begin()) {
                w++;
            }
            int j = i;
            if (w < words.size() && t.begin() == words.get(w)[0]) {
                while (j + 1 < tokens.size() && tokens.get(j + 1).end() <= words.get(w)[1]) {
                    j++;
                }
            }
            if (j == i || tokens.get(j).end() != words.get(w)[1]) {
                out.add(t);
                continue;
            }
            out.add(joined(tokens.subList(i, j + 1), text));
            i = j;
        }
        return out;
    }

    /** One token of the word: a name with a capital outside the math is a proper noun, else the last word's tag. */
    private static Token joined(List<Token> parts, String text) {
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        String word = text.substring(first.begin(), last.end());
        boolean capital = withoutMath(word).chars().anyMatch(Character::isUpperCase);
        boolean endsInWord = Character.isLetter(last.text().charAt(0));
        String pos = capital ? "NNP" : endsInWord && last.isNoun() ? last.pos() : "NN";
        String lemma = endsInWord ? text.substring(first.begin(), last.begin()) + last.lemma() : word;
        return new Token(word, pos, lemma, first.begin(), last.end());
    }
}
