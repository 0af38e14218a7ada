package org.paperkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query with its header: what it answers, its parameters and an example. Parameters are written
 * {@code $name} in the query and bound as string literals, never pasted into the text.
 */
public record CannedQuery(String name, String title, String answers, List<Parameter> parameters,
                          String example, String sparql) {

    /**
     * A parameter declared as {@code # param: name = "default" -- description}, bound as a string literal, or
     * as {@code # param: name = <default IRI> -- description}, bound as an IRI: a query that looks a paper or an
     * entity up by IRI then names it as a constant, which the store finds through its indexes.
     */
    public record Parameter(String name, String defaultValue, String description, boolean iri) {
        /** An IRI a parameter may take: absolute, and nothing that could end the IRI early or change the query. */
        private static final Pattern SAFE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");

        public Parameter(String name, String defaultValue, String description) {
            this(name, defaultValue, description, false);
        }

        /** The RDF term this value stands for: a string literal, or an IRI for a parameter declared as one. */
        public Node term(String value, String queryName) {
            if (!iri) {
                return NodeFactory.createLiteralString(value);
            }
            if (!SAFE_IRI.matcher(value).matches()) {
                throw new IllegalArgumentException("parameter '" + name + "' of query '" + queryName
                        + "' takes an absolute IRI, not '" + value + "'");
            }
            return NodeFactory.createURI(value);
        }
    }

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|answers|example|param):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|<([^>]*)>)\\s*(?:--\\s*(.*))?$");

    public CannedQuery {
        parameters = List.copyOf(parameters);
    }

    /**
     * Every declared parameter's value: the one given, or its default. A name the query does not declare is an
     * error that lists the ones it does.
     */
    public Map<String, String> values(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            values.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + e.getKey() + "'"
                        + (values.isEmpty() ? " (it takes none)" : "; its parameters: " + String.join(", ", values.keySet())));
            }
            values.put(e.getKey(), e.getValue());
        }
        return values;
    }

    /** Reads the header comments of a query file. */
    public static CannedQuery parse(String name, String text) {
        String title = "";
        StringBuilder answers = new StringBuilder();
        String example = "";
        List<Parameter> params = new ArrayList<>();
        String lastKey = null;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher m = HEADER.matcher(line.strip());
            if (m.matches()) {
                lastKey = m.group(1);
                String value = m.group(2).strip();
                switch (lastKey) {
                    case "title" -> title = value;
                    case "answers" -> answers.append(value);
                    case "example" -> example = value;
                    case "param" -> {
                        Matcher p = PARAM.matcher(value);
                        if (p.matches()) {
                            boolean iri = p.group(3) != null;
                            params.add(new Parameter(p.group(1), iri ? p.group(3) : p.group(2),
                                    p.group(4) == null ? "" : p.group(4).strip(), iri));
                        }
                    }
                    default -> { }
                }
            } else if ("answers".equals(lastKey)) {
                String more = line.substring(1).strip();
                if (!more.isEmpty()) {
                    answers.append(' ').append(more);
                }
            }
        }
        return new CannedQuery(name, title, answers.toString(), params, example, text);
    }
}
