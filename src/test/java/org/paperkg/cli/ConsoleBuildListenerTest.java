package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.paperkg.build.BuildProgress;

/** Build progress as people read it: one updating line on a terminal, spaced plain lines in a log. */
class ConsoleBuildListenerTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aProgressLineSaysRecordsPercentRateAndTimeLeft() {
        String line = ConsoleBuildListener.describe(new BuildProgress(1_234, 25 * MB, 100 * MB, 30));
        assertEquals("build: 1,234 records read, 25% of 100.0 MB, 41.1 records/s, about 1 min 30 s left", line);
    }

    @Test
    void withoutAKnownSizeThereIsNoPercentNorTimeLeft() {
        String line = ConsoleBuildListener.describe(new BuildProgress(10, 5_000, BuildProgress.UNKNOWN_SIZE, 2));
        assertEquals("build: 10 records read, 5.0 records/s", line);
    }

    @Test
    void onATerminalOneLineIsUpdatedInPlace() {
        StringWriter text = new StringWriter();
        ConsoleBuildListener l = new ConsoleBuildListener(new PrintWriter(text), true, true);
        l.progress(new BuildProgress(64, MB, 10 * MB, 1));
        l.progress(new BuildProgress(128, 2 * MB, 10 * MB, 2));
        l.finish();
        String out = text.toString();
        assertTrue(out.startsWith("\rbuild: 64 records read"), out);
        assertTrue(out.contains("\rbuild: 128 records read, 20% of 10.0 MB"), out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "one line, rewritten, ended once: " + out);
        assertTrue(out.endsWith("\n"), out);
    }

    @Test
    void pipedProgressIsPlainLinesAtMostEveryFewSecondsEndingWithTheLast() {
        StringWriter text = new StringWriter();
        ConsoleBuildListener l = new ConsoleBuildListener(new PrintWriter(text), true, false);
        for (int second = 0; second <= 12; second++) {
            l.progress(new BuildProgress(10L * second, second * MB, 12 * MB, second));
        }
        l.finish();
        String out = text.toString();
        assertFalse(out.contains("\r"), out);
        // At 0, 5 and 10 s, then the last update (12 s) when the build ends.
        assertEquals(4, out.lines().count(), out);
        assertTrue(out.lines().allMatch(line -> line.matches("build: [\\d,]+ records read, \\d+% of 12\\.0 MB.*")), out);
        assertTrue(out.strip().endsWith("100% of 12.0 MB, 10.0 records/s, about 0 s left"), out);
    }

    @Test
    void quietPrintsNoProgressButStillTheProblems() {
        StringWriter text = new StringWriter();
        ConsoleBuildListener l = new ConsoleBuildListener(new PrintWriter(text), false, true);
        l.progress(new BuildProgress(64, MB, 10 * MB, 1));
        l.problem(new org.paperkg.ingest.IngestProblem(new org.paperkg.model.SourceLocation("a.jsonl", 3), "no abstract"));
        l.finish();
        assertEquals("skipped a.jsonl:3: no abstract", text.toString().strip());
    }
}
