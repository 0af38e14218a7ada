package org.paperkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README stays true: its synopsis is the picocli model's, and its figures of the sample corpus (store size,
 * graph size, example outputs, node ids, the method-dataset drawing) are those of a real build of the sample.
 * When the code changes them on purpose, {@code mvn test -Dtest=ReadmeTest -Dpaperkg.updateReadme=true} rewrites
 * them (and docs/method-dataset.dot and .svg, with Graphviz); review the diff.
 */
class ReadmeTest {
    static final Path README = Path.of("README.md");
    static final Path DRAWING_DOT = Path.of("docs/method-dataset.dot");
    static final Path DRAWING_SVG = Path.of("docs/method-dataset.svg");
    /** Wide enough that a synopsis wraps rarely, narrow enough to read in a browser's code block. */
    static final int SYNOPSIS_WIDTH = 110;
    static final String SYNOPSIS_BEGIN = "<!-- synopsis:begin";
    static final String SYNOPSIS_END = "<!-- synopsis:end -->";
    static final Pattern SAMPLE_FIGURES = Pattern.compile("102 papers, ([\\d,]+) quads; full view: ([\\d,]+) nodes, ([\\d,]+) edges");
    static final Pattern NODE_IDS = Pattern.compile("`(method:[a-z0-9]+)`, `(paper:[^`]+:result:\\d+)`");
    static final boolean UPDATE = Boolean.getBoolean("paperkg.updateReadme");

    @TempDir
    static Path dir;
    static Path db;
    static Cli build;
    static String readme;

    @BeforeAll
    static void buildTheSample() throws IOException {
        db = dir.resolve("db");
        build = Cli.run("build", "--loc", db.toString(), "--threads", "2", "-q");
        assertEquals(0, build.code(), build.toString());
        readme = Files.readString(README, StandardCharsets.UTF_8);
    }

