package org.paperkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The paperkg ontology (ontology/paperkg.ttl). */
public final class PKG {
    public static final String NS = "https://w3id.org/paperkg/ontology#";
    /** Base of instance IRIs: papers, entities, results. */
    public static final String ID = "https://w3id.org/paperkg/id/";

    private PKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Paper = resource("Paper");
    public static final Resource Method = resource("Method");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Metric = resource("Metric");
    public static final Resource Task = resource("Task");
    public static final Resource Mention = resource("Mention");
    public static final Resource ClaimedResult = resource("ClaimedResult");
    public static final Resource MethodRole = resource("MethodRole");
    public static final Resource ResultKind = resource("ResultKind");
    public static final Resource IdentitySource = resource("IdentitySource");
    public static final Resource MetricDirection = resource("MetricDirection");
    /** One author of one paper: position, name, ORCID, affiliation. */
    public static final Resource Authorship = resource("Authorship");

    // Individuals
    public static final Resource Proposed = resource("Proposed");
    public static final Resource Compared = resource("Compared");
    public static final Resource Used = resource("Used");
    public static final Resource Absolute = resource("Absolute");
    public static final Resource Relative = resource("Relative");
    public static final Resource ByDefinition = resource("ByDefinition");
    public static final Resource ByLexicon = resource("ByLexicon");
    public static final Resource ByShape = resource("ByShape");
    public static final Resource HigherIsBetter = resource("HigherIsBetter");
    public static final Resource LowerIsBetter = resource("LowerIsBetter");
    public static final Resource UnknownDirection = resource("UnknownDirection");

    // Paper -> entity
    public static final Property mentions = property("mentions");
    public static final Property proposes = property("proposes");
    public static final Property comparesWith = property("comparesWith");
    public static final Property uses = property("uses");
    public static final Property hasMention = property("hasMention");
    public static final Property reportsResult = property("reportsResult");
    public static final Property venue = property("venue");

    // Paper metadata: identifiers (sub-properties of dcterms:identifier), categories, authorships
    public static final Property doi = property("doi");
    public static final Property arxivId = property("arxivId");
    public static final Property arxivVersion = property("arxivVersion");
    public static final Property pmid = property("pmid");
    public static final Property openalexId = property("openalexId");
    public static final Property s2CorpusId = property("s2CorpusId");
    public static final Property category = property("category");
    public static final Property hasAuthorship = property("hasAuthorship");
    public static final Property position = property("position");
    public static final Property authorName = property("authorName");
    public static final Property orcid = property("orcid");
    public static final Property affiliation = property("affiliation");

    // Mention
    public static final Property entity = property("entity");
    public static final Property role = property("role");
    public static final Property surfaceForm = property("surfaceForm");
    public static final Property alias = property("alias");
    public static final Property confidence = property("confidence");
    public static final Property identitySource = property("identitySource");

    // Entity
    public static final Property key = property("key");

    // Claimed result
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property normalizedValue = property("normalizedValue");
    public static final Property normalizedUnit = property("normalizedUnit");
    /** Metric -> whether a higher or a lower value is better. */
    public static final Property direction = property("direction");
    public static final Property metric = property("metric");
    public static final Property method = property("method");
    public static final Property dataset = property("dataset");
    public static final Property baseline = property("baseline");
    public static final Property baselineLabel = property("baselineLabel");
    public static final Property resultKind = property("resultKind");
    public static final Property evidenceText = property("evidenceText");
    public static final Property evidenceStart = property("evidenceStart");
    public static final Property evidenceEnd = property("evidenceEnd");
    public static final Property ordinal = property("ordinal");

    // Summary graph (derived from the paper graphs by store.SummaryGraphs; what the web pages read)
    public static final Resource Leaderboard = resource("Leaderboard");
    public static final Property paperCount = property("paperCount");
    public static final Property resultCount = property("resultCount");
    public static final Property lookupKey = property("lookupKey");
    public static final Property searchPrefix = property("searchPrefix");
    public static final Property coMention = property("coMention");
    public static final Property coEntity = property("coEntity");
    public static final Property boardDataset = property("boardDataset");
    public static final Property boardMetric = property("boardMetric");
    public static final Property countOf = property("countOf");
    public static final Property count = property("count");
    public static final Property summaryVersion = property("summaryVersion");
    public static final Property boardResult = property("boardResult");
    public static final Property boardConfidence = property("boardConfidence");
    public static final Property tierConfidence = property("tierConfidence");
    public static final Property extractedBy = property("extractedBy");
    public static final Property rareSearchPrefix = property("rareSearchPrefix");
    public static final Property titleSearchPrefix = property("titleSearchPrefix");
    public static final Property topSearchPrefix = property("topSearchPrefix");
    public static final Property neighbourLink = property("neighbourLink");
    public static final Property firstPaper = property("firstPaper");
    public static final Property firstResult = property("firstResult");
}
