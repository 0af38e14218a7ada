package org.paperkg.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.paperkg.model.EntityType;
import org.paperkg.store.KgStore;
import org.paperkg.rdf.FactsToRdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper records of FORMAT.md, read from the store with SPARQL: one query lists the papers, then three
 * small queries per paper graph fill its record, so memory stays bounded by one paper.
 */
final class JsonLinesExporter implements Exporter {
    private static final String PAPERS = ExportQueries.text("papers.rq");
    private static final String MENTIONS = ExportQueries.text("paper-mentions.rq");
    private static final String CODE = ExportQueries.text("paper-code.rq");
    private static final String RESULTS = ExportQueries.text("paper-results.rq");

    private final JsonFactory json = new JsonFactory();

    @Override
    public void export(KgStore store, OutputStream out) throws IOException {
        JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(QueryFactory.create(PAPERS), store.dataset())) {
                ResultSet papers = qe.execSelect();
                while (papers.hasNext()) {
                    QuerySolution p = papers.next();
                    writePaper(store, g, p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        g.flush();
    }

    private void writePaper(KgStore store, JsonGenerator g, QuerySolution p) throws IOException {
        String paperIri = p.getResource("paper").getURI();
        g.writeStartObject();
        g.writeStringField("id", p.contains("id") ? p.getLiteral("id").getString() : shortId(paperIri));
        g.writeStringField("title", p.getLiteral("title").getString());
        Map<EntityType, Map<String, MentionRecord>> mentions = writeMentions(store, g, paperIri);
        g.writeArrayFieldStart("code");
        for (QuerySolution row : rows(store, CODE, paperIri)) {
            g.writeString(row.getResource("url").getURI());
        }
        g.writeEndArray();
        writeResults(store, g, paperIri, mentions);
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private record MentionRecord(String name, List<String> aliases, String role) {
    }

    /** Writes the paper's entities by type and returns them, keyed by mention. */
    private Map<EntityType, Map<String, MentionRecord>> writeMentions(KgStore store, JsonGenerator g, String paperIri) throws IOException {
        Map<EntityType, Map<String, MentionRecord>> byType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            byType.put(t, new LinkedHashMap<>());
        }
        for (QuerySolution row : rows(store, MENTIONS, paperIri)) {
            EntityType type = typeOf(row.getResource("type").getURI());
            if (type == null) {
                continue;
            }
            String mention = row.getResource("mention").getURI();
            String role = row.contains("role") ? row.getResource("role").getLocalName().toLowerCase() : null;
            MentionRecord rec = byType.get(type).computeIfAbsent(mention,
                    k -> new MentionRecord(row.getLiteral("name").getString(), new ArrayList<>(), role));
            if (row.contains("alias")) {
                rec.aliases().add(row.getLiteral("alias").getString());
            }
        }
        for (Map.Entry<EntityType, Map<String, MentionRecord>> e : byType.entrySet()) {
            g.writeArrayFieldStart(e.getKey().plural());
            for (MentionRecord m : e.getValue().values()) {
                g.writeStartObject();
                g.writeStringField("name", m.name());
                if (!m.aliases().isEmpty()) {
                    g.writeArrayFieldStart("aliases");
                    for (String a : m.aliases()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                }
                if (m.role() != null) {
                    g.writeStringField("role", m.role());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return byType;
    }

    private void writeResults(KgStore store, JsonGenerator g, String paperIri,
                              Map<EntityType, Map<String, MentionRecord>> mentions) throws IOException {
        g.writeArrayFieldStart("results");
        for (QuerySolution r : rows(store, RESULTS, paperIri)) {
            g.writeStartObject();
            g.writeFieldName("value");
            g.writeNumber(r.getLiteral("value").getLexicalForm());
            writeNullable(g, "unit", r.get("unit"));
            String evidence = r.getLiteral("evidence").getString();
            writeNullable(g, "metric", asStated(r.get("metric"), mentions.get(EntityType.METRIC), evidence));
            writeNullable(g, "method", asStated(r.get("method"), mentions.get(EntityType.METHOD), evidence));
            writeNullable(g, "dataset", asStated(r.get("dataset"), mentions.get(EntityType.DATASET), evidence));
            writeNullable(g, "baseline", r.contains("baseline") ? r.get("baseline") : r.get("baselineLabel"));
            g.writeStringField("kind", r.getResource("kind").getLocalName().toLowerCase());
            g.writeStringField("evidence", evidence);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A result's entity as its evidence names it ({@link org.paperkg.model.EntityMention#nameIn(String)}). */
    private static String asStated(RDFNode node, Map<String, MentionRecord> ofType, String evidence) {
        if (node == null) {
            return null;
        }
        String name = ((Literal) node).getString();
        for (MentionRecord m : ofType.values()) {
            if (m.name().equals(name)) {
                return org.paperkg.model.EntityMention.nameIn(name, m.aliases(), evidence);
            }
        }
        return name;
    }

    private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static void writeNullable(JsonGenerator g, String field, RDFNode node) throws IOException {
        if (node == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, ((Literal) node).getString());
        }
    }

    private static List<QuerySolution> rows(KgStore store, String sparql, String paperIri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        pss.setIri("paper", paperIri);
        Query q = pss.asQuery();
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    private static EntityType typeOf(String classIri) {
        for (EntityType t : EntityType.values()) {
            if (classIri.equals(FactsToRdf.classOf(t).getURI())) {
                return t;
            }
        }
        return null;
    }

    private static String shortId(String paperIri) {
        return paperIri.substring(paperIri.lastIndexOf('/') + 1);
    }
}
