package org.paperkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readers of the big open sources, on small files written after each source's documented fields. */
class SourceFormatsTest {
    private static final String SHARED_TITLE = "Sparse Mixture Adapters for Efficient Fine-Tuning";
    private static final String SHARED_ABSTRACT = "We propose SMA, a sparse mixture of adapters for parameter-efficient"
            + " fine-tuning. On GLUE, SMA reaches 88.1% average accuracy, outperforming LoRA by 1.2 points.";
    private static final PaperId SHARED = PaperId.arxiv("2301.04567");

    @TempDir
    Path dir;

    static Path source(String name) throws URISyntaxException {
        return Path.of(SourceFormatsTest.class.getResource("/sources/" + name).toURI());
    }

    /** The snapshot fixture gzipped into {@code dir}, under a name that says nothing of its format. */
    static Path gzipped(Path dir, String name) throws IOException, URISyntaxException {
        Path out = dir.resolve(name + ".gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out))) {
            Files.copy(source(name), os);
        }
        return out;
    }

    private static RecordingSink read(Path... files) {
        RecordingSink sink = new RecordingSink();
        PaperInputs.readAll(List.of(files), null, sink, n -> {
        });
        return sink;
    }

    private static Paper shared(RecordingSink sink) {
        return sink.papers.stream().filter(p -> p.ids().contains(SHARED)).findFirst().orElseThrow();
    }

    @Test
    void eachSourceIsRecognisedByItsContent() throws Exception {
        assertEquals(InputFormat.ARXIV_OAI, InputFormat.detect(source("arxiv-oai-page1.xml")));
        assertEquals(InputFormat.ARXIV_JSON, InputFormat.detect(source("arxiv-snapshot.json")));
        assertEquals(InputFormat.ARXIV_JSON, InputFormat.detect(gzipped(dir, "arxiv-snapshot.json")));
        assertEquals(InputFormat.OPENALEX, InputFormat.detect(source("openalex-works.jsonl")));
        assertEquals(InputFormat.S2_PAPERS, InputFormat.detect(source("s2-papers.jsonl")));
        assertEquals(InputFormat.S2_ABSTRACTS, InputFormat.detect(source("s2-abstracts.jsonl")));
        assertEquals(InputFormat.PUBMED, InputFormat.detect(source("pubmed.xml")));
        assertEquals(InputFormat.BIBTEX, InputFormat.detect(source("references.bib")));
        Path noName = Files.copy(source("references.bib"), dir.resolve("refs"));
        assertEquals(InputFormat.BIBTEX, InputFormat.detect(noName));
    }

    @Test
    void arxivOaiRecordsAreOneLineWithAuthorsAffiliationsAndCategories() throws Exception {
        RecordingSink sink = read(source("arxiv-oai-page1.xml"));
        assertEquals(List.of(), sink.problems);
        assertEquals(2, sink.papers.size());
        Paper p = shared(sink);
        assertEquals(SHARED_TITLE, p.title());
        assertEquals(SHARED_ABSTRACT, p.abstractText());
        assertEquals(List.of("Chidi Okafor", "Jürgen Müller"), p.authorNames());
        assertEquals("University of Lagos", p.authors().get(0).affiliation());
        assertEquals(List.of("cs.CL", "cs.LG"), p.categories());
        assertEquals("2023-01-11", p.date());
        assertEquals("2023-02-01", p.revised());
        assertEquals(2023, p.year());
        assertEquals("http://creativecommons.org/licenses/by/4.0/", p.license());
        assertEquals(SHARED, p.key());
        assertEquals(7, p.source().line()); // the line of its <record>
    }

    @Test
    void theSnapshotGivesVersionsDatesAndTheJournalDoi() throws Exception {
        for (Path file : List.of(source("arxiv-snapshot.json"), gzipped(dir, "arxiv-snapshot.json"))) {
            RecordingSink sink = read(file);
            assertEquals(List.of(), sink.problems);
            Paper p = shared(sink);
            assertEquals(SHARED_ABSTRACT, p.abstractText());
            assertEquals(2, p.version());
            assertEquals("2023-02-01", p.revised());
            assertEquals("2023-01-11", p.date());
            Paper other = sink.papers.get(1);
            assertEquals(PaperId.doi("10.5555/GCPM.2023"), other.key());
            assertEquals("NeurIPS 2023", other.venue());
        }
    }

    @Test
    void openAlexAbstractsAreRebuiltFromWordPositionsAndTheArxivDoiIsTheArxivId() throws Exception {
        RecordingSink sink = read(source("openalex-works.jsonl"));
        assertEquals(List.of(), sink.problems);
        Paper p = shared(sink);
        assertEquals(SHARED_ABSTRACT, p.abstractText());
        assertEquals(SHARED, p.key());
        assertTrue(p.ids().contains(PaperId.openAlex("https://openalex.org/W4310000001")));
        assertEquals(new Author("Chidi Okafor", "0000-0002-1825-0097", "University of Lagos"), p.authors().get(0));
        Paper other = sink.papers.get(1);
        assertTrue(other.ids().contains(PaperId.pmid("36900002")));
        assertEquals("Neural Networks", other.venue());
    }

