package org.paperkg.store;

/** The given location holds no paperkg store. */
public class NoStoreException extends RuntimeException {
    public NoStoreException(String location) {
        super("no store at " + location + ": build one first with 'paperkg build --loc " + location + "'");
    }
}
