package org.paperkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.paperkg.vocab.PKG;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The first rows of an entity's long lists, kept in the summary graph: for an entity that more than
 * {@link #KEPT} papers mention, the first {@code KEPT} (101) in the order the entity page lists them
 * ({@code pkg:firstPaper}, queries/entity-papers.rq: newest first); for one that more than {@code KEPT} claimed
 * results name, the first {@code KEPT} results (queries/entity-results.rq: most confident first). The queries
 * read these first, and the entity's other papers or results only for rows past them, so that a page of the most
 * mentioned entities costs a hundred lookups instead of one per paper (Jena reads the parts of a UNION in order and
 * a part only when asked for its first row). The order is the queries' own, computed
 * by the same SPARQL engine (the queries' ORDER BY, here without a confidence filter: a list ordered by confidence
 * first keeps its order under any lowest confidence); SummaryRowsTest checks that the rows agree.
 */
final class FirstRows {
    /**
     * The canned queries' own limit (a first answer, or the entity page's first five pages of papers), and one
     * more: Jena asks for the next row before it stops at the limit, and the row after the kept ones would start
     * reading every paper.
     */
    static final int KEPT = 100 + 1;
    private static final Var ENTITY = Var.alloc("entity");
    private static final String PREFIXES = """
            PREFIX pkg:     <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            """;
    /** As queries/entity-papers.rq orders them. */
    private static final Query PAPERS = QueryFactory.create(PREFIXES + """
            SELECT ?item WHERE {
              GRAPH ?g { ?item pkg:mentions ?entity ; dcterms:title ?t OPTIONAL { ?item dcterms:issued ?issued } }
            }
            ORDER BY DESC(STR(?issued)) STR(?t) STR(?item)
            LIMIT""" + " " + KEPT);
    /** As queries/entity-results.rq orders them. */
    private static final Query RESULTS = QueryFactory.create(PREFIXES + """
            SELECT ?item WHERE {
              { GRAPH ?g { ?item pkg:dataset ?entity } } UNION { GRAPH ?g { ?item pkg:metric ?entity } }
              UNION { GRAPH ?g { ?item pkg:method ?entity } }
              GRAPH ?g {
                ?item pkg:value ?value ; pkg:confidence ?confidence ; pkg:resultKind ?k .
                ?paper pkg:reportsResult ?item ; dcterms:title ?t .
                OPTIONAL { ?item pkg:dataset ?dataset . GRAPH <https://w3id.org/paperkg/id/graph/entities> { ?dataset skos:prefLabel ?dl } }
                OPTIONAL { ?item pkg:metric ?metric . GRAPH <https://w3id.org/paperkg/id/graph/entities> { ?metric skos:prefLabel ?ml } }
              }
            }
            ORDER BY DESC(?confidence) STR(?dl) STR(?ml) DESC(?value) STR(?item)
            LIMIT""" + " " + KEPT);

    private FirstRows() {
    }

    /** Writes the entity's first papers and results where it has more than {@link #KEPT} of them. */
    static void write(DatasetGraph dsg, Node entity, int papers, int results) {
        if (papers > KEPT) {
            first(dsg, PAPERS, entity).forEach(p -> dsg.add(SummaryGraphs.GRAPH, entity, PKG.firstPaper.asNode(), p));
        }
        if (results > KEPT) {
            first(dsg, RESULTS, entity).forEach(r -> dsg.add(SummaryGraphs.GRAPH, entity, PKG.firstResult.asNode(), r));
        }
    }

    /** The items of the query's first rows, read before anything is written (no iterator open during writes). */
    private static Set<Node> first(DatasetGraph dsg, Query query, Node entity) {
        Set<Node> out = new LinkedHashSet<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(ENTITY, entity).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> out.add(b.get("item")));
        }
        return out;
    }
}