    @Test
    void semanticScholarPapersFindTheirAbstractsInTheOtherFileWhateverTheOrder() throws Exception {
        RecordingSink sink = read(source("s2-papers.jsonl"), source("s2-abstracts.jsonl"));
        assertEquals(List.of(), sink.problems);
        assertEquals(2, sink.papers.size());
        assertEquals(SHARED_ABSTRACT, shared(sink).abstractText());
        assertEquals(PaperId.doi("10.18653/v1/2023.acl-long.7"), sink.papers.get(1).key());

        RecordingSink alone = read(source("s2-papers.jsonl"));
        assertTrue(alone.problemText().contains("give the abstracts dataset too"), alone.problemText());
    }

    @Test
    void pubmedJoinsStructuredAbstractsAndKeepsMarkupAsText() throws Exception {
        RecordingSink sink = read(source("pubmed.xml"));
        assertEquals(List.of(), sink.problems);
        Paper p = shared(sink);
        assertTrue(p.ids().contains(PaperId.pmid("36900001")));
        assertEquals("0000-0002-1825-0097", p.authors().get(0).orcid());
        assertEquals("2023-01-11", p.date());
        Paper other = sink.papers.get(1);
        assertEquals("Deep Learning for Chest X-ray Triage", other.title());
        assertEquals("PURPOSE: To evaluate a convolutional network for chest radiograph triage. RESULTS: On CheXpert,"
                + " the DenseNet-121 model reached an AUC of 0.91.", other.abstractText());
        assertEquals(List.of("Chest AI Consortium"), other.authorNames());
        assertEquals(2023, other.year());
        assertNull(other.date());
    }

    @Test
    void pubmedDeleteCitationWithdrawsPapers() throws IOException {
        Path update = Files.writeString(dir.resolve("update.xml"), "<PubmedArticleSet>\n<DeleteCitation>\n"
                + "<PMID Version=\"1\">36900001</PMID>\n<PMID Version=\"1\">36900003</PMID>\n</DeleteCitation>\n"
                + "</PubmedArticleSet>\n");
        List<PaperId> deleted = new ArrayList<>();
        RecordingSink sink = new RecordingSink() {
            @Override
            public void deleted(PaperId id, org.paperkg.model.SourceLocation where) {
                deleted.add(id);
            }
        };
        PaperInputs.read(update, sink);
        assertEquals(List.of(PaperId.pmid("36900001"), PaperId.pmid("36900003")), deleted);
        assertEquals(List.of(), sink.problems);
    }

    @Test
    void bibtexDecodesAccentsBracesAndMacrosAndReadsTheArxivEprint() throws Exception {
        RecordingSink sink = read(source("references.bib"));
        assertEquals(List.of(), sink.problems);
        Paper p = shared(sink);
        assertEquals(List.of("Chidi Okafor", "Jürgen Müller"), p.authorNames());
        assertEquals(SHARED_ABSTRACT, p.abstractText());
        assertEquals(2, p.version());
        Paper other = sink.papers.get(1);
        assertEquals("BERT Distillation with École Data", other.title());
        assertEquals(List.of("María García", "Barnes and Noble Research"), other.authorNames());
        assertEquals("Proceedings of ACL", other.venue());
        assertEquals(2022, other.year());
    }

    @Test
    void theSharedPaperOfEverySourceIsOnePaperNamedByItsArxivId() throws Exception {
        Path dirOfSources = Files.createDirectory(dir.resolve("all"));
        for (String name : List.of("arxiv-oai-page1.xml", "arxiv-snapshot.json", "openalex-works.jsonl",
                "s2-papers.jsonl", "s2-abstracts.jsonl", "pubmed.xml", "references.bib")) {
            Files.copy(source(name), dirOfSources.resolve(name));
        }
        gzipped(dirOfSources, "arxiv-snapshot.json");
        Map<PaperId, List<IdentifiedPaper.Kind>> byKey = new HashMap<>();
        List<IngestProblem> problems = new ArrayList<>();
        PaperIdentities identities = new PaperIdentities(KnownPapers.NONE, new IdentifiedSink() {
            @Override
            public void paper(IdentifiedPaper paper) {
                byKey.computeIfAbsent(paper.key(), k -> new ArrayList<>()).add(paper.kind());
            }

            @Override
            public void problem(IngestProblem problem) {
                problems.add(problem);
            }

            @Override
            public void deleted(PaperId key, org.paperkg.model.SourceLocation where) {
            }
        });
        PaperInputs.readAll(List.of(dirOfSources), null, identities, n -> {
        });
        assertEquals(List.of(), problems);
        // the shared paper in all 7 files of papers (S2 abstracts join its papers file); 1 other paper in each
        // source (the gzipped snapshot repeats the plain one's)
        assertEquals(1 + 6, byKey.size(), byKey.toString());
        assertEquals(List.of(IdentifiedPaper.Kind.FIRST), byKey.get(PaperId.arxiv("2302.00001")));
        List<IdentifiedPaper.Kind> shared = byKey.get(SHARED);
        assertEquals(7, shared.size(), shared.toString());
        assertEquals(IdentifiedPaper.Kind.FIRST, shared.get(0));
        assertEquals(6, shared.stream().filter(k -> k == IdentifiedPaper.Kind.OTHER_SOURCE).count());
    }
}
