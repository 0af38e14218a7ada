package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Sentences with hand-given part-of-speech tags, for tests of single stages without CoreNLP. */
final class HandTagged {
    private HandTagged() {
    }

    /** A sentence of {word, tag} pairs separated by single spaces; each lemma is the lower-cased word. */
    static Sentence sentence(String[][] words) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String[] w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(w[0], w[1], w[0].toLowerCase(), text.length(), text.length() + w[0].length()));
            text.append(w[0]);
        }
        return new Sentence(text.toString(), 0, text.length(), tokens);
    }
}
