package org.paperkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The options that choose the learned model: --model, --min-confidence, and train's own checks. */
class ModelOptionsTest {
    @TempDir
    Path dir;

    private Path twoPapers() throws IOException {
        return CliTest.resource(dir, "/cli/two-papers.jsonl");
    }

    @Test
    void aModelFolderThatIsNotOneIsAUsageErrorThatSaysWhatIsMissing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("not-a-model"));
        Cli r = Cli.run("extract", "--model", empty.toString(), twoPapers().toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("filter.ser.gz"), r.toString());
    }

    @Test
    void minConfidenceOutsideZeroToOneIsAUsageError() throws IOException {
        Cli r = Cli.run("extract", "--min-confidence", "1.5", twoPapers().toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--min-confidence"), r.toString());
    }

    @Test
    void aHigherMinimumConfidenceKeepsNoMoreMentions() throws IOException {
        Path input = twoPapers();
        Cli all = Cli.run("extract", input.toString());
        Cli sure = Cli.run("extract", "--min-confidence", "0.95", input.toString());
        assertEquals(0, all.code(), all.toString());
        assertEquals(0, sure.code(), sure.toString());
        assertTrue(countNames(sure.out()) <= countNames(all.out()), sure.out() + "\n---\n" + all.out());
    }

    @Test
    void theRulesAloneAreAModelName() throws IOException {
        Cli r = Cli.run("extract", "--model", "rules", twoPapers().toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("\"methods\""), r.toString());
    }

    @Test
    void trainWithoutItsGoldFileIsAUsageErrorNamingTheFile() {
        Cli r = Cli.run("train", "--gold", dir.resolve("missing.jsonl").toString(), "--out", dir.resolve("m").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("missing.jsonl") && r.err().contains("no such file"), r.toString());
        assertTrue(Files.notExists(dir.resolve("m")), "nothing written");
    }

    @Test
    void trainWithAMissingCorpusIsAUsageErrorBeforeAnyWork() {
        Cli r = Cli.run("train", "--corpus", dir.resolve("nowhere.jsonl").toString(), "--out", dir.resolve("m").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("nowhere.jsonl") && r.err().contains("no such file"), r.toString());
        assertTrue(Files.notExists(dir.resolve("m")), "nothing written");
    }

    private static int countNames(String jsonl) {
        return jsonl.split("\"name\"", -1).length - 1;
    }
}
