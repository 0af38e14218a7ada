package org.paperkg;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's example of the Java API, compiled and run by the test suite (PaperKgApiTest). Run it on a
 * built store with {@code java -cp target/paperkg.jar:target/test-classes org.paperkg.PaperKgExample paperkg-db}.
 */
public final class PaperKgExample {
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "paperkg-db"), System.out);
    }

    static void run(Path store, PrintStream out) {
        try (PaperKg kg = PaperKg.open(store)) {
            out.print(kg.stats().describe());
            // A canned query with parameters; rows are maps from variable to IRI or literal text.
            for (Map<String, String> row : kg.query("leaderboard",
                    Map.of("dataset", "ImageNet", "metric", "top-1 accuracy"))) {
                out.printf("%6s %-3s %-20s %s%n", row.get("value"), row.getOrDefault("unit", ""),
                        row.get("methodLabel"), row.get("paperTitle"));
            }
            // Streaming, with Jena's QuerySolution, for big answers.
            kg.query("datasets-most-used", Map.of(), s ->
                    out.println(s.getLiteral("datasetLabel").getString() + " " + s.getLiteral("papers").getInt()));
        }
    }

    private PaperKgExample() {
    }
}
