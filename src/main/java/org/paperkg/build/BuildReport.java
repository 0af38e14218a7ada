package org.paperkg.build;

import org.paperkg.ingest.IngestProblem;

import java.util.List;

/**
 * What a build did.
 *
 * @param read      good records read from the inputs
 * @param extracted papers extracted and written
 * @param unchanged papers skipped because the store already held them unchanged
 * @param problems  records skipped, with file and line
 * @param aborted   true when --strict stopped the build at a problem
 * @param warnings  records stored with a warning (their id is shared by a different paper)
 * @param merged    records of a paper read earlier or stored: another source's, or another arXiv version
 * @param deleted   papers removed because their source withdrew them (MEDLINE DeleteCitation)
 */
public record BuildReport(long read, long extracted, long unchanged, List<IngestProblem> problems,
                          boolean aborted, double seconds, long warnings, long merged, long deleted) {
    public BuildReport {
        problems = List.copyOf(problems);

    }

    public BuildReport(long read, long extracted, long unchanged, List<IngestProblem> problems,
                       boolean aborted, double seconds) {
        this(read, extracted, unchanged, problems, aborted, seconds, 0, 0, 0);
    }
}
