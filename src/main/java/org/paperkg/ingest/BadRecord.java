package org.paperkg.ingest;

/** A record that cannot become a paper; its message is the problem's. */
final class BadRecord extends Exception {
    BadRecord(String message) {
        super(message, null, false, false);
    }
}
