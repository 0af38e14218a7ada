package org.paperkg.extract;

/** Which tokens of a sentence an earlier, surer rule already explained, so later rules leave them alone. */
final class TokenClaims {
    private final boolean[] claimed;

    TokenClaims(int size) {
        this.claimed = new boolean[size];
    }

    boolean anyClaimed(int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    boolean isClaimed(int i) {
        return claimed[i];
    }

    void claim(int from, int to) {
        for (int i = from; i < to; i++) {
            claimed[i] = true;
        }
    }
}
