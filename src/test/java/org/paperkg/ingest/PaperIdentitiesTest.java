package org.paperkg.ingest;

import org.junit.jupiter.api.Test;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which paper a record is: shared identifiers, arXiv versions, the store's papers, titles as a last resort. */
class PaperIdentitiesTest {
    private final List<IdentifiedPaper> out = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final List<PaperId> deleted = new ArrayList<>();

    private PaperIdentities identities(KnownPapers known) {
        return new PaperIdentities(known, new IdentifiedSink() {
            @Override
            public void paper(IdentifiedPaper paper) {
                out.add(paper);
            }

            @Override
            public void problem(IngestProblem problem) {
                problems.add(problem);
            }

            @Override
            public void deleted(PaperId key, SourceLocation where) {
                deleted.add(key);
            }
        });
    }

    private static Paper record(String title, Integer version, String revised, PaperId... ids) {
        Paper.Builder b = new Paper.Builder();
        b.title = title;
        b.abstractText = "An abstract of " + title + ".";
        b.source = new SourceLocation("test", 1);
        b.version = version;
        b.revised = revised;
        for (PaperId id : ids) {
            b.id(id);
        }
        return b.build();
    }

    @Test
    void theStrongestIdentifierNamesThePaperAndAnArxivDoiIsTheArxivId() {
        assertEquals(PaperId.arxiv("2301.04567"), PaperId.doi("https://doi.org/10.48550/arXiv.2301.04567"));
        assertEquals(PaperId.arxiv("2301.04567"), PaperId.arxiv("arXiv:2301.04567v3"));
        assertEquals(3, PaperId.arxivVersion("2301.04567v3"));
        assertEquals(PaperId.arxiv("hep-th/9901001"), PaperId.arxiv("hep-th/9901001v2"));
        Paper p = record("T", null, null, PaperId.semanticScholar("12"), PaperId.pmid("7"), PaperId.doi("10.1234/X"));
        assertEquals(new PaperId(PaperId.Scheme.DOI, "10.1234/x"), p.key());
        assertEquals(PaperId.Scheme.TITLE, record("T", null, null).key().scheme());
    }

    @Test
    void aNewerArxivVersionReplacesTheOlderAndAnOlderOneOnlyAddsItsIdentifiers() {
        PaperIdentities ids = identities(KnownPapers.NONE);
        PaperId arxiv = PaperId.arxiv("2301.04567");
        ids.paper(record("Title v1", 1, "2023-01-11", arxiv));
        ids.paper(record("Title v3", 3, "2023-03-01", arxiv));
        ids.paper(record("Title v2", 2, "2023-02-01", arxiv, PaperId.openAlex("W1")));
        assertEquals(List.of(IdentifiedPaper.Kind.FIRST, IdentifiedPaper.Kind.NEWER_VERSION,
                IdentifiedPaper.Kind.OTHER_SOURCE), out.stream().map(IdentifiedPaper::kind).toList());
        assertTrue(out.stream().allMatch(p -> p.key().equals(arxiv)));
        // without version numbers, the dates order them
        ids.paper(record("Title later", null, "2023-04-01", arxiv));
        assertEquals(IdentifiedPaper.Kind.NEWER_VERSION, out.get(3).kind());
        assertTrue(out.get(3).paper().ids().contains(PaperId.openAlex("W1")), "ids of earlier records carried on");
        assertEquals(List.of(), problems);
    }

    @Test
    void aRecordSharingAnyIdentifierJoinsThePaperReadFirst() {
        PaperIdentities ids = identities(KnownPapers.NONE);
        ids.paper(record("S2 record", null, null, PaperId.semanticScholar("55"), PaperId.doi("10.1234/j")));
        ids.paper(record("BibTeX record", null, null, PaperId.doi("10.1234/J"), PaperId.pmid("9")));
        ids.paper(record("PubMed record", null, null, PaperId.pmid("9")));
        assertEquals(List.of(PaperId.doi("10.1234/j")), out.stream().map(IdentifiedPaper::key).distinct().toList());
    }

    @Test
    void aStoredPaperKeepsItsIriWhenAnotherSourceBringsAStrongerIdentifier() {
        PaperId stored = PaperId.arxiv("2301.04567");
        PaperIdentities ids = identities(id -> id.equals(stored) ? new KnownPapers.Known(stored, 2, null) : null);
        ids.paper(record("S2 record", null, null, PaperId.doi("10.1234/journal"), stored));
        assertEquals(stored, out.get(0).key());
        assertEquals(IdentifiedPaper.Kind.FIRST, out.get(0).kind());
        ids.paper(record("old", 1, null, PaperId.arxiv("2301.04567v1")));
        assertEquals(IdentifiedPaper.Kind.OTHER_SOURCE, out.get(1).kind());
    }

    @Test
    void recordsWithoutIdentifiersAreNamedByTitleAndASecondOneIsADuplicate() {
        PaperIdentities ids = identities(KnownPapers.NONE);
        ids.paper(record("Same Title", null, null));
        ids.paper(record("same title!", null, null));
        assertEquals(1, out.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("duplicate record"), problems.toString());
    }

    @Test
    void aWithdrawnPaperIsDeletedByTheKeyItWasStoredUnder() {
        PaperIdentities ids = identities(KnownPapers.NONE);
        ids.paper(record("PubMed record", null, null, PaperId.doi("10.1234/x"), PaperId.pmid("9")));
        ids.deleted(PaperId.pmid("9"), new SourceLocation("update.xml", 3));
        assertEquals(List.of(PaperId.doi("10.1234/x")), deleted);
    }
}
