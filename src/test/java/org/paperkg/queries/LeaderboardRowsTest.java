package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.HandMadeFacts;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.Evidence;
import org.paperkg.model.MethodRole;
import org.paperkg.model.MetricDirection;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.ResultKind;
import org.paperkg.query.CannedQuery;
import org.paperkg.rdf.FactsToRdf;

/**
 * The leaderboard on facts written by hand and mapped by FactsToRdf: one row per paper, method, dataset and
 * metric (its best claim), ranked by the metric's direction, relative gains apart, one unit kind per board.
 */
class LeaderboardRowsTest {
    private static final DatasetGraph DATASET = DatasetGraphFactory.createTxnMem();
    private static CannedQuery leaderboard;

    @BeforeAll
    static void load() throws IOException {
        leaderboard = CannedQuery.parse("leaderboard", Files.readString(Path.of("queries", "leaderboard.rq")));
        EntityMention bench = dataset("benchmarkx", "BenchX");
        EntityMention accuracy = metric("accuracy", "accuracy");
        EntityMention error = metric("testerror", "test error");
        EntityMention oddity = metric("oddity", "oddity");
        write(paper("pa", "Grid Networks", List.of(method("gridnet", "GridNet"), bench, accuracy, oddity),
                claim("80.1", "%", "accuracy", "gridnet", ResultKind.ABSOLUTE, MetricDirection.HIGHER_IS_BETTER),
                claim("82.4", "%", "accuracy", "gridnet", ResultKind.ABSOLUTE, MetricDirection.HIGHER_IS_BETTER),
                claim("1.2", "%", "accuracy", "gridnet", ResultKind.RELATIVE, MetricDirection.HIGHER_IS_BETTER),
                claim("12", "MB", "accuracy", "gridnet", ResultKind.ABSOLUTE, MetricDirection.HIGHER_IS_BETTER),
                claim("3.5", null, "oddity", "gridnet", ResultKind.ABSOLUTE, MetricDirection.UNKNOWN),
                claim("4.5", null, "oddity", "gridnet", ResultKind.ABSOLUTE, MetricDirection.UNKNOWN)));
        write(paper("pb", "Ring Networks", List.of(method("ringnet", "RingNet"), bench, accuracy, error),
                claim("83.0", "%", "accuracy", "ringnet", ResultKind.ABSOLUTE, MetricDirection.HIGHER_IS_BETTER),
                claim("9.8", "%", "testerror", "ringnet", ResultKind.ABSOLUTE, MetricDirection.LOWER_IS_BETTER)));
        write(paper("pc", "Cone Networks", List.of(method("conenet", "ConeNet"), bench, error),
                claim("7.9", "%", "testerror", "conenet", ResultKind.ABSOLUTE, MetricDirection.LOWER_IS_BETTER),
                claim("11.0", "%", "testerror", "conenet", ResultKind.ABSOLUTE, MetricDirection.LOWER_IS_BETTER)));
        write(paper("pd", "Unnamed Networks", List.of(method("dotnet", "DotNet"), bench, metric("recall", "recall")),
                claim("71.0", "%", "recall", null, ResultKind.ABSOLUTE, MetricDirection.HIGHER_IS_BETTER)));
    }

    @Test
    void aClaimWithoutAMethodShowsNoMethodLabel() {
        assertEquals(List.of("71.0 | "), rows(Map.of("metric", "recall"), "value", "methodLabel"));
    }

    @Test
    void eachPaperAndMethodHasOneRowItsBestAbsoluteClaimInTheBoardsOwnUnit() {
        assertEquals(List.of("83.0 | RingNet", "82.4 | GridNet"),
                rows(Map.of("metric", "accuracy"), "value", "methodLabel"));
    }

    @Test
    void aLowerIsBetterMetricRanksItsLowestValueFirst() {
        assertEquals(List.of("7.9 | ConeNet | lowerisbetter", "9.8 | RingNet | lowerisbetter"),
                rows(Map.of("metric", "test error"), "value", "methodLabel", "direction"));
    }

    @Test
    void relativeGainsAreABoardOfTheirOwn() {
        assertEquals(List.of("1.2 | relative"),
                rows(Map.of("metric", "accuracy", "kind", "relative"), "value", "claimKind"));
    }

    @Test
    void aMetricOfUnknownDirectionKeepsEveryClaimMarkedUnknown() {
        assertEquals(List.of("3.5 | unknowndirection", "4.5 | unknowndirection"),
                rows(Map.of("metric", "oddity"), "value", "direction"));
    }

    private static List<String> rows(Map<String, String> given, String... columns) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(leaderboard.sparql());
        for (CannedQuery.Parameter p : leaderboard.parameters()) {
            pss.setLiteral(p.name(), given.getOrDefault(p.name(), p.defaultValue()));
        }
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(DATASET)).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(s.contains(c) ? s.get(c).isLiteral() ? s.getLiteral(c).getLexicalForm() : s.get(c).toString() : "");
                }
                out.add(String.join(" | ", cells));
            }
        }
        return out;
    }

    private static void write(PaperFacts facts) {
        FactsToRdf.write(facts, StreamRDFLib.dataset(DATASET));
    }

    private static PaperFacts paper(String id, String title, List<EntityMention> mentions, ClaimedResult... results) {
        String text = "An abstract with results.";
        return new PaperFacts(HandMadeFacts.paper(id, title, text), mentions, List.of(), List.of(results));
    }

    private static ClaimedResult claim(String value, String unit, String metric, String method, ResultKind kind,
                                       MetricDirection direction) {
        return new ClaimedResult(new BigDecimal(value), unit, metric, method, "benchmarkx", null, null, kind,
                new Evidence("An abstract with results.", 0, 25), 0.8, direction);
    }

    private static EntityMention method(String key, String name) {
        return new EntityMention(EntityType.METHOD, key, name, List.of(), null, MethodRole.PROPOSED, 0.9);
    }

    private static EntityMention dataset(String key, String name) {
        return new EntityMention(EntityType.DATASET, key, name, List.of(), null, null, 0.9);
    }

    private static EntityMention metric(String key, String name) {
        return new EntityMention(EntityType.METRIC, key, name, List.of(), null, null, 0.9);
    }
}