    /** Every command's synopsis as picocli prints it in {@code --help}, one after the other. */
    static String synopsis() {
        CommandLine cli = PaperKgCommand.commandLine();
        StringBuilder sb = new StringBuilder();
        cli.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                command.getCommandSpec().usageMessage().width(SYNOPSIS_WIDTH);
                sb.append(command.getHelp().synopsis(0));
            }
        });
        return sb.toString();
    }

    @Test
    void theSynopsisIsTheOneEveryCommandsHelpPrints() throws IOException {
        int begin = readme.indexOf(SYNOPSIS_BEGIN);
        int end = readme.indexOf(SYNOPSIS_END);
        assertTrue(begin >= 0 && end > begin, "README has the synopsis markers");
        int blockStart = readme.indexOf("```\n", readme.indexOf("\n", begin)) + 4;
        int blockEnd = readme.lastIndexOf("```", end);
        String written = readme.substring(blockStart, blockEnd);
        String generated = synopsis();
        if (UPDATE && !written.equals(generated)) {
            rewrite(readme.substring(0, blockStart) + generated + readme.substring(blockEnd));
            return;
        }
        assertEquals(generated, written, "README synopsis differs from --help; rerun with -Dpaperkg.updateReadme=true");
        for (var command : PaperKgCommand.commandLine().getSubcommands().entrySet()) {
            if (!command.getKey().equals("help")) {
                Cli help = Cli.run(command.getKey(), "--help");
                String usage = help.out().substring(0, help.out().indexOf("\n\n") > 0 ? help.out().indexOf("\n\n") : help.out().length());
                assertTrue(usage.startsWith("Usage: paperkg " + command.getKey()), usage);
            }
        }
    }

    @Test
    void theSampleStoreFiguresAreThoseOfABuildOfTheSample() throws IOException {
        long quads = figure(build.out(), "quads:\\s+([\\d,]+)");
        Path csv = dir.resolve("csv");
        Cli export = Cli.run("export", "--loc", db.toString(), "--format", "csv", "--out", csv.toString());
        assertEquals(0, export.code(), export.toString());
        long nodes = lines(csv.resolve("nodes.csv")) - 1;
        long edges = lines(csv.resolve("edges.csv")) - 1;
        String actual = String.format(Locale.ROOT, "102 papers, %,d quads; full view: %,d nodes, %,d edges", quads, nodes, edges);
        Matcher m = SAMPLE_FIGURES.matcher(readme);
        assertTrue(m.find(), "README states the sample store figures as " + SAMPLE_FIGURES);
        if (UPDATE && !m.group().equals(actual)) {
            rewrite(readme.replace(m.group(), actual));
        } else {
            assertEquals(actual, m.group());
        }

        Matcher ids = NODE_IDS.matcher(readme);
        assertTrue(ids.find(), "README shows example node ids");
        String nodeFile = Files.readString(csv.resolve("nodes.csv"), StandardCharsets.UTF_8);
        String paperResult = firstMatch(nodeFile, "(?m)^\"?(paper:t-[0-9a-f]+:result:2)");
        if (UPDATE && !nodeFile.contains(ids.group(2) + ",")) {
            rewrite(readme.replace(ids.group(2), paperResult));
            ids = NODE_IDS.matcher(readme);
            assertTrue(ids.find());
        }
        for (int g = 1; g <= 2; g++) {
            assertTrue(nodeFile.contains(ids.group(g) + ","), ids.group(g) + " is a node id of the sample export");
        }
    }

    @Test
    void theExampleOutputsAreWhatTheCommandsPrint() throws IOException {
        // The build example: every figure line but the store folder and the time, which depend on the run.
        List<String> buildLines = block("$ paperkg build\n");
        for (String line : buildLines) {
            if (!line.startsWith("store:") && !line.startsWith("time:") && !line.equals("...")) {
                assertTrue(build.out().lines().anyMatch(line::equals), "'" + line + "' in\n" + build.out());
            }
        }
        List<String> queryLines = block("$ paperkg query datasets-most-used --results csv | head -5\n");
        Cli query = Cli.run("query", "--loc", db.toString(), "datasets-most-used", "--results", "csv");
        assertEquals(0, query.code(), query.toString());
        List<String> actual = query.out().lines().limit(5).toList();
        if (UPDATE && !queryLines.equals(actual)) {
            rewrite(readme.replace(String.join("\n", queryLines) + "\n", String.join("\n", actual) + "\n"));
            return;
        }
        assertEquals(actual, queryLines);
    }

    @Test
    void theMethodDatasetDrawingIsOfTheSampleAsItIsBuiltNow() throws Exception {
        Path dot = dir.resolve("method-dataset.dot");
        Cli export = Cli.run("export", "--loc", db.toString(), "--format", "dot", "--view", "method-dataset",
                "--min-support", "2", "--out", dot.toString());
        assertEquals(0, export.code(), export.toString());
        String actual = Files.readString(dot, StandardCharsets.UTF_8);
        String drawn = Files.exists(DRAWING_DOT) ? Files.readString(DRAWING_DOT, StandardCharsets.UTF_8) : "";
        if (UPDATE && !actual.equals(drawn)) {
            Files.writeString(DRAWING_DOT, actual, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("dot", "-Tsvg", "-o", DRAWING_SVG.toString(), DRAWING_DOT.toString())
                    .inheritIO().start();
            assertEquals(0, p.waitFor(), "dot (Graphviz) draws docs/method-dataset.svg");
            return;
        }
        assertEquals(actual, drawn, "docs/method-dataset.dot (and .svg) are stale; rerun with -Dpaperkg.updateReadme=true");
    }

    /** The lines of the README code block that starts with {@code first}, without that line. */
    static List<String> block(String first) {
        int start = readme.indexOf(first);
        assertTrue(start >= 0, "README shows '" + first.strip() + "'");
        List<String> lines = new ArrayList<>();
        for (String line : readme.substring(start + first.length()).split("\n")) {
            if (line.startsWith("$ ") || line.startsWith("```")) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    static long figure(String text, String regex) {
        return Long.parseLong(firstMatch(text, regex).replace(",", ""));
    }

    static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }

    static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    static synchronized void rewrite(String text) throws IOException {
        Files.writeString(README, text, StandardCharsets.UTF_8);
        readme = text;
    }
}
