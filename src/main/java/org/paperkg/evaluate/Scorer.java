package org.paperkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted paper records against gold records with the rules of shared/eval/score.py (FORMAT.md):
 * papers aligned by normalized title; an entity found when a normalized surface form matches; a second
 * prediction on the same gold entity is a false positive; optional gold entries neither count nor
 * penalise; results matched one to one on value, then value and metric, then also method and dataset.
 */
public final class Scorer {
    private static final String[] TYPES = {"methods", "datasets", "metrics", "tasks"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scorer() {
    }

    public static Score score(Path gold, Path predicted) throws IOException {
        return score(read(gold), read(predicted));
    }

    public static Score score(List<JsonNode> gold, List<JsonNode> predicted) {
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode p : predicted) {
            byTitle.putIfAbsent(norm(text(p, "title")), p);
        }
        Map<String, Figures> f = new LinkedHashMap<>();
        for (String t : TYPES) {
            f.put(t, new Figures(0, 0, 0));
        }
        f.put("proposed", new Figures(0, 0, 0));
        f.put("code", new Figures(0, 0, 0));
        Figures value = new Figures(0, 0, 0);
        Figures valueMetric = new Figures(0, 0, 0);
        Figures full = new Figures(0, 0, 0);
        List<String> missing = new ArrayList<>();
        for (JsonNode g : gold) {
            JsonNode p = byTitle.get(norm(text(g, "title")));
            if (p == null) {
                missing.add(g.hasNonNull("id") ? g.get("id").asText() : text(g, "title"));
                p = JSON.createObjectNode();
            }
            for (String t : TYPES) {
                f.merge(t, matchEntities(list(g, t), list(p, t)), Figures::plus);
            }
            f.merge("proposed", matchEntities(proposed(list(g, "methods")), proposed(list(p, "methods"))), Figures::plus);
            f.merge("code", matchCode(list(g, "code"), list(p, "code")), Figures::plus);
            value = value.plus(matchResults(g, p, Level.VALUE));
            valueMetric = valueMetric.plus(matchResults(g, p, Level.VALUE_METRIC));
            full = full.plus(matchResults(g, p, Level.FULL));
        }
        Figures micro = new Figures(0, 0, 0);
        for (String t : TYPES) {
            micro = micro.plus(f.get(t));
        }
        f.put("entities_micro", micro);
        f.put("results.value", value);
        f.put("results.value_metric", valueMetric);
        f.put("results.full", full);
        return new Score(f, gold.size(), missing);
    }

