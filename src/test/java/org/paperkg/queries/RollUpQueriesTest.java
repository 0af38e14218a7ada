package org.paperkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.HandMadeFacts;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.Evidence;
import org.paperkg.model.FamilyLink;
import org.paperkg.model.IdentitySource;
import org.paperkg.model.MethodRole;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.ResultKind;
import org.paperkg.query.QueryLibrary;
import org.paperkg.query.QueryRunner;
import org.paperkg.rdf.FactsToRdf;

/** Canned queries roll a family up over skos:broader only when asked (includeNarrower=true). */
class RollUpQueriesTest {
    private static Dataset dataset;

    @BeforeAll
    static void writeAPaperOnAVariant() {
        String sentence = "ViT-B/16 reaches 85.1% top-1 accuracy on ImageNet-1k.";
        EntityMention variant = new EntityMention(EntityType.DATASET, "imagenet1k", "ImageNet-1k", List.of(),
                "ImageNet-1k", null, 0.9, null, IdentitySource.LEXICON,
                List.of(new FamilyLink("imagenet1k", "imagenet", "ImageNet")));
        EntityMention vit = new EntityMention(EntityType.METHOD, "vitb16", "ViT-B/16", List.of(), "ViT-B/16",
                MethodRole.USED, 0.9, null, IdentitySource.LEXICON,
                List.of(new FamilyLink("vitb16", "vitb", "ViT-B"), new FamilyLink("vitb", "visiontransformer", "vision transformer")));
        PaperFacts facts = new PaperFacts(HandMadeFacts.paper("p1", "Scaling vision models", sentence),
                List.of(variant, vit, HandMadeFacts.top1()), List.of(),
                List.of(new ClaimedResult(new BigDecimal("85.1"), "%", "top1accuracy", "vitb16", "imagenet1k", null, null,
                        ResultKind.ABSOLUTE, new Evidence(sentence, 0, sentence.length()), 0.8)));
        var dsg = DatasetGraphFactory.createTxnMem();
        FactsToRdf.write(facts, StreamRDFLib.dataset(dsg));
        dataset = DatasetFactory.wrap(dsg);
    }

    private static List<QuerySolution> run(String name, Map<String, String> params) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(QueryRunner.bind(QueryLibrary.bundled(name).orElseThrow(), params), dataset)) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aLeaderboardForTheFamilyListsItsVariantsRowsWithTheVariantShown() {
        assertTrue(run("leaderboard", Map.of("dataset", "ImageNet")).isEmpty());
        List<QuerySolution> rows = run("leaderboard", Map.of("dataset", "ImageNet", "includeNarrower", "true"));
        assertEquals(1, rows.size());
        assertEquals("ImageNet-1k", rows.get(0).getLiteral("datasetLabel").getString());
    }

    @Test
    void aMethodFamilyReachesAVariantTwoStepsDown() {
        assertTrue(run("method-datasets", Map.of("method", "vision transformer")).isEmpty());
        assertEquals(1, run("method-datasets", Map.of("method", "vision transformer", "includeNarrower", "true")).size());
    }
}
