package org.paperkg.build;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code build --file-mode direct} in a process of its own (TDB2's file mode is chosen once per JVM): the
 * indexes really use direct files, and the store holds exactly what a memory-mapped build stores.
 */
class DirectFileModeTest {
    @Test
    void aDirectModeBuildUsesDirectFilesAndStoresWhatAMappedBuildStores(@TempDir Path dir) throws Exception {
        Path input = GeneratedCorpus.write(dir.resolve("papers.jsonl"), 0, 12);
        Path direct = dir.resolve("direct");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.paperkg.cli.PaperKgCommand", "build", "--loc", direct.toString(), "--file-mode", "direct", "-q",
                input.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("(direct files)"), out);

        Path mapped = dir.resolve("mapped");
        Stores.build(mapped, List.of(input));
        Set<Quad> expected = Stores.quads(mapped);
        assertEquals(expected, Stores.quads(direct));
        assertTrue(Stores.violations(direct).isEmpty());
    }
}
