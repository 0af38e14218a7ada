package org.paperkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.ingest.IdentifiedPaper;
import org.paperkg.ingest.IdentifiedSink;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.InputFormat;
import org.paperkg.ingest.KnownPapers;
import org.paperkg.ingest.PaperIdentities;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Reading alone, no NLP: how many records a second each reader turns into identified papers (format detection,
 * decompression, parsing, record checks, identity). The records are the abstracts of a JSON-lines file written
 * out in the arXiv snapshot's and OpenAlex's formats (with their real fields and line-wrapped text), so that
 * every format reads the same texts; the readers should never be the bottleneck of a build (tens of papers a
 * second).
 */
public final class ReadingBench {
    /** The floor for the snapshot format: reading must be far faster than extraction. */
    public static final int SNAPSHOT_TARGET_PER_SECOND = 20_000;
    /** Each format is read this many times; the best run counts (the first warms the JIT up). */
    private static final int RUNS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path input;
    private final PrintWriter out;

    public ReadingBench(Path input, PrintWriter out) {
        this.input = input;
        this.out = out;
    }

    public void run() throws IOException {
        List<Paper> papers = new ArrayList<>();
        PaperInputs.read(input, InputFormat.JSONL, new PaperSink() {
            @Override
            public void paper(Paper paper) {
                papers.add(paper);
            }

            @Override
            public void problem(IngestProblem problem) {
            }
        });
        Path work = Files.createTempDirectory("paperkg-reading-bench");
        try {
            Path snapshot = write(work.resolve("snapshot.json"), papers, ReadingBench::snapshotRecord, false);
            Path snapshotGz = write(work.resolve("snapshot.json.gz"), papers, ReadingBench::snapshotRecord, true);
            Path openAlex = write(work.resolve("works.jsonl"), papers, ReadingBench::openAlexRecord, false);
            out.printf("reading alone (no NLP), %,d records made from %s; best of %d runs%n", papers.size(), input, RUNS);
            measure("flat jsonl", input);
            double snapshotRate = measure("arxiv-json (snapshot)", snapshot);
            measure("arxiv-json, gzipped", snapshotGz);
            measure("openalex", openAlex);
            out.printf("snapshot target: %,d records/s: %s%n", SNAPSHOT_TARGET_PER_SECOND,
                    snapshotRate >= SNAPSHOT_TARGET_PER_SECOND ? "met" : "NOT met");
        } finally {
            try (var walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private double measure(String label, Path file) {
        double best = 0;
        long records = 0;
        for (int run = 0; run < RUNS; run++) {
            long[] count = {0};
            PaperIdentities identities = new PaperIdentities(KnownPapers.NONE, new IdentifiedSink() {
                @Override
                public void paper(IdentifiedPaper paper) {
                    count[0]++;
                }

                @Override
                public void problem(IngestProblem problem) {
                }

                @Override
                public void deleted(PaperId key, SourceLocation where) {
                }
            });
            long t = System.nanoTime();
            PaperInputs.readAll(List.of(file), null, identities, n -> {
            });
            double seconds = (System.nanoTime() - t) / 1e9;
            best = Math.max(best, count[0] / seconds);
            records = count[0];
        }
        out.printf("  %-24s %,8d records, %,9.0f records/s, %,6.1f MB%n", label, records, best, size(file) / 1e6);
        out.flush();
        return best;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private interface RecordWriter {
        ObjectNode record(Paper paper, int index);
    }

    private static Path write(Path file, List<Paper> papers, RecordWriter format, boolean gzip) throws IOException {
        try (OutputStream os = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file);
             Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            for (int i = 0; i < papers.size(); i++) {
                w.write(JSON.writeValueAsString(format.record(papers.get(i), i)));
                w.write('\n');
            }
        }
        return file;
    }

    /** A snapshot record as arXiv writes it: wrapped text, authors twice, two versions. */
    private static ObjectNode snapshotRecord(Paper p, int index) {
        ObjectNode o = JSON.createObjectNode();
        String id = String.format("%02d%02d.%05d", 10 + index / 1_000_000, 1 + (index / 100_000) % 12, index % 100_000);
        o.put("id", id);
        o.put("submitter", "Jane Doe");
        o.put("authors", "Jane Doe and John Roe and Ada Lovelace");
        o.put("title", wrap(p.title()));
        o.put("comments", "12 pages, 4 figures");
        o.putNull("journal-ref");
        o.putNull("doi");
        o.put("categories", "cs.LG cs.CV stat.ML");
        o.put("license", "http://creativecommons.org/licenses/by/4.0/");
        o.put("abstract", "  " + wrap(p.abstractText()) + "\n");
        ArrayNode versions = o.putArray("versions");
        versions.addObject().put("version", "v1").put("created", "Mon, 2 Jan 2023 10:00:00 GMT");
        versions.addObject().put("version", "v2").put("created", "Wed, 1 Feb 2023 09:00:00 GMT");
        o.put("update_date", "2023-02-01");
        ArrayNode authors = o.putArray("authors_parsed");
        authors.addArray().add("Doe").add("Jane").add("");
        authors.addArray().add("Roe").add("John").add("");
        authors.addArray().add("Lovelace").add("Ada").add("");
        return o;
    }

    /** An OpenAlex work: the abstract as an inverted index. */
    private static ObjectNode openAlexRecord(Paper p, int index) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "https://openalex.org/W" + (4_000_000_000L + index));
        o.put("doi", "https://doi.org/10.5555/bench." + index);
        o.put("title", p.title());
        o.put("publication_year", 2023);
        o.put("publication_date", "2023-02-01");
        ArrayNode authorships = o.putArray("authorships");
        ObjectNode a = authorships.addObject();
        a.putObject("author").put("display_name", "Jane Doe").put("orcid", "https://orcid.org/0000-0002-1825-0097");
        a.putArray("institutions").addObject().put("display_name", "University of Somewhere");
        ObjectNode index2 = o.putObject("abstract_inverted_index");
        String[] words = p.abstractText().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            ArrayNode positions = index2.has(words[i]) ? (ArrayNode) index2.get(words[i]) : index2.putArray(words[i]);
            positions.add(i);
        }
        return o;
    }

    /** Text wrapped at about 80 characters with indented continuation lines, as arXiv's metadata has it. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 40);
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + word.length() > 80) {
                out.append("\n  ");
                column = 2;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
