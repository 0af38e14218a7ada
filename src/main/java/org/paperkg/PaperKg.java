package org.paperkg;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildOptions;
import org.paperkg.build.BuildReport;
import org.paperkg.build.GraphBuild;
import org.paperkg.export.ExportFormat;
import org.paperkg.export.ExportFormats;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.RuleBasedExtractor;
import org.paperkg.query.GraphStats;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServeOptions;
import org.paperkg.store.KgStore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Java API for scripted analyses: open a store, build it, run canned queries with parameters and
 * iterate the rows, export, serve. One instance holds the store (and its TDB2 lock) until {@link #close()}.
 *
 * <pre>{@code
 * try (PaperKg kg = PaperKg.open(Path.of("paperkg-db"))) {
 *     for (Map<String, String> row : kg.query("leaderboard", Map.of("dataset", "ImageNet"))) {
 *         System.out.println(row.get("value") + " " + row.get("methodLabel"));
 *     }
 * }
 * }</pre>
 */
public final class PaperKg implements AutoCloseable {
    private final KgStore store;

    private PaperKg(KgStore store) {
        this.store = store;
    }

    /** Opens the store in {@code location}, creating an empty one if there is none. */
    public static PaperKg open(Path location) {
        return new PaperKg(KgStore.open(location));
    }

    /** A store in memory, gone on close. */
    public static PaperKg inMemory() {
        return new PaperKg(KgStore.inMemory());
    }

    /** Builds from listing-text or JSON-lines files (none: the bundled sample) with the standard extractor. */
    public BuildReport build(List<Path> files) {
        BuildOptions options = BuildOptions.defaults();
        return build(files, RuleBasedExtractor.standard(options.threads()));
    }

    /** Builds with the given extractor (e.g. one already loaded). */
    public BuildReport build(List<Path> files, Extractor extractor) {
        return new GraphBuild(store, extractor, BuildOptions.defaults(), BuildListener.SILENT).run(files, null);
    }

    /**
     * Runs a canned query (by name) or a query file with its parameters bound (the others keep their
     * defaults) and returns the rows: variable name to IRI or literal lexical form; unbound variables are absent.
     */
    public List<Map<String, String>> query(String cannedNameOrFile, Map<String, String> params) {
        List<Map<String, String>> rows = new ArrayList<>();
        query(cannedNameOrFile, params, solution -> {
            Map<String, String> row = new LinkedHashMap<>();
            solution.varNames().forEachRemaining(v -> {
                RDFNode n = solution.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            rows.add(row);
        });
        return rows;
    }

    /** The same, streaming: each row as a Jena {@link QuerySolution}, inside a read transaction. */
    public void query(String cannedNameOrFile, Map<String, String> params, Consumer<QuerySolution> row) {
        QueryRunner.select(store, QueryRunner.bind(QueryLibrary.resolve(cannedNameOrFile), params), row);
    }

    /**
     * The same with another row limit than the query's own (canned queries stop at 100 rows): {@code rows}
     * > 0 returns at most that many, 0 returns all.
     */
    public void query(String cannedNameOrFile, Map<String, String> params, long rows, Consumer<QuerySolution> row) {
        QueryRunner.select(store, QueryRunner.withLimit(QueryRunner.bind(QueryLibrary.resolve(cannedNameOrFile), params), rows), row);
    }

    /** Writes the store in an export format (see {@link ExportFormats#names()}); the file appears whole or not at all. */
    public void export(String format, Path out) throws IOException {
        ExportFormat f = ExportFormats.byName(format);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".paperkg-export", ".tmp");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            f.exporter().export(store, stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Papers, quads, entities by type, results, code links. */
    public GraphStats stats() {
        return GraphStats.of(store);
    }

    /** Serves this store as a read-only SPARQL endpoint until the returned server is closed. */
    public KgServer serve(ServeOptions options) {
        return KgServer.start(store, options);
    }

    /** The underlying store, for anything the facade does not cover. */
    public KgStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
