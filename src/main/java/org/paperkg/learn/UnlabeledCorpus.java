package org.paperkg.learn;

import org.paperkg.evaluate.Scorer;
import org.paperkg.extract.PhraseFrequencies;
import org.paperkg.ingest.IngestProblem;
import org.paperkg.ingest.PaperInputs;
import org.paperkg.ingest.PaperSink;
import org.paperkg.model.Paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Phrase counts from unlabeled abstracts (any format build reads), streamed: the abstracts kept for
 * evaluation and the annotated papers themselves are left out, so no count comes from a paper the
 * cross-validation holds out or the final evaluation reads.
 */
public final class UnlabeledCorpus {
    private UnlabeledCorpus() {
    }

    /**
     * @param excludedTitles files of titles to leave out, one a line ("#" lines are comments)
     * @param pool           the annotated papers, also left out
     */
    public static PhraseFrequencies count(Path corpus, List<Path> excludedTitles, List<PoolPaper> pool) throws IOException {
        Set<String> excluded = new HashSet<>();
        for (Path f : excludedTitles) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    excluded.add(Scorer.norm(line));
                }
            }
        }
        pool.forEach(p -> excluded.add(Scorer.norm(p.paper().title())));
        PhraseFrequencies.Counter counter = new PhraseFrequencies.Counter();
        PaperInputs.read(corpus, new PaperSink() {
            @Override
            public void paper(Paper paper) {
                if (!excluded.contains(Scorer.norm(paper.title()))) {
                    counter.add(paper.title() + " . " + paper.abstractText());
                }
            }

            @Override
            public void problem(IngestProblem problem) {
                // an unreadable record only means one abstract fewer to count
            }
        });
        return counter.frequencies();
    }
}
