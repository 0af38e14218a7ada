package org.paperkg.extract;

import java.util.function.IntPredicate;

/**
 * The run of neighbours around one item of a sequence, each joined to the next: the members of one list ("A, B
 * and C", "3.1%, 2.2%, 4.6%"), items {@code first} to {@code last}, both included.
 */
record Run(int first, int last) {
    /** The run around item {@code at} of {@code size} items; {@code joinedToNext} tells whether item i joins item i + 1. */
    static Run around(int at, int size, IntPredicate joinedToNext) {
        int first = at;
        while (first > 0 && joinedToNext.test(first - 1)) {
            first--;
        }
        int last = at;
        while (last + 1 < size && joinedToNext.test(last)) {
            last++;
        }
        return new Run(first, last);
    }

    int size() {
        return last - first + 1;
    }
}
