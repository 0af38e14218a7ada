package org.paperkg.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.EvalFiles;
import org.paperkg.External;
import org.paperkg.SharedExtractor;
import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildOptions;
import org.paperkg.build.BuildReport;
import org.paperkg.build.GraphBuild;
import org.paperkg.export.ExportFormats;
import org.paperkg.store.KgStore;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ratchet: builds the bundled sample into a real TDB2 store, exports it from the store and scores it
 * with score.py against the dev gold (the project's copies in src/test/resources/eval); fails when any figure
 * falls below quality-ratchet.properties.
 */
class SampleCorpusQualityTest {
    @Test
    void devFiguresDoNotFallBelowTheBestReachedSoFar(@TempDir Path tmp) throws Exception {
        External.requireRuns("python3", "--version");
        Path export = tmp.resolve("sample.jsonl");
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            BuildOptions options = new BuildOptions(true, true, 64, 2);
            BuildReport report = new GraphBuild(store, SharedExtractor.get(), options, BuildListener.SILENT)
                    .run(List.of(), null);
            assertEquals(102, report.extracted());
            try (OutputStream out = Files.newOutputStream(export)) {
                ExportFormats.byName("jsonl").exporter().export(store, out);
            }
        }
        List<String> command = new ArrayList<>(List.of("python3", EvalFiles.path("score.py").toString(),
                EvalFiles.path("dev.jsonl").toString(), export.toString()));
        Properties ratchet = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/quality-ratchet.properties")) {
            ratchet.load(in);
        }
        for (String key : ratchet.stringPropertyNames()) {
            command.add("--min");
            command.add(key + "=" + ratchet.getProperty(key));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        System.out.println(output);
        assertTrue(status == 0, "dev figures fell below the ratchet:\n" + output);
    }
}
