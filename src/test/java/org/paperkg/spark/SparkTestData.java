package org.paperkg.spark;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.paperkg.External;
import org.paperkg.store.KgStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Inputs for the Spark tests (abstracts of the shared corpus, never the reserved ones) and whole-store dumps. */
final class SparkTestData {
    static final Path CORPUS = Path.of("../shared/corpus/ml-abstracts.jsonl");
    static final Path RESERVED = Path.of("../shared/eval/reserved-titles.txt");

    private SparkTestData() {
    }

    /** The first {@code n} JSON lines of the corpus whose titles are not reserved for evaluation. */
    static List<String> abstracts(int n) {
        External.requireFile(CORPUS);
        External.requireFile(RESERVED);
        try {
            Set<String> reserved = new HashSet<>();
            for (String line : Files.readAllLines(RESERVED)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    reserved.add(line.strip());
                }
            }
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<String> out = new ArrayList<>();
            try (Stream<String> lines = Files.lines(CORPUS)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (out.size() == n) {
                        break;
                    }
                    if (!reserved.contains(json.readTree(line).path("title").asText().strip())) {
                        out.add(line);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every quad of a store as sorted N-Quads lines; the store is released for other processes after. */
    static List<String> sortedNQuads(Path loc) {
        KgStore kg = KgStore.openExisting(loc);
        try {
            return Txn.calculateRead(kg.dataset(), () -> {
                List<String> lines = new ArrayList<>();
                kg.dataset().asDatasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
                lines.sort(null);
                return lines;
            });
        } finally {
            TDBInternal.expel(kg.dataset().asDatasetGraph());
        }
    }
}
