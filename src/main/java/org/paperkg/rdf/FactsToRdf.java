package org.paperkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.model.Author;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.FamilyLink;
import org.paperkg.model.IdentitySource;
import org.paperkg.model.MethodRole;
import org.paperkg.model.MetricDirection;
import org.paperkg.model.NormalizedValue;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.model.PaperId;
import org.paperkg.model.ResultKind;
import org.paperkg.model.TermKey;
import org.paperkg.vocab.PKG;
import org.paperkg.vocab.SCHEMA;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one paper's facts as quads in the named graph named by the paper's IRI, and the descriptions of
 * the entities it mentions (type, labels, key, Wikidata link) in the shared entities graph: every quad leaves
 * here in its graph, so the store writes them as they come. Replacing a paper drops its own graph only; its
 * entities keep their descriptions for the other papers.
 */
public final class FactsToRdf {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** The graph of entity descriptions shared by all papers. */
    public static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private FactsToRdf() {
    }

    /** The IRI of the named graph that holds this paper's facts. */
    public static String graphOf(Paper paper) {
        return Iris.paper(paper);
    }

    public static void write(PaperFacts facts, StreamRDF out) {
        new Writer(facts, Iris.paper(facts.paper()), out).run();
    }

    /** Writes the facts under an explicit paper IRI (also the graph name). */
    public static void write(PaperFacts facts, String paperIri, StreamRDF out) {
        new Writer(facts, paperIri, out).run();
    }

    /** The paper's facts as quads, each in its graph (the paper's own, or the shared entities graph). */
    public static List<Quad> toQuads(PaperFacts facts, String paperIri) {
        List<Quad> quads = new ArrayList<>();
        write(facts, paperIri, collector(quads));
        return quads;
    }

    /**
     * The same, with the paper's {@code pkg:extractedBy}: which software wrote these facts (see
     * {@code Provenance.extractor}).
     */
    public static List<Quad> toQuads(PaperFacts facts, String paperIri, String extractedBy) {
        List<Quad> quads = toQuads(facts, paperIri);
        Node paper = NodeFactory.createURI(paperIri);
        quads.add(Quad.create(paper, paper, PKG.extractedBy.asNode(), NodeFactory.createLiteralString(extractedBy)));
        return quads;
    }

    /**
     * What another source's record of a stored paper adds to its graph: identifiers, landing pages and
     * categories (its text and its other fields are the first record's).
     */
    public static List<Quad> identifierQuads(Paper other, String paperIri) {
        List<Quad> quads = new ArrayList<>();
        Writer w = new Writer(new PaperFacts(other, List.of(), List.of(), List.of()), paperIri, collector(quads));
        w.writeIdentifiers(other);
        return quads;
    }

    private static StreamRDF collector(List<Quad> quads) {
        return new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
    }

    private static final class Writer {
        private final PaperFacts facts;
        private final StreamRDF out;
        private final Node graph;
        private final Node paper;
        private final Map<String, Node> entityByTypedKey = new HashMap<>();

        Writer(PaperFacts facts, String paperIri, StreamRDF out) {
            this.facts = facts;
            this.out = out;
            this.paper = NodeFactory.createURI(paperIri);
            this.graph = paper;
        }

        void run() {
            writePaper(facts.paper());
            for (EntityMention m : facts.mentions()) {
                writeMention(m);
            }
            int ordinal = 0;
            for (ClaimedResult r : facts.results()) {
                writeResult(r, ++ordinal);
            }
        }

