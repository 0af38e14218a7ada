package org.paperkg.web;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.External;
import org.paperkg.SharedExtractor;
import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildOptions;
import org.paperkg.build.GraphBuild;
import org.paperkg.ingest.InputFormat;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServeOptions;
import org.paperkg.store.KgStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app in a real browser: the bundled sample built into a store, served, and Debian's chromium driven by
 * puppeteer-core (src/test/node/web-app.mjs): every page loads without console errors at 1280 and 390 px, search
 * leads to an entity, the entity to its leaderboard, the leaderboard to a paper, all with the keyboard, and the
 * ImageNet top-1 leaderboard's first row is the sample's best claim.
 */
class WebAppBrowserTest {
    static final Path NODE = Path.of("src", "test", "node");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void pagesLoadAndNavigateInChromiumAndTheSampleLeaderboardHasItsBestClaimFirst(@TempDir Path dir) throws Exception {
        External.require(Files.isExecutable(CHROMIUM), "Debian's chromium (apt-get install chromium)");
        External.require(Files.isDirectory(NODE.resolve("node_modules/puppeteer-core")),
                "the puppeteer-core npm package (npm install --prefix src/test/node)");
        KgStore store = KgStore.open(dir.resolve("db"));
        try {
            new GraphBuild(store, SharedExtractor.standard(), new BuildOptions(false, false, 16, 2), BuildListener.SILENT)
                    .run(List.of(), (InputFormat) null);
            try (KgServer server = KgServer.start(store, new ServeOptions("127.0.0.1", 0, 30))) {
                Process node = new ProcessBuilder("node", NODE.resolve("web-app.mjs").toString(), server.baseUrl(),
                        CHROMIUM.toString()).redirectErrorStream(true).start();
                String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(node.waitFor(5, TimeUnit.MINUTES), "the browser test finished");
                System.out.println(out);
                assertEquals(0, node.exitValue(), out);
                assertTrue(out.contains("ok   leaderboard first row is 1 | the best value"), out);
            }
        } finally {
            store.close();
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }
}
