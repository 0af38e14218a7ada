package org.paperkg.extract;

import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;
import org.paperkg.model.TermKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Within one paper, kept entities of one type that are one thing become one entity. Stages find spans
 * independently and key them differently (an acronym's key carries its sense), which would list one method twice:
 * <ul>
 *   <li>names that meet on their score-style form (letters and digits, no plural "s"): a span's surface, its long
 *       form and its lexicon name ("Graph Optimal Transport" in the title and "Graph Optimal Transport (GOT)");</li>
 *   <li>the two sides of any "long form (LF)" definition the text holds, even one no rule could type, whose two
 *       names were then found apart ("weighted model integration" and "WMI");</li>
 *   <li>a title "NAME: Long Form ..." whose long form spells NAME ("VDC: Versatile Data Cleanser");</li>
 *   <li>two proposals, one the other's abbreviation, wherever each stands ("SAN", "Side Adapter Network";
 *       "VirConv", "Virtual Sparse Convolution");</li>
 *   <li>a method named with and without a head it can do without ("the group encoding method", "Group
 *       Encoding": {@link DroppableHeads});</li>
 *   <li>a proposed method and the description set beside it: "X, an effective concept-level debugger",
 *       "a convergence-driven search algorithm, called X", "our OOD detection framework (MOOD)".</li>
 * </ul>
 * The entity keeps the key of the paper's own definition (an acronym with its long form: the sense this paper
 * gives the name), else the lexicon's key (shared across papers), else a capitalised name's, else the first key in
 * reading order.
 */
final class SameNameEntities {
    /** Words between a name's comma and its description: "X, a novel Y", "X, an effective Y". */
    private static final Set<String> DESCRIPTION_OPENERS = CueWords.set("proposal-skip-words");
    /** "Y, called X", "Y dubbed X". */
    private static final Set<String> NAMING_PARTICIPLES = CueWords.set("naming-participles");
    /** At most this many words between "X," and its description ("X, a simple yet effective Y" is not one). */
    private static final int MAX_DESCRIPTION_OPENERS = 3;

    private SameNameEntities() {
    }

    /**
     * Per type, the key each merged-away key now goes by (keys that stay are absent).
     *
     * @param acronymByLongForm every definition in the text, {@link PaperAnalysis#acronymByLongForm()}
     * @param roles             each method's role by key, as decided so far
     */
    static Map<EntityType, Map<String, String>> renames(List<Span> spans, List<Sentence> sentences,
                                                        Map<String, String> acronymByLongForm,
                                                        Map<String, MethodRole> roles) {
        Map<String, String> definedName = new HashMap<>();
        acronymByLongForm.forEach((longForm, acronym) -> definedName.put(nameOf(longForm), nameOf(acronym)));
        Map<EntityType, Map<String, String>> out = new HashMap<>();
        for (EntityType type : EntityType.values()) {
            List<Span> ofType = spans.stream().filter(sp -> sp.type() == type).toList();
            Map<String, String> renamed = renamesOfOneType(type, ofType, sentences, definedName, roles);
            if (!renamed.isEmpty()) {
                out.put(type, renamed);
            }
        }
        return out;
    }

