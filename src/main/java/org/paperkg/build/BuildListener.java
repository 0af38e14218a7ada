package org.paperkg.build;

import org.paperkg.ingest.IngestProblem;

/** Hears about a build as it goes: progress for people, problems as they are found. */
public interface BuildListener {
    void progress(long papersDone, double papersPerSecond);

    /** Progress with the share of the input read; by default passed on as records and rate. */
    default void progress(BuildProgress progress) {
        progress(progress.recordsRead(), progress.recordsPerSecond());
    }

    void problem(IngestProblem problem);

    /** Work besides reading records that may take a while (summarizing a large store again), before it starts. */
    default void stage(String what) {
    }

    /** A record that was stored, but with something worth knowing (e.g. its id is shared by another paper). */
    default void warning(IngestProblem warning) {
    }

    BuildListener SILENT = new BuildListener() {
        @Override
        public void progress(long papersDone, double papersPerSecond) {
        }

        @Override
        public void problem(IngestProblem problem) {
        }
    };
}
