package org.paperkg.ingest;

import org.paperkg.model.Paper;

import java.util.ArrayList;
import java.util.List;

/** Test sink that keeps everything it is given, lenient-mode style. */
class RecordingSink implements PaperSink {
    final List<Paper> papers = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    @Override
    public void paper(Paper paper) {
        papers.add(paper);
    }

    @Override
    public void problem(IngestProblem problem) {
        problems.add(problem);
    }

    List<String> titles() {
        return papers.stream().map(Paper::title).toList();
    }

    List<Long> problemLines() {
        return problems.stream().map(p -> p.where().line()).toList();
    }

    String problemText() {
        return problems.toString();
    }
}