        private void writePaper(Paper p) {
            add(paper, RDF.type.asNode(), PKG.Paper);
            add(paper, DCTerms.title, literal(p.title()));
            if (p.id() != null && !p.id().isBlank()) {
                add(paper, DCTerms.identifier, literal(p.id().strip()));
            }
            add(paper, DCTerms.abstract_, literal(p.abstractText()));
            writeAuthors(p.authors());
            if (p.year() != null) {
                add(paper, DCTerms.issued, NodeFactory.createLiteralDT(String.format("%04d", p.year()), XSDDatatype.XSDgYear));
            }
            if (p.date() != null) {
                add(paper, DCTerms.date, NodeFactory.createLiteralDT(p.date(), XSDDatatype.XSDdate));
            }
            if (p.venue() != null && !p.venue().isBlank()) {
                add(paper, PKG.venue, literal(p.venue()));
            }
            if (p.license() != null && !p.license().isBlank()) {
                String license = p.license().strip();
                add(paper, DCTerms.license, isIri(license) ? NodeFactory.createURI(license) : literal(license));
            }
            if (p.revised() != null) {
                add(paper, DCTerms.modified, NodeFactory.createLiteralDT(p.revised(), XSDDatatype.XSDdate));
            }
            if (p.version() != null) {
                add(paper, PKG.arxivVersion, NodeFactory.createLiteralDT(p.version().toString(), XSDDatatype.XSDinteger));
            }
            writeIdentifiers(p);
            // A landing page that is not a valid absolute IRI (spaces, quotes, angle brackets...) would make
            // the store unexportable as N-Quads: it is left out, the record is kept.
            if (p.url() != null && !p.url().isBlank() && isIri(p.url().strip())) {
                addIri(paper, SCHEMA.url, p.url().strip());
            }
            for (String url : facts.codeUrls()) {
                addIri(paper, SCHEMA.codeRepository, url);
            }
        }

        /** Authors in order: a name (dcterms:creator) and an authorship node with position, ORCID, affiliation. */
        private void writeAuthors(List<Author> authors) {
            int position = 0;
            for (Author a : authors) {
                add(paper, DCTerms.creator, literal(a.name()));
                Node authorship = NodeFactory.createURI(Iris.authorship(paper.getURI(), ++position));
                add(paper, PKG.hasAuthorship, authorship);
                add(authorship, RDF.type.asNode(), PKG.Authorship);
                add(authorship, PKG.position, NodeFactory.createLiteralDT(Integer.toString(position), XSDDatatype.XSDinteger));
                add(authorship, PKG.authorName, literal(a.name()));
                if (a.orcid() != null) {
                    add(authorship, PKG.orcid, literal(a.orcid()));
                    addIri(authorship, SCHEMA.sameAs, "https://orcid.org/" + a.orcid());
                }
                if (a.affiliation() != null && !a.affiliation().isBlank()) {
                    add(authorship, PKG.affiliation, literal(a.affiliation().strip()));
                }
            }
        }

        /** Each identifier under its own property, with its resolver page; the categories. */
        void writeIdentifiers(Paper p) {
            for (PaperId id : p.ids()) {
                Property property = identifierProperty(id.scheme());
                if (property == null) {
                    continue;
                }
                add(paper, property, literal(id.value()));
                String page = id.landingPage();
                if (page != null && isIri(page)) {
                    addIri(paper, SCHEMA.sameAs, page);
                }
            }
            for (String category : p.categories()) {
                add(paper, PKG.category, literal(category));
            }
        }

        private void writeMention(EntityMention m) {
            Node entity = entity(m.type(), m.key());
            Node mention = NodeFactory.createURI(Iris.mention(paper.getURI(), m.type(), m.key()));
            describe(entity, m);

            add(paper, PKG.mentions, entity);
            add(paper, PKG.hasMention, mention);
            add(mention, RDF.type.asNode(), PKG.Mention);
            add(mention, PKG.entity, entity);
            add(mention, PKG.surfaceForm, literal(m.name()));
            for (String alias : m.aliases()) {
                add(mention, PKG.alias, literal(alias));
            }
            add(mention, PKG.confidence, decimal(m.confidence(), MENTION_CONFIDENCE_DECIMALS));
            add(mention, PKG.identitySource, identityNode(m.identity()));
            if (m.role() != null) {
                add(mention, PKG.role, roleNode(m.role()));
                add(paper, roleProperty(m.role()), entity);
            }
        }

