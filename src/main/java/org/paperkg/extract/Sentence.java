package org.paperkg.extract;

import java.util.List;

/** A sentence of a title or abstract: its text, offsets in the whole text, and tokens. */
record Sentence(String text, int begin, int end, List<Token> tokens) {
    Sentence {
        tokens = List.copyOf(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The original text from token {@code from} to token {@code to} (exclusive). */
    String span(int from, int to) {
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
