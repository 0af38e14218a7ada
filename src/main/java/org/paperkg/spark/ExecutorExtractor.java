package org.paperkg.spark;

import org.apache.spark.TaskContext;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.RuleBasedExtractor;

/**
 * One extractor per executor JVM, built on first use by whichever task needs it first and shared by the tasks that
 * run there after (the extractor is thread-safe); it lives in a static holder, so it is never serialized with a task.
 * Each extraction call uses as many CoreNLP threads as a task has cores ({@code spark.task.cpus}): the executor runs
 * cores / task.cpus tasks at once, so together they use its cores.
 */
final class ExecutorExtractor {
    private ExecutorExtractor() {
    }

    /** The JVM's extractor (loading CoreNLP's models the first time: seconds). */
    static Extractor get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final Extractor INSTANCE = RuleBasedExtractor.standard(threadsPerTask());
    }

    private static int threadsPerTask() {
        TaskContext task = TaskContext.get();
        return task == null ? 1 : Math.max(1, task.cpus());
    }
}
