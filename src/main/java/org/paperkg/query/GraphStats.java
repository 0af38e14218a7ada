package org.paperkg.query;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.paperkg.model.EntityType;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.store.KgStore;

import java.util.EnumMap;
import java.util.Map;

/** What a store holds: papers, quads, distinct entities by type, claimed results, code links. */
public record GraphStats(long papers, long quads, Map<EntityType, Long> entities, long results, long codeLinks) {

    private static final String PREFIX = "PREFIX pkg: <https://w3id.org/paperkg/ontology#>\n"
            + "PREFIX schema: <https://schema.org/>\n";

    public static GraphStats of(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            long quads = store.dataset().asDatasetGraph().stream().count();
            Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
            for (EntityType t : EntityType.values()) {
                entities.put(t, count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?p pkg:mentions ?e . ?e a <"
                        + FactsToRdf.classOf(t).getURI() + "> }"));
            }
            return new GraphStats(
                    count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:Paper }"),
                    quads, entities,
                    count(store, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a pkg:ClaimedResult }"),
                    count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?p schema:codeRepository ?u }"));
        });
    }

    private static long count(KgStore store, String select) {
        try (QueryExecution qe = QueryExecution.create(PREFIX + select, store.dataset())) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }

    /** A few lines for people: the same figures the build prints. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("papers:    %,d%n", papers));
        sb.append(String.format("quads:     %,d%n", quads));
        sb.append("entities: ");
        entities.forEach((t, n) -> sb.append(String.format(" %s %,d", t.plural(), n)));
        sb.append(String.format("%nresults:   %,d%n", results));
        sb.append(String.format("code links: %,d%n", codeLinks));
        return sb.toString();
    }
}
