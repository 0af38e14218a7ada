package org.paperkg.extract;

/** One CoreNLP token with its character offsets in the analysed text (end exclusive). */
record Token(String text, String pos, String lemma, int begin, int end) {
    boolean isNoun() {
        return pos.startsWith("NN");
    }

    boolean isAdjective() {
        return pos.startsWith("JJ");
    }
}
