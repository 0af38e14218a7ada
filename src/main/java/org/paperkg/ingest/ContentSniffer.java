package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the first byte of a stream that is not whitespace or a UTF-8 byte order mark. Both format
 * detection ("does it start with '{'?") and the empty-file check ("is there anything at all?") need
 * exactly that, without reading more of the file than its leading blanks.
 */
final class ContentSniffer {
    /** Leading blanks scanned at most; a file with more leading whitespace than this is not sniffed further. */
    static final long MAX_SCAN_BYTES = 1 << 20;
    /** Returned when the stream holds only whitespace (or nothing). */
    static final int ONLY_WHITESPACE = -1;
    /** Returned when {@link #MAX_SCAN_BYTES} of whitespace were seen and scanning stopped. */
    static final int GAVE_UP = -2;

    private static final int[] BOM = {0xEF, 0xBB, 0xBF};

    private ContentSniffer() {
    }

    /** The first significant byte (0-255), {@link #ONLY_WHITESPACE}, or {@link #GAVE_UP}. */
    static int firstSignificantByte(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        long seen = 0;
        int bomIndex = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            for (int i = 0; i < n; i++, seen++) {
                int b = buf[i] & 0xFF;
                if (seen == bomIndex && bomIndex < BOM.length && b == BOM[bomIndex]) { // leading BOM
                    bomIndex++;
                    continue;
                }
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return b;
                }
            }
            if (seen >= MAX_SCAN_BYTES) {
                return GAVE_UP;
            }
        }
        return ONLY_WHITESPACE;
    }
}
