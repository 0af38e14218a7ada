package org.paperkg.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Another process holds the store: TDB2 allows one JVM per store directory. */
public class StoreLockedException extends RuntimeException {
    public StoreLockedException(String location, Throwable cause) {
        super("the store " + location + " is in use by another process" + holder(location)
                + " (a running 'paperkg serve' or 'build'?). Stop that process (Ctrl-C), or give another --loc.", cause);
    }

    /** " (pid N)" from TDB2's lock file, or nothing when it cannot be read. */
    private static String holder(String location) {
        try {
            String pid = Files.readString(Path.of(location, "tdb.lock"), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? " (pid " + pid + ")" : "";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }
}
