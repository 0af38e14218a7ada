package org.paperkg.query;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.paperkg.model.EntityType;
import org.paperkg.rdf.FactsToRdf;
import org.paperkg.store.KgStore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * "Did you mean ImageNet?": the labels of a store's entities of one type, and those closest to a value that
 * matches none of them (Levenshtein distance, case-insensitive), so that a typo in a {@code --param} is told
 * apart from an empty answer.
 */
public record LabelSuggestions(EntityType type, List<String> labels) {
    /** Labels at most this many edits away are suggested, or a third of the value's length if that is more. */
    static final int MIN_EDITS_SUGGESTED = 2;
    /** How many suggestions are shown at most. */
    public static final int MAX_SUGGESTIONS = 3;

    /** Every rdfs:label, skos:prefLabel and skos:altLabel of the store's entities of this type. */
    public static LabelSuggestions of(KgStore store, EntityType type) {
        String sparql = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT DISTINCT ?l WHERE { ?e a <" + FactsToRdf.classOf(type).getURI() + "> ;"
                + " rdfs:label|skos:prefLabel|skos:altLabel ?l }";
        List<String> labels = Txn.calculateRead(store.dataset(), () -> {
            TreeSet<String> found = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create(sparql, store.dataset())) {
                qe.execSelect().forEachRemaining(row -> found.add(row.getLiteral("l").getString()));
            }
            return List.copyOf(found);
        });
        return new LabelSuggestions(type, labels);
    }

    /** The entity type a canned query's parameter names (method, dataset, metric, task), if it names one. */
    public static Optional<EntityType> typeOfParameter(String parameter) {
        for (EntityType t : EntityType.values()) {
            if (t.singular().equals(parameter)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** True when some label equals the value, ignoring case. */
    public boolean matches(String value) {
        return labels.stream().anyMatch(l -> l.equalsIgnoreCase(value.strip()));
    }

    /** The labels closest to the value, nearest first, at most {@link #MAX_SUGGESTIONS}; none when all are far. */
    public List<String> closest(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int threshold = Math.max(MIN_EDITS_SUGGESTED, v.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        // By distance, then alphabetically; one spelling per lower-cased label.
        Map<String, Integer> near = new TreeMap<>();
        for (String label : labels) {
            int d = distance.apply(v, label.toLowerCase(Locale.ROOT));
            if (d >= 0) {
                near.merge(label, d, Math::min);
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return near.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .map(Map.Entry::getKey)
                .filter(label -> seen.add(label.toLowerCase(Locale.ROOT)))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }
}