    private static Map<String, String> renamesOfOneType(EntityType type, List<Span> spans, List<Sentence> sentences,
                                                        Map<String, String> definedName, Map<String, MethodRole> roles) {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        Map<String, String> keyByName = new HashMap<>();
        for (Span sp : spans) {
            parent.putIfAbsent(sp.key(), sp.key());
            rank.merge(sp.key(), precedence(sp), Math::min);
            for (String name : names(sp)) {
                String other = keyByName.putIfAbsent(definedName.getOrDefault(name, name), sp.key());
                if (other != null) {
                    union(parent, other, sp.key());
                }
            }
        }
        for (Span a : spans) {
            for (Span b : spans) {
                if (a.key().equals(b.key())) {
                    continue;
                }
                if (abbreviates(a, b, roles) && !definedOtherwise(a, b, definedName)) {
                    union(parent, a.key(), b.key());
                    rank.put(b.key(), Math.max(rank.get(b.key()), DESCRIPTION_RANK)); // the short name leads
                    continue;
                }
                if (a.sentence() != b.sentence()) {
                    continue;
                }
                if (titleSpellsOut(a, b, sentences)) {
                    union(parent, a.key(), b.key());
                } else if (describes(a, b, sentences, roles)) {
                    union(parent, a.key(), b.key());
                    // the entity goes by the name, not by the description ("X, a real-time forecasting model")
                    rank.put(b.key(), Math.max(rank.get(b.key()), DESCRIPTION_RANK));
                }
            }
        }
        if (type == EntityType.TASK) {
            shortenedNames(spans, parent, rank);
        }
        // each group's representative: best precedence, then first in reading order (parent keeps insertion order)
        Map<String, String> best = new HashMap<>();
        for (String key : parent.keySet()) {
            String root = find(parent, key);
            String held = best.get(root);
            if (held == null || rank.get(key) < rank.get(held)) {
                best.put(root, key);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String key : parent.keySet()) {
            String representative = best.get(find(parent, key));
            if (!representative.equals(key)) {
                out.put(key, representative);
            }
        }
        return out;
    }

    /**
     * "open-domain question answering ... question answering": a task whose name ends exactly one longer task name
     * of the paper is that task, shortened; the longer name leads. Where two longer names end with it ("semantic
     * segmentation", "instance segmentation") it stays apart. 5-fold cross-validation: tasks 0.623 -> 0.628. For
     * metrics the same merge raised metrics F1 (0.710 -> 0.716) but lowered results with the right metric (0.732 ->
     * 0.710), since annotators keep "accuracy" and "top-1 accuracy" apart in results; for methods it lowered methods
     * F1 ("Transformer" and "Vision Transformer" are two methods far more often than one).
     */
    private static void shortenedNames(List<Span> spans, Map<String, String> parent, Map<String, Integer> rank) {
        Map<String, Set<List<String>>> namesByKey = new LinkedHashMap<>();
        for (Span sp : spans) {
            namesByKey.computeIfAbsent(sp.key(), k -> new HashSet<>())
                    .add(List.of(lower(sp.surface().strip()).split("\\s+")));
        }
        for (Map.Entry<String, Set<List<String>>> shorter : namesByKey.entrySet()) {
            Set<String> hosts = new HashSet<>();
            namesByKey.forEach((key, names) -> {
                if (!find(parent, key).equals(find(parent, shorter.getKey()))
                        && (endsOneOf(shorter.getValue(), names) || abridgesOneOf(shorter.getValue(), names))) {
                    hosts.add(find(parent, key));
                }
            });
            if (hosts.size() == 1) {
                union(parent, hosts.iterator().next(), shorter.getKey());
                rank.put(shorter.getKey(), SHORTENED_RANK);
            }
        }
    }

    /** Whether one of {@code shorter} is the last words of one of {@code longer}, with a word or more before. */
    private static boolean endsOneOf(Set<List<String>> shorter, Set<List<String>> longer) {
        for (List<String> s : shorter) {
            for (List<String> l : longer) {
                if (l.size() > s.size() && l.subList(l.size() - s.size(), l.size()).equals(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one of {@code shorter} is one of {@code longer} with words left out inside: the same first and last
     * word, two words or more ("finite-sum optimization" of "finite-sum convex optimization").
     */
    private static boolean abridgesOneOf(Set<List<String>> shorter, Set<List<String>> longer) {
        for (List<String> s : shorter) {
            for (List<String> l : longer) {
                if (s.size() >= 2 && l.size() > s.size() && s.get(0).equals(l.get(0))
                        && s.get(s.size() - 1).equals(l.get(l.size() - 1)) && inOrder(s, l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words of {@code part} stand in {@code whole} in the same order. */
    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return i == part.size();
    }

    private static final int DEFINITION_RANK = 0;
    private static final int LEXICON_RANK = 1;
    private static final int NAME_RANK = 2;
    private static final int DESCRIPTION_RANK = 3;
    private static final int SHORTENED_RANK = 4;

    /** Lower ranks first: the paper's definition, then the lexicon, then a name, then a description (then a shortened name). */
    private static int precedence(Span sp) {
        if (sp.longForm() != null) {
            return DEFINITION_RANK;
        }
        if (sp.canonical() != null) {
            return LEXICON_RANK;
        }
        return hasCapital(sp.surface()) ? NAME_RANK : DESCRIPTION_RANK;
    }

    private static List<String> names(Span sp) {
        List<String> out = new ArrayList<>(4);
        for (String form : new String[] {sp.surface(), sp.longForm(), sp.canonical()}) {
            if (form != null && !nameOf(form).isEmpty()) {
                out.add(nameOf(form));
            }
        }
        // "the group encoding method ... Group Encoding": a method named once with a head it can do without
        String headless = sp.type() == EntityType.METHOD ? DroppableHeads.without(sp.surface()) : null;
        if (headless != null && !nameOf(headless).isEmpty()) {
            out.add(nameOf(headless));
        }
        return out;
    }

    private static String nameOf(String form) {
        return TermKey.singular(TermKey.of(form));
    }

    /** The title's "NAME: Long Form ...", the long form spelling NAME out letter by letter. */
    private static boolean titleSpellsOut(Span name, Span longForm, List<Sentence> sentences) {
        return name.source() == Source.TITLE && longForm.from() == name.to() + 1
                && sentences.get(name.sentence()).token(name.to()).text().equals(":")
                && AcronymFinder.bestLongForm(name.surface(), longForm.surface()) == 0;
    }

    /** Parts an abbreviation of a proposal has at most ("RCRL" has four, "VirConv" two); longer ones are words. */
    private static final int MAX_ABBREVIATION_PARTS = 8;
    /** The parts of a coined name: a capital with the small letters after it ("Vir", "Conv"), or a lone capital. */
    private static final Pattern NAME_PART = Pattern.compile("[A-Z][a-z]*");

    /**
     * "SAN" and "Side Adapter Network", "VirConv" and "Virtual Sparse Convolution": two methods the paper proposes,
     * one a single coined word whose parts (capitals, or a capital with small letters) start the other's words in
     * order (a word may be skipped, the first at most one), though the text never writes them together as "long
     * form (LF)".
     */
    private static boolean abbreviates(Span name, Span longForm, Map<String, MethodRole> roles) {
        if (name.type() != EntityType.METHOD || roles.get(name.key()) != MethodRole.PROPOSED
                || roles.get(longForm.key()) != MethodRole.PROPOSED || name.surface().contains(" ")) {
            return false;
        }
        String letters = name.surface().replaceAll("[^A-Za-z]", "");
        if (letters.isEmpty() || !Character.isUpperCase(letters.charAt(0))) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = NAME_PART.matcher(letters);
        while (m.find()) {
            parts.add(lower(m.group()));
        }
        String last = parts.get(parts.size() - 1);
        if (last.length() > 2 && last.endsWith("s")) {
            parts.set(parts.size() - 1, last.substring(0, last.length() - 1)); // "BundleNets": "Bundle Networks"
        }
        if (parts.size() < 2 || parts.size() > MAX_ABBREVIATION_PARTS) {
            return false;
        }
        String[] words = lower(longForm.surface().strip()).split("[\\s-]+");
        int w = 0;
        for (int i = 0; i < parts.size(); i++) {
            while (w < words.length && !words[w].startsWith(parts.get(i))) {
                w++;
            }
            if (w == words.length || i == 0 && w > 1) {
                return false;
            }
            w++;
        }
        return words.length >= 2;
    }

    /**
     * "Neighborhood Attention (NA) ... Neighborhood Attention Transformer (NAT)": a long form the text itself
     * abbreviates another way is not abbreviated by {@code name}, however its letters fit.
     */
    private static boolean definedOtherwise(Span name, Span longForm, Map<String, String> definedName) {
        String ownAcronym = definedName.get(nameOf(longForm.surface()));
        return ownAcronym != null && !ownAcronym.equals(nameOf(name.surface()));
    }

    /**
     * A proposed method's name and the description beside it: "NAME, a/an (novel) DESCRIPTION",
     * "DESCRIPTION(,) called NAME" or "DESCRIPTION (NAME)". Only for proposals: "BERT, a transformer model" names BERT's kind, which a
     * paper that uses both may mention on its own.
     */
    private static boolean describes(Span name, Span description, List<Sentence> sentences, Map<String, MethodRole> roles) {
        if (name.type() != EntityType.METHOD || roles.get(name.key()) != MethodRole.PROPOSED
                && roles.get(description.key()) != MethodRole.PROPOSED || !hasCapital(name.surface())) {
            return false;
        }
        Sentence s = sentences.get(name.sentence());
        int openers = description.from() - name.to() - 1;
        boolean describedAfter = name.to() < s.size() && s.token(name.to()).text().equals(",")
                && openers >= 1 && openers <= MAX_DESCRIPTION_OPENERS && endsItsNounPhrase(description, s)
                && java.util.stream.IntStream.range(name.to() + 1, description.from())
                .allMatch(t -> DESCRIPTION_OPENERS.contains(lower(s.token(t).text())));
        int between = name.from() - description.to();
        boolean namedAfter = between >= 1 && between <= 2
                && NAMING_PARTICIPLES.contains(lower(s.token(name.from() - 1).text()))
                && (between == 1 || s.token(description.to()).text().equals(","));
        // "our OOD detection framework (MOOD)": a name in brackets right after the description, its letters spelling
        // the description or not
        boolean bracketed = name.from() == description.to() + 1 && name.to() < s.size()
                && s.token(description.to()).text().equals("(") && s.token(name.to()).text().equals(")");
        return describedAfter || namedAfter || bracketed;
    }

    /** "a novel MemNet controller design": the span "MemNet" only opens the description; it is not it. */
    private static boolean endsItsNounPhrase(Span sp, Sentence s) {
        if (sp.to() >= s.size()) {
            return true;
        }
        Token next = s.token(sp.to());
        return !next.isNoun() && !next.isAdjective() && !next.text().equals("-");
    }

    private static boolean hasCapital(String surface) {
        return surface.chars().anyMatch(Character::isUpperCase);
    }

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
