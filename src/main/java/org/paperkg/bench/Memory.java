package org.paperkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Process memory from /proc/self/status (Linux) and the JVM's heap pools. */
public final class Memory {
    private Memory() {
    }

    /** Fields of /proc/self/status in kB (VmHWM, VmRSS, RssAnon, RssFile, ...); empty when not on Linux. */
    public static Map<String, Long> procStatusKb() {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.endsWith(" kB")) {
                    out.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 1, line.length() - 3).strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: nothing to report
        }
        return out;
    }

    /** Sum of the peak usage of the heap pools, in bytes. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** A one-line summary: peak RSS (VmHWM), current anonymous and file-backed RSS, peak heap. */
    public static String summary() {
        Map<String, Long> s = procStatusKb();
        return String.format("peak RSS (VmHWM) %s, RssAnon %s, RssFile %s, peak heap %,d MB",
                mb(s.get("VmHWM")), mb(s.get("RssAnon")), mb(s.get("RssFile")), peakHeapBytes() >> 20);
    }

    private static String mb(Long kb) {
        return kb == null ? "n/a" : String.format("%,d MB", kb >> 10);
    }
}
