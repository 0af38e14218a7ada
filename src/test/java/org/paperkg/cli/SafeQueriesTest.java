package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.EntityType;
import org.paperkg.query.LabelSuggestions;
import org.paperkg.store.KgStore;

/** Local queries stop at a timeout, tell a typo from an empty answer, and fit text tables to a width. */
class SafeQueriesTest extends OnFixtureStoreFolder {
    @Test
    void aRunawayQueryStopsAtTheTimeoutWithAClearMessage() throws IOException {
        // Four copies of every triple joined with each other: far more rows than half a second can count.
        Path runaway = Files.writeString(dir.resolve("runaway.rq"),
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long start = System.nanoTime();
        Cli r = Cli.run("query", "--loc", db.toString(), runaway.toString(), "--timeout", "0.5");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("stopped after 0.5 s (--timeout)"), r.toString());
        assertTrue(seconds < 30, "stopped in " + seconds + " s");
    }

    @Test
    void theLocalTimeoutDefaultsToServes() {
        Cli help = Cli.run("query", "--help");
        assertTrue(help.out().contains("--timeout=SECONDS"), help.out());
        assertTrue(help.out().contains("(default: 5; 0: no limit)"), help.out());
    }

    @Test
    void aParameterMatchingNoEntitySuggestsTheClosestLabelsOnStandardError() {
        Cli r = Cli.run("query", "--loc", db.toString(), "methods-on-dataset", "--param", "dataset=ImageNt", "--results", "csv");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("no dataset in the store is called 'ImageNt' (--param dataset); did you mean ImageNet?"),
                r.toString());
        assertEquals(1, r.out().strip().lines().count(), "the answer itself stays empty (a header only): " + r.out());
    }

    @Test
    void aParameterThatNamesAnEntityGetsNoSuggestion() {
        Cli r = Cli.run("query", "--loc", db.toString(), "methods-on-dataset", "--param", "dataset=imagenet", "--results", "csv");
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.err().contains("did you mean"), r.toString());
    }

    @Test
    void suggestionsAreTheNearestLabelsOfTheParametersType() {
        try (KgStore kg = KgStore.openExisting(db)) {
            LabelSuggestions datasets = LabelSuggestions.of(kg, EntityType.DATASET);
            assertEquals(List.of("CIFAR-10"), datasets.closest("CIFAR10"));
            assertEquals(List.of(), datasets.closest("something else entirely"));
            assertTrue(datasets.matches("cifar-10"));
        }
    }

    @Test
    void textResultsFitTheWidthWithEllipses() {
        Cli r = Cli.run("query", "--loc", db.toString(), "results-with-evidence", "--width", "120");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("…"), r.out());
        assertTrue(r.out().lines().allMatch(line -> line.length() <= 120), r.out());
        assertTrue(r.out().lines().filter(line -> line.startsWith("| ")).count() > 2, r.out());
    }

    @Test
    void withoutAWidthTextResultsAreJenasTableUncut() {
        Cli r = Cli.run("query", "--loc", db.toString(), "results-with-evidence", "--width", "0");
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().contains("…"), r.out());
        assertTrue(r.out().lines().anyMatch(line -> line.length() > 200), "evidence sentences whole");
    }
}
