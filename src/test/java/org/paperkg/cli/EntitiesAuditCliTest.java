package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entities --audit} lists forms and identity sources; {@code build --aliases} overrides a merge or a split. */
class EntitiesAuditCliTest {
    private static final String PAPERS = """
            {"title": "Graph paths", "abstract": "We introduce the Path-Augmented Method (PAM) for node classification. PAM is fast."}
            {"title": "Faster clustering", "abstract": "We speed up Partitioning Around Medoids (PAM), a clustering algorithm. PAM is slow on large data."}
            """;

    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void writeInput() throws IOException {
        input = dir.resolve("papers.jsonl");
        Files.writeString(input, PAPERS, StandardCharsets.UTF_8);
    }

    @Test
    void theAuditShowsEachSenseWithItsFormsAndIdentitySource() throws IOException {
        Path aliases = dir.resolve("aliases.txt");
        Files.writeString(aliases, "# a sense the lexicon lacks\nmethod: Partitioning Around Medoids | PAM\n", StandardCharsets.UTF_8);
        Path store = dir.resolve("db");
        Cli build = Cli.run("build", "--loc", store.toString(), "--threads", "1", "-q", "--aliases", aliases.toString(),
                input.toString());
        assertEquals(0, build.code(), build.toString());
        Cli audit = Cli.run("entities", "--audit", "--loc", store.toString(), "--name", "PAM", "--results", "csv");
        assertEquals(0, audit.code(), audit.toString());
        assertTrue(audit.out().contains("Path-Augmented Method") && audit.out().contains("definition"), audit.out());
        assertTrue(audit.out().contains("Partitioning Around Medoids") && audit.out().contains("lexicon"), audit.out());
    }

    @Test
    void anAliasesLineWithoutATypeIsAUsageErrorNamingTheLine() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "PAM | Partitioning Around Medoids\n", StandardCharsets.UTF_8);
        Cli build = Cli.run("build", "--loc", dir.resolve("db-bad").toString(), "--aliases", bad.toString(), input.toString());
        assertEquals(ExitCodes.USAGE, build.code(), build.toString());
        assertTrue(build.err().contains("bad.txt:1"), build.toString());
    }

    @Test
    void entitiesWithoutAuditIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Cli.run("entities").code());
    }
}
