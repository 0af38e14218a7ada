package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format on the fixture against its golden file in src/test/resources/golden/export/fixture/:
 * graph formats byte for byte (they are sorted and stable), RDF formats as parsed datasets (isomorphic).
 * Regenerate after an intended change with {@code -Dpaperkg.updateGolden=true} and review the diff.
 */
class ExportGoldenTest extends OnFixtureStore {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "export", "fixture");
    static final boolean UPDATE = Boolean.getBoolean("paperkg.updateGolden");


    static Stream<Arguments> graphCases() {
        return Stream.of(
                Arguments.of("graphml", "full", Set.of(), 1, "full.graphml"),
                Arguments.of("gexf", "full", Set.of(), 1, "full.gexf"),
                Arguments.of("dot", "full", Set.of(), 1, "full.dot"),
                Arguments.of("cytoscape", "full", Set.of(), 1, "full.cytoscape.json"),
                Arguments.of("csv", "full", Set.of(), 1, "full.csv.txt"),
                Arguments.of("dot", "method-dataset", Set.of(), 2, "method-dataset-min2.dot"),
                Arguments.of("graphml", "method-cooccurrence", Set.of(), 1, "method-cooccurrence.graphml"),
                Arguments.of("gexf", "paper-entity", Set.of("paper", "dataset"), 1, "paper-dataset.gexf"),
                Arguments.of("cytoscape", "method-dataset", Set.of(), 1, "method-dataset.cytoscape.json"));
    }

    @ParameterizedTest(name = "{0} {1} {2} min {3}")
    @MethodSource("graphCases")
    void graphFormatMatchesGolden(String format, String view, Set<String> types, int min, String golden) throws IOException {
        String actual = FixtureStore.exportText(store, format, new ExportOptions(view, types, min));
        assertEquals(golden(golden, actual), actual);
        assertEquals(actual, FixtureStore.exportText(store, format, new ExportOptions(view, types, min)), "stable");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfCases")
    void rdfFormatMatchesGolden(String format, Lang lang, String golden) throws IOException {
        String actual = FixtureStore.exportText(store, format, ExportOptions.DEFAULT);
        String expected = golden(golden, actual);
        DatasetGraph a = parse(actual, lang);
        DatasetGraph e = parse(expected, lang);
        assertTrue(IsoMatcher.isomorphic(e, a), format + " differs from " + golden);
    }

    static Stream<Arguments> rdfCases() {
        return Stream.of(
                Arguments.of("turtle", Lang.TURTLE, "union.ttl"),
                Arguments.of("trig", Lang.TRIG, "dataset.trig"),
                Arguments.of("nquads", Lang.NQUADS, "dataset.nq"),
                Arguments.of("jsonld", Lang.JSONLD, "union.jsonld"),
                Arguments.of("rdfxml", Lang.RDFXML, "union.rdf"));
    }

    @Test
    void csvFolderHoldsTheSameTwoFiles(@TempDir Path out) throws IOException {
        ((DirectoryExporter) ExportFormats.byName("csv").exporter()).exportTo(store, out, ExportOptions.DEFAULT);
        String stream = FixtureStore.exportText(store, "csv", ExportOptions.DEFAULT);
        String files = Files.readString(out.resolve("nodes.csv")) + "\n" + Files.readString(out.resolve("edges.csv"));
        assertEquals(stream, files);
    }

    static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dsg);
        return dsg;
    }

    static String golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE || !Files.exists(file)) {
            if (!UPDATE) {
                throw new AssertionError("no golden file " + file + "; run with -Dpaperkg.updateGolden=true to write it");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

}