        /**
         * The entity's own description goes to the shared entities graph, once for all papers, so that
         * queries over the union graph meet each label once (not once per paper that mentions it).
         */
        private void describe(Node entity, EntityMention m) {
            String label = labelOf(m);
            entityQuad(entity, RDF.type.asNode(), classOf(m.type()).asNode());
            entityQuad(entity, RDFS.label.asNode(), literal(label));
            entityQuad(entity, SKOS.prefLabel.asNode(), literal(label));
            for (String form : m.aliases()) {
                if (!form.equals(label)) {
                    entityQuad(entity, SKOS.altLabel.asNode(), literal(form));
                }
            }
            if (!m.name().equals(label)) {
                entityQuad(entity, SKOS.altLabel.asNode(), literal(m.name()));
            }
            entityQuad(entity, PKG.key.asNode(), literal(m.key()));
            if (m.wikidataId() != null) {
                entityQuad(entity, SKOS.exactMatch.asNode(), NodeFactory.createURI(WIKIDATA + m.wikidataId()));
            }
            describeFamily(m);
        }

        /** The steps up to the entity's families, each family with its type, label and key so that it resolves. */
        private void describeFamily(EntityMention m) {
            for (FamilyLink link : m.family()) {
                Node family = entity(m.type(), link.broaderKey());
                entityQuad(family, RDF.type.asNode(), classOf(m.type()).asNode());
                entityQuad(family, RDFS.label.asNode(), literal(link.broaderLabel()));
                entityQuad(family, SKOS.prefLabel.asNode(), literal(link.broaderLabel()));
                entityQuad(family, PKG.key.asNode(), literal(link.broaderKey()));
                entityQuad(entity(m.type(), link.narrowerKey()), SKOS.broader.asNode(), family);
            }
        }

        private void entityQuad(Node s, Node p, Node o) {
            out.quad(Quad.create(ENTITIES, s, p, o));
        }

        private void writeResult(ClaimedResult r, int ordinal) {
            Node result = NodeFactory.createURI(Iris.result(paper.getURI(), ordinal));
            add(paper, PKG.reportsResult, result);
            add(result, RDF.type.asNode(), PKG.ClaimedResult);
            add(result, PKG.ordinal, NodeFactory.createLiteralDT(Integer.toString(ordinal), XSDDatatype.XSDinteger));
            add(result, PKG.value, NodeFactory.createLiteralDT(r.value().toPlainString(), XSDDatatype.XSDdecimal));
            if (r.unit() != null) {
                add(result, PKG.unit, literal(r.unit()));
            }
            NormalizedValue normalized = r.normalized();
            add(result, PKG.normalizedValue, NodeFactory.createLiteralDT(normalized.value().toPlainString(), XSDDatatype.XSDdecimal));
            if (normalized.unit() != null) {
                add(result, PKG.normalizedUnit, literal(normalized.unit()));
            }
            if (link(result, PKG.metric, EntityType.METRIC, r.metricKey())) {
                // the direction belongs to the metric, stated once for all papers with its description
                entityQuad(entity(EntityType.METRIC, r.metricKey()), PKG.direction.asNode(),
                        directionNode(r.metricDirection()).asNode());
            }
            link(result, PKG.method, EntityType.METHOD, r.methodKey());
            link(result, PKG.dataset, EntityType.DATASET, r.datasetKey());
            link(result, PKG.baseline, EntityType.METHOD, r.baselineKey());
            if (r.baselineText() != null) {
                add(result, PKG.baselineLabel, literal(r.baselineText()));
            }
            add(result, PKG.resultKind, r.kind() == ResultKind.RELATIVE ? PKG.Relative : PKG.Absolute);
            add(result, PKG.evidenceText, literal(r.evidence().text()));
            add(result, PKG.evidenceStart, NodeFactory.createLiteralDT(Integer.toString(r.evidence().start()), XSDDatatype.XSDinteger));
            add(result, PKG.evidenceEnd, NodeFactory.createLiteralDT(Integer.toString(r.evidence().end()), XSDDatatype.XSDinteger));
            add(result, PKG.confidence, decimal(r.confidence(), RESULT_CONFIDENCE_DECIMALS));
            out.quad(Quad.create(graph, result, PROV_DERIVED, paper));
        }

