package org.paperkg.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The --results formats, as in Jena's sparql command: a SELECT/ASK syntax and the RDF syntax for CONSTRUCT. */
public enum ResultsFormat {
    TEXT(null, RDFFormat.TURTLE_PRETTY),
    CSV(ResultSetLang.RS_CSV, RDFFormat.NTRIPLES),
    TSV(ResultSetLang.RS_TSV, RDFFormat.NTRIPLES),
    JSON(ResultSetLang.RS_JSON, RDFFormat.JSONLD),
    XML(ResultSetLang.RS_XML, RDFFormat.RDFXML);

    private final Lang resultSetLang;
    private final RDFFormat graphFormat;

    ResultsFormat(Lang resultSetLang, RDFFormat graphFormat) {
        this.resultSetLang = resultSetLang;
        this.graphFormat = graphFormat;
    }

    /** The SPARQL results syntax, or null for the plain text table. */
    Lang resultSetLang() {
        return resultSetLang;
    }

    RDFFormat graphFormat() {
        return graphFormat;
    }

    public static ResultsFormat byName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown results format '" + name + "'; use one of "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