    /** score.py's norm(): NFKC, lower case, letters/digits/"+" only, a plural "s" dropped, "+" as "plus". */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '+').forEach(out::appendCodePoint);
        String k = out.toString();
        if (k.length() > 3 && k.endsWith("s") && !k.endsWith("ss")) {
            k = k.substring(0, k.length() - 1);
        }
        return k.replace("+", "plus");
    }

    private enum Level { VALUE, VALUE_METRIC, FULL }

    private static Figures matchEntities(List<JsonNode> gold, List<JsonNode> pred) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        int fp = 0;
        for (JsonNode p : pred) {
            Set<String> pf = forms(p);
            int hit = -2;
            for (int i = 0; i < gold.size(); i++) {
                if (intersects(pf, forms(gold.get(i)))) {
                    if (!used[i]) {
                        hit = i;
                        break;
                    }
                    if (hit == -2) {
                        hit = -1;
                    }
                }
            }
            if (hit < 0) {
                fp++;
                continue;
            }
            used[hit] = true;
            if (!optional(gold.get(hit))) {
                tp++;
            }
        }
        return tally(gold, used, tp, fp);
    }

    private static Figures matchResults(JsonNode g, JsonNode p, Level level) {
        List<JsonNode> gold = list(g, "results");
        Map<String, Set<String>> metrics = formsByName(g, "metrics");
        Map<String, Set<String>> methods = formsByName(g, "methods");
        Map<String, Set<String>> datasets = formsByName(g, "datasets");
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        int fp = 0;
        for (JsonNode pr : list(p, "results")) {
            Double pv = number(pr.get("value"));
            int hit = -1;
            for (int i = 0; i < gold.size() && pv != null; i++) {
                JsonNode gr = gold.get(i);
                Double gv = number(gr.get("value"));
                if (used[i] || gv == null || Math.abs(pv - gv) > 1e-9 * Math.max(1.0, Math.abs(gv))) {
                    continue;
                }
                if (levelOk(gr, pr, level, metrics, methods, datasets)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                fp++;
                continue;
            }
            used[hit] = true;
            if (!optional(gold.get(hit))) {
                tp++;
            }
        }
        return tally(gold, used, tp, fp);
    }

    /** The figures once matching is done: every required gold entry left unused is a false negative. */
    private static Figures tally(List<JsonNode> gold, boolean[] used, int tp, int fp) {
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (!used[i] && !optional(gold.get(i))) {
                fn++;
            }
        }
        return new Figures(tp, fp, fn);
    }

    private static boolean levelOk(JsonNode g, JsonNode p, Level level, Map<String, Set<String>> metrics,
                                   Map<String, Set<String>> methods, Map<String, Set<String>> datasets) {
        if (level == Level.VALUE) {
            return true;
        }
        String goldMetric = text(g, "metric");
        boolean ok = goldMetric == null || goldMetric.isEmpty() || sameRef(goldMetric, text(p, "metric"), metrics);
        if (level == Level.VALUE_METRIC || !ok) {
            return ok;
        }
        return sameRef(text(g, "method"), text(p, "method"), methods)
                && sameRef(text(g, "dataset"), text(p, "dataset"), datasets);
    }

    /** Whether a predicted name refers to the gold entity named {@code goldName} (any of its forms); true without one. */
    public static boolean sameRef(String goldName, String predName, Map<String, Set<String>> table) {
        if (goldName == null) {
            return true;
        }
        Set<String> gf = table.getOrDefault(norm(goldName), Set.of(norm(goldName)));
        return gf.contains(norm(predName));
    }

    private static Figures matchCode(List<JsonNode> gold, List<JsonNode> pred) {
        Set<String> g = new HashSet<>();
        gold.forEach(u -> g.add(urlKey(u.asText())));
        Set<String> p = new HashSet<>();
        pred.forEach(u -> p.add(urlKey(u.asText())));
        Set<String> both = new HashSet<>(g);
        both.retainAll(p);
        return new Figures(both.size(), p.size() - both.size(), g.size() - both.size());
    }

    private static String urlKey(String u) {
        String s = u.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(".git")) {
            s = s.substring(0, s.length() - 4);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** The score forms (name and aliases) of a record's entities of a type, by normalized name. */
    public static Map<String, Set<String>> formsByName(JsonNode rec, String type) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode e : list(rec, type)) {
            if (e.isObject()) {
                out.put(norm(text(e, "name")), forms(e));
            }
        }
        return out;
    }

    private static Set<String> forms(JsonNode e) {
        Set<String> out = new HashSet<>();
        if (e.isTextual()) {
            out.add(norm(e.asText()));
        } else {
            out.add(norm(text(e, "name")));
            for (JsonNode a : list(e, "aliases")) {
                out.add(norm(a.asText()));
            }
        }
        out.remove("");
        return out;
    }

    private static List<JsonNode> proposed(List<JsonNode> methods) {
        return methods.stream().filter(m -> m.isObject() && "proposed".equals(text(m, "role"))).toList();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean optional(JsonNode e) {
        return e.isObject() && e.path("optional").asBoolean(false);
    }

    private static Double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return Double.parseDouble(v.asText().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** Reads a JSON-lines file; a line that is not JSON is an error naming file and line. */
    public static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getMessage());
                }
            }
        }
        return out;
    }
}
