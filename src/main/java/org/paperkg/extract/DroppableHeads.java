package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Heads a method's name can do without, as annotators and readers name it: "the token clustering approach" is
 * "token clustering", "the TDNN-NAS algorithm" is "TDNN-NAS" (the heads are data: {@code droppable-method-heads}
 * in cues-proposals.txt).
 */
final class DroppableHeads {
    private static final Set<String> HEADS = CueWords.set("droppable-method-heads");

    private DroppableHeads() {
    }

    /**
     * The name without its droppable head, when what is left still names something: two words or more, or one
     * coined word ("TDNN-NAS"); null otherwise ("pruning method", "a novel approach" keep theirs).
     */
    static String without(String name) {
        String form = name.strip();
        int space = form.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        String head = form.substring(space + 1).toLowerCase(Locale.ROOT);
        if (!HEADS.contains(head) && !HEADS.contains(singular(head))) {
            return null;
        }
        String rest = form.substring(0, space).strip();
        boolean names = rest.contains(" ")
                || rest.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
        return names ? rest : null;
    }

    /** "approaches" -> "approach", "methods" -> "method": the plurals of the heads. */
    private static String singular(String word) {
        if (word.endsWith("es") && HEADS.contains(word.substring(0, word.length() - 2))) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