        /** Links only to entities this paper mentions, so every reference resolves to a labelled node. */
        private boolean link(Node result, Property p, EntityType type, String key) {
            if (key != null && facts.mentions().stream().anyMatch(m -> m.type() == type && m.key().equals(key))) {
                add(result, p, entity(type, key));
                return true;
            }
            return false;
        }

        private Node entity(EntityType type, String key) {
            return entityByTypedKey.computeIfAbsent(type + "/" + key, k -> NodeFactory.createURI(Iris.entity(type, key)));
        }

        private void add(Node s, Node p, Resource o) {
            out.quad(Quad.create(graph, s, p, o.asNode()));
        }

        private void add(Node s, Property p, Resource o) {
            out.quad(Quad.create(graph, s, p.asNode(), o.asNode()));
        }

        private void add(Node s, Property p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }

        private void addIri(Node s, Property p, String iri) {
            add(s, p, NodeFactory.createURI(iri));
        }
    }

    /** The property that states an identifier of this scheme (a sub-property of dcterms:identifier), or null. */
    public static Property identifierProperty(PaperId.Scheme scheme) {
        return switch (scheme) {
            case DOI -> PKG.doi;
            case ARXIV -> PKG.arxivId;
            case PMID -> PKG.pmid;
            case OPENALEX -> PKG.openalexId;
            case S2 -> PKG.s2CorpusId;
            case TITLE -> null;
        };
    }

    /** The ontology class of an entity type (pkg:Method, pkg:Dataset, ...). */
    public static Resource classOf(EntityType type) {
        return switch (type) {
            case METHOD -> PKG.Method;
            case DATASET -> PKG.Dataset;
            case METRIC -> PKG.Metric;
            case TASK -> PKG.Task;
        };
    }

    /**
     * The entity's label: the lexicon's name, else, for an acronym in the paper's own sense, its long form
     * (two "PAM" nodes read "Partitioning Around Medoids" and "Path-Augmented Method"), else the paper's name.
     */
    static String labelOf(EntityMention m) {
        if (m.canonical() != null) {
            return m.canonical();
        }
        int separator = m.key().indexOf(TermKey.SENSE_SEPARATOR);
        if (m.identity() == IdentitySource.DEFINITION && separator > 0) {
            String senseKey = m.key().substring(separator + 1);
            for (String alias : m.aliases()) {
                if (TermKey.ofSingular(alias).equals(senseKey)) {
                    return alias;
                }
            }
        }
        return m.name();
    }

    static Resource identityNode(IdentitySource source) {
        return switch (source) {
            case DEFINITION -> PKG.ByDefinition;
            case LEXICON -> PKG.ByLexicon;
            case SHAPE -> PKG.ByShape;
        };
    }

    static Resource directionNode(MetricDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> PKG.HigherIsBetter;
            case LOWER_IS_BETTER -> PKG.LowerIsBetter;
            case UNKNOWN -> PKG.UnknownDirection;
        };
    }

    static Resource roleNode(MethodRole role) {
        return switch (role) {
            case PROPOSED -> PKG.Proposed;
            case COMPARED -> PKG.Compared;
            case USED -> PKG.Used;
        };
    }

    static Property roleProperty(MethodRole role) {
        return switch (role) {
            case PROPOSED -> PKG.proposes;
            case COMPARED -> PKG.comparesWith;
            case USED -> PKG.uses;
        };
    }

    static boolean isIri(String s) {
        try {
            return org.apache.jena.irix.IRIs.check(s) && org.apache.jena.irix.IRIx.create(s).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** A mention's confidence is read to a hundredth; finer would only make the graph larger. */
    static final int MENTION_CONFIDENCE_DECIMALS = 2;
    /**
     * A result's confidence is kept to a thousandth, the resolution of the model's high-precision tier
     * ({@code results.tier}, the leaderboards' default cut): rounded to a hundredth, a result at 0.8947 was stored
     * as 0.89 and fell below a tier of 0.893 it is in.
     */
    static final int RESULT_CONFIDENCE_DECIMALS = 3;

    private static Node decimal(double d, int decimals) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
