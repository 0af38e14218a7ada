package org.paperkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.util.Map;
import java.util.stream.Stream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canned queries shipped in the jar (built from the project's queries/ folder), and query files given
 * by path. A name without ".rq" is a canned query; anything that is a file is read from disk.
 */
public final class QueryLibrary {
    private static final String BASE = "/queries/";
    /** The bundled queries parsed so far: they are part of the jar, so once each is enough. */
    private static final Map<String, PreparedQuery> PREPARED = new ConcurrentHashMap<>();

    private QueryLibrary() {
    }

    /** The names of the bundled queries, sorted; lists the folder whether it is on disk or in the jar. */
    public static List<String> names() {
        URL url = QueryLibrary.class.getResource(BASE);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(fs.getPath(BASE));
                }
            }
            return list(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
    }

    public static Optional<CannedQuery> bundled(String name) {
        InputStream in = QueryLibrary.class.getResourceAsStream(BASE + name + ".rq");
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(CannedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled query, parsed once per process and kept: for servers that bind it for every request. */
    public static Optional<PreparedQuery> prepared(String name) {
        PreparedQuery known = PREPARED.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        return bundled(name).map(q -> PREPARED.computeIfAbsent(name, n -> PreparedQuery.of(q)));
    }

    /** Resolves a query file path or a canned query name. */
    public static CannedQuery resolve(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path)) {
            try {
                String name = path.getFileName().toString().replaceFirst("\\.rq$", "");
                return CannedQuery.parse(name, Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read query file " + fileOrName, e);
            }
        }
        return bundled(fileOrName.replaceFirst("\\.rq$", "")).orElseThrow(() -> new IllegalArgumentException(
                "no query file or canned query named '" + fileOrName + "'. Canned queries: " + String.join(", ", names())));
    }
}
