package org.paperkg.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.paperkg.build.BuildListener;
import org.paperkg.build.BuildOptions;
import org.paperkg.build.BuildReport;
import org.paperkg.build.GraphBuild;
import org.paperkg.extract.NlpPipeline;
import org.paperkg.extract.RuleBasedExtractor;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.rdf.Iris;
import org.paperkg.store.KgStore;
import org.paperkg.store.KgStore.PaperGraph;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One benchmark run on the first N records of a JSON-lines file:
 * (a) paperkg's extraction against a bare CoreNLP tokenize,ssplit,pos,lemma pipeline on the same texts;
 * (b) paperkg's store writes against TDB2's phased bulk loader (tdb2.tdbloader's default) on the same quads;
 * (c) an end-to-end build (ingest, extraction, validation, store) into a fresh store;
 * (d) peak memory.
 */
public final class Bench {
    private final Path input;
    private final int limit;
    private final int threads;
    private final int batch;
    private final boolean endToEnd;
    private final PrintWriter out;

    public Bench(Path input, int limit, int threads, int batch, boolean endToEnd, PrintWriter out) {
        this.input = input;
        this.limit = limit;
        this.threads = threads;
        this.batch = batch;
        this.endToEnd = endToEnd;
        this.out = out;
    }

    public void run() throws IOException {
        Path work = Files.createTempDirectory("paperkg-bench");
        try {
            Path sample = work.resolve("input.jsonl");
            int lines = head(input, sample, limit);
            List<Paper> papers = read(sample);
            out.printf("input: first %,d lines of %s: %,d papers; threads %d, batch %d%n", lines, input, papers.size(), threads, batch);
            out.printf("machine: %d cores, load average now %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
            out.flush();

            // Models: paperkg's pipeline and a bare one with the same annotators and tokenizer options.
            RuleBasedExtractor extractor = RuleBasedExtractor.standard(threads);
            StanfordCoreNLP bare = barePipeline();
            List<Paper> warm = papers.subList(0, Math.min(40, papers.size()));
            extractor.extract(warm);
            annotate(bare, texts(warm));

            // (a) extraction against its floor, batch by batch in alternation so that both see the same load
            long tokens = 0;
            long bareNanos = 0;
            long extractNanos = 0;
            List<PaperFacts> facts = new ArrayList<>(papers.size());
            for (List<Paper> b : batches(papers)) {
                long t = System.nanoTime();
                tokens += annotate(bare, texts(b));
                bareNanos += System.nanoTime() - t;
                t = System.nanoTime();
                facts.addAll(extractor.extract(b));
                extractNanos += System.nanoTime() - t;
            }
            double bareSeconds = bareNanos / 1e9;
            double extractSeconds = extractNanos / 1e9;
            double bareRate = papers.size() / bareSeconds;
            double extractRate = papers.size() / extractSeconds;

            // (b) store writes against the bulk loader, same quads
            List<PaperGraph> graphs = new ArrayList<>(facts.size());
            Set<String> iris = new HashSet<>();
            long triples = 0;
            for (PaperFacts f : facts) {
                String iri = Iris.paper(f.paper());
                if (!iris.add(iri)) {
                    continue; // a duplicate record, skipped as the build skips it
                }
                PaperGraph pg = PaperGraph.replacing(iri, FactsToRdf.toQuads(f, iri));
                triples += pg.quads().size();
                graphs.add(pg);
            }
            facts = null;
            double storeSeconds = writeStore(work.resolve("store"), graphs, batch);
            int bulk = Math.max(batch, BuildOptions.COMMIT_PAPERS);
            double bulkSeconds = writeStore(work.resolve("store-bulk"), graphs, bulk);
            Path nq = work.resolve("quads.nq");
            try (OutputStream os = Files.newOutputStream(nq)) {
                StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
                w.start();
                for (PaperGraph pg : graphs) {
                    pg.quads().forEach(w::quad);
                }
                w.finish();
            }
            graphs = null;
            Path loaderDir = work.resolve("loader");
            long t0 = System.nanoTime();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loaderDir.toString());
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            loader.load(nq.toString());
            loader.finishBulk();
            double loaderSeconds = secs(t0);
            long loaded = loader.countQuads();
            double storeRate = triples / storeSeconds;
            double loaderRate = loaded / loaderSeconds;

            // (c) end to end
            double buildSeconds = Double.NaN;
            BuildReport report = null;
            if (endToEnd) {
                Path buildDir = work.resolve("build");
                t0 = System.nanoTime();
                try (KgStore kg = KgStore.open(buildDir)) {
                    report = new GraphBuild(kg, extractor, new BuildOptions(false, false, batch, threads), BuildListener.SILENT)
                            .run(List.of(sample), null);
                }
                buildSeconds = secs(t0);
            }

            out.println();
            out.println("| measure | value |");
            out.println("|---|---|");
            out.printf("| bare CoreNLP %s | %.1f papers/s (%,.0f tokens/s) |%n", NlpPipeline.ANNOTATORS, bareRate, tokens / bareSeconds);
            out.printf("| paperkg extraction (CoreNLP + rules) | %.1f papers/s |%n", extractRate);
            out.printf("| extraction / bare CoreNLP (target >= 0.5) | **%.2f** |%n", extractRate / bareRate);
            out.printf("| paperkg store writes (%,d triples, transactions of %d papers) | %,.0f triples/s (%.1f s) |%n", triples, batch, storeRate, storeSeconds);
            out.printf("| paperkg store writes, transactions of %d papers (build default) | %,.0f triples/s (%.1f s) |%n", bulk, triples / bulkSeconds, bulkSeconds);
            out.printf("| TDB2 phased loader, same quads from N-Quads | %,.0f triples/s (%.1f s) |%n", loaderRate, loaderSeconds);
            out.printf("| store writes / loader (target >= 0.7) | **%.2f** (transactions of %d: %.2f) |%n",
                    storeRate / loaderRate, bulk, triples / bulkSeconds / loaderRate);
            if (report != null) {
                out.printf("| end-to-end build (%,d papers, fresh store) | %.1f papers/s, %.1f s wall |%n",
                        report.extracted(), report.extracted() / buildSeconds, buildSeconds);
            }
            out.printf("| memory | %s |%n", Memory.summary());
            out.flush();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        } finally {
            deleteTree(work);
        }
    }

    private static double writeStore(Path dir, List<PaperGraph> graphs, int perTransaction) {
        long t0 = System.nanoTime();
        try (KgStore kg = KgStore.open(dir)) {
            for (int i = 0; i < graphs.size(); i += perTransaction) {
                kg.replaceGraphs(graphs.subList(i, Math.min(graphs.size(), i + perTransaction)));
            }
        }
        return secs(t0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private List<List<Paper>> batches(List<Paper> papers) {
        List<List<Paper>> out = new ArrayList<>();
        for (int i = 0; i < papers.size(); i += batch) {
            out.add(papers.subList(i, Math.min(papers.size(), i + batch)));
        }
        return out;
    }

    private static List<String> texts(List<Paper> papers) {
        List<String> t = new ArrayList<>(papers.size() * 2);
        for (Paper p : papers) {
            t.add(p.title());
            t.add(p.abstractText());
        }
        return t;
    }

    private static StanfordCoreNLP barePipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", NlpPipeline.ANNOTATORS);
        props.setProperty("tokenize.options",
                "splitHyphenated=false,invertible=true,ptb3Escaping=false,untokenizable=noneKeep");
        props.setProperty("pos.maxlen", "200");
        return new StanfordCoreNLP(props);
    }

    private long annotate(StanfordCoreNLP pipeline, List<String> texts) {
        List<Annotation> docs = new ArrayList<>(texts.size());
        for (String t : texts) {
            docs.add(new Annotation(t));
        }
        if (threads > 1) {
            pipeline.annotate(docs, threads);
        } else {
            docs.forEach(pipeline::annotate);
        }
        long tokens = 0;
        for (Annotation d : docs) {
            tokens += d.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }

    private static int head(Path from, Path to, int limit) throws IOException {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line;
            while (n < limit && (line = r.readLine()) != null) {
                w.write(line);
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private static List<Paper> read(Path file) {
        List<Paper> papers = new ArrayList<>();
        PaperInputs.read(file, new PaperSink() {
            @Override
            public void paper(Paper paper) {
                papers.add(paper);
            }

            @Override
            public void problem(IngestProblem problem) {
            }
        });
        return papers;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
