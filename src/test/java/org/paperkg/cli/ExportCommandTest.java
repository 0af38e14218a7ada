package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFormats;
import org.paperkg.store.KgStore;

/** {@code paperkg export} with the graph and RDF formats, on the fixture store. */
class ExportCommandTest extends OnFixtureStoreFolder {
    @Test
    void helpListsEveryRegisteredFormatAndView() {
        Cli r = Cli.run("export", "--help");
        assertEquals(0, r.code(), r.toString());
        for (String f : ExportFormats.names()) {
            assertTrue(r.out().contains("  " + f + " "), f + "\n" + r);
        }
        for (String v : new String[] {"full", "method-dataset", "method-cooccurrence", "paper-entity"}) {
            assertTrue(r.out().contains(v), v + "\n" + r);
        }
    }

    @Test
    void dotViewWithMinSupportToStandardOutput() {
        Cli r = Cli.run("export", "--loc", db.toString(), "--format", "dot", "--view", "method-dataset", "--min-support", "2");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("digraph \"method-dataset\""), r.toString());
        assertEquals(4, r.out().lines().filter(l -> l.contains(" -> ")).count(), r.toString());
    }

    @Test
    void typesFilterTheNodes() {
        Cli r = Cli.run("export", "--loc", db.toString(), "--format", "cytoscape", "--view", "paper-entity", "--types", "paper,dataset");
        assertEquals(0, r.code(), r.toString());
        assertEquals(7, r.out().lines().filter(l -> l.contains("\"type\":")).count(), r.toString());
    }

    @Test
    void csvWritesTwoFilesIntoTheOutFolder() throws IOException {
        Path out = dir.resolve("neo4j");
        Cli r = Cli.run("export", "--loc", db.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readString(out.resolve("nodes.csv")).startsWith("id:ID,label,:LABEL,"));
        assertTrue(Files.readString(out.resolve("edges.csv")).startsWith(":START_ID,:END_ID,:TYPE,"));
    }

    @Test
    void csvWithoutOutIsAUsageError() {
        Cli r = Cli.run("export", "--loc", db.toString(), "--format", "csv");
        assertEquals(ExitCodes.USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("--out"), r.toString());
    }

    @Test
    void unknownViewOrTypeIsAUsageError() {
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--loc", db.toString(), "--format", "gexf", "--view", "nope").code());
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--loc", db.toString(), "--format", "gexf", "--types", "widget").code());
    }

    @Test
    void trigToAFile() throws IOException {
        Path out = dir.resolve("sub/kg.trig");
        Cli r = Cli.run("export", "--loc", db.toString(), "--format", "trig", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        // Four paper graphs and the shared entities graph.
        assertEquals(5, RDFDataMgr.loadDatasetGraph(out.toString()).size());
    }
}
