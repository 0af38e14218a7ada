package org.paperkg.cli;

/** Exit statuses scripts can rely on; documented in the README and in --help. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something failed: the command did not do its job. */
    public static final int FAILURE = 1;
    /** The command line was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** The job was done, but some input records were bad and skipped (see the messages). */
    public static final int RECORDS_SKIPPED = 3;
    /** The store is missing, or locked by another process. */
    public static final int STORE_UNAVAILABLE = 4;
    /** {@code validate}: the store does not conform to the SHACL shapes (see the report). */
    public static final int SHAPES_VIOLATED = 5;

    static final String FOOTER = "%nExit status: 0 ok, 1 failure, 2 usage error, 3 done but bad records skipped,"
            + " 4 store missing or locked by another process, 5 store breaks the SHACL shapes (validate).";

    private ExitCodes() {
    }
}
