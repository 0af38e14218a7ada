package org.paperkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.FamilyLink;
import org.paperkg.model.IdentitySource;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.TermKey;
import org.paperkg.vocab.PKG;

/** How identity and families reach the graph: sense labels, identity sources, skos:broader. */
class EntityIdentityRdfTest {
    private static DatasetGraph write(EntityMention m) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Paper p = Paper.of("A paper", "An abstract.", null);
        FactsToRdf.write(new PaperFacts(p, List.of(m), List.of(), List.of()), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static Node entity(EntityType type, String key) {
        return NodeFactory.createURI(Iris.entity(type, key));
    }

    @Test
    void anAcronymInThePapersOwnSenseIsLabelledWithItsLongForm() {
        String key = TermKey.withSense("PAM", "Partitioning Around Medoids");
        EntityMention pam = new EntityMention(EntityType.METHOD, key, "PAM", List.of("Partitioning Around Medoids"),
                null, MethodRole.USED, 0.75, null, IdentitySource.DEFINITION, List.of());
        DatasetGraph dsg = write(pam);
        Node node = entity(EntityType.METHOD, key);
        assertTrue(dsg.contains(FactsToRdf.ENTITIES, node, RDFS.label.asNode(),
                NodeFactory.createLiteralString("Partitioning Around Medoids")));
        assertTrue(dsg.contains(FactsToRdf.ENTITIES, node, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("PAM")));
        assertTrue(dsg.find(Node.ANY, Node.ANY, PKG.identitySource.asNode(), PKG.ByDefinition.asNode()).hasNext());
    }

    @Test
    void eachFamilyStepIsABroaderLinkToALabelledEntityOfTheSameType() {
        EntityMention vit = new EntityMention(EntityType.METHOD, "vitb16", "ViT-B/16", List.of(), "ViT-B/16",
                MethodRole.USED, 0.9, null, IdentitySource.LEXICON,
                List.of(new FamilyLink("vitb16", "vitb", "ViT-B"), new FamilyLink("vitb", "visiontransformer", "vision transformer")));
        DatasetGraph dsg = write(vit);
        Node variant = entity(EntityType.METHOD, "vitb16");
        Node size = entity(EntityType.METHOD, "vitb");
        Node family = entity(EntityType.METHOD, "visiontransformer");
        assertTrue(dsg.contains(FactsToRdf.ENTITIES, variant, SKOS.broader.asNode(), size));
        assertTrue(dsg.contains(FactsToRdf.ENTITIES, size, SKOS.broader.asNode(), family));
        assertTrue(dsg.contains(FactsToRdf.ENTITIES, family, SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralString("vision transformer")));
        assertEquals(1, dsg.stream(FactsToRdf.ENTITIES, family, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY).count());
    }
}
