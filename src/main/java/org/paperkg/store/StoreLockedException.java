package org.paperkg.store;

/** Another process holds the store: TDB2 allows one JVM per store directory. */
public class StoreLockedException extends RuntimeException {
    public StoreLockedException(String location, Throwable cause) {
        super("the store " + location + " is in use by another process (a running 'paperkg serve' or 'build'?). "
                + "Stop that process, or give another --loc.", cause);
    }
}
