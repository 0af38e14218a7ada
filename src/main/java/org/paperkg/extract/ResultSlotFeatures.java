package org.paperkg.extract;

import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence for each way of filling one slot of a claimed result (each of the paper's entities of the slot's
 * type, or none), as named features for {@link ResultSlots}: whether the rules chose it, where it is named in
 * the result's sentence relative to the number (side, distance, numbers and commas between, the words around
 * it, its rank by distance), how often the abstract and title name it, and per slot what the rules cannot
 * weigh: a method's role and whether it is the subject of an achieving verb, a metric's head word with the
 * number's unit, and whether a metric is followed by a number of its own.
 * Everything is read from the sentence text and the paper's entities, so it works on any extraction.
 */
public final class ResultSlotFeatures {
    /** Words as score.py and the gold evidence would split them: numbers with their separators, hyphenated words. */
    private static final Pattern WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|\\w+(?:[-']\\w+)*|[^\\w\\s]",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Words before or after a name that say how it relates to a number ("91.6 on A", "better than B"). */
    private static final Set<String> LINK_WORDS = CueWords.set("slot-link-words");
    /** Words after a name that say what it is ("A dataset", "A (", "A,"). */
    private static final Set<String> NAME_ENDINGS = CueWords.set("slot-name-endings");
    /** "an IS of 166.5", "BLEU = 28.4", "accuracy to 71.3%": words joining a metric to its own value. */
    private static final Set<String> METRIC_VALUE_JOINS = CueWords.set("slot-metric-value-joins");
    private static final List<String> ACHIEVE_STEMS = CueWords.list("slot-achieve-stems");
    /** Counts (entities of a type, numbers or commas between, mentions in the abstract) above these share a feature. */
    private static final int MAX_ENTITIES = 3;
    private static final int MAX_BETWEEN = 2;
    private static final int MAX_RANK = 2;
    private static final int MAX_ABSTRACT_COUNT = 3;

    /** The feature marking a choice the mention filter did not keep. */
    static final String OFFERED = "offered";

    /** One way of filling the slot: an entity key, or null for none, with its evidence. */
    public record Choice(String key, Map<String, Double> features) {
    }

    /** A paper's title and abstract as lower-case words, split once for all its results. */
    public record PaperWords(List<String> title, List<String> abstractText) {
        public static PaperWords of(Paper paper) {
            return new PaperWords(words(paper.title()), words(paper.abstractText()));
        }
    }

    private ResultSlotFeatures() {
    }

    /** The lower-case words of a text. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A member's place in a list: its index (0 for the first) and the list's size. */
    private record ListPlace(int index, int size) {
    }

    /** Words that may stand between two members of one list: punctuation, "and", "or", a times sign. */
    private static boolean joinsAList(String w) {
        return w.equals("and") || w.equals("or") || w.equals("x")
                || (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)));
    }

    /** Whether only list joins stand in words [from, to). */
    private static boolean onlyJoins(List<String> sentence, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!joinsAList(sentence.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The number's place in its run of numbers joined as a list ("8.5%, 8.0%, and 9.7%"), or null alone. */
    private static ListPlace valueList(List<String> sentence, int value) {
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < sentence.size(); k++) {
            if (number(sentence.get(k)) != null && !endsAName(sentence, k)) {
                numbers.add(k);
            }
        }
        int at = numbers.indexOf(value);
        if (at < 0) {
            return null;
        }
        Run run = Run.around(at, numbers.size(), i -> onlyJoins(sentence, numbers.get(i) + 1, numbers.get(i + 1)));
        return run.size() > 1 ? new ListPlace(at - run.first(), run.size()) : null;
    }

    /** A placed name's place in its run of names of the slot's type joined as a list, or null alone. */
    private static ListPlace listPlace(List<String> sentence, Place at, Map<String, Place> places) {
        List<Place> byPosition = places.values().stream().sorted(Comparator.comparingInt(Place::from)).toList();
        int index = byPosition.indexOf(at);
        Run run = Run.around(index, byPosition.size(), i -> byPosition.get(i).to() <= byPosition.get(i + 1).from()
                && onlyJoins(sentence, byPosition.get(i).to(), byPosition.get(i + 1).from()));
        return run.size() > 1 ? new ListPlace(index - run.first(), run.size()) : null;
    }

    /** Where a name stands in a sentence: words [from, to), and how far from the number, in words. */
    private record Place(int from, int to, int gap, boolean before) {
    }

    /** Every choice for the slot: each of the paper's entities of its type, then none. */
    public static List<Choice> of(ResultSlot slot, ClaimedResult r, List<EntityMention> mentions, PaperWords paper) {
        return of(slot, r, mentions, List.of(), paper);
    }

    /**
     * Every choice for the slot: each of the paper's entities of its type, each offered candidate of the type
     * that the result's sentence names (candidates the mention filter did not keep, with its probability as
     * their confidence: "the backdoor lifespan" of "extends the backdoor lifespan by 1.2x"), then none.
     */
    public static List<Choice> of(ResultSlot slot, ClaimedResult r, List<EntityMention> mentions,
                                  List<EntityMention> offered, PaperWords paper) {
        List<String> sentence = words(r.evidence().text());
        int value = valueAt(sentence, r.value().doubleValue());
        List<EntityMention> entities = mentions.stream().filter(m -> m.type() == slot.type()).toList();
        Set<String> kept = new java.util.HashSet<>();
        entities.forEach(e -> kept.add(e.key()));
        List<EntityMention> extra = offered.stream()
                .filter(o -> o.type() == slot.type() && !kept.contains(o.key())).toList();
        Map<String, Place> places = new HashMap<>();
        Map<String, Place> extraPlaces = new HashMap<>();
        if (value >= 0) {
            for (EntityMention o : extra) {
                Place nearest = nearest(sentence, o, value);
                if (nearest != null) {
                    extraPlaces.put(o.key(), nearest);
                }
            }
            for (EntityMention e : entities) {
                Place nearest = nearest(sentence, e, value);
                if (nearest != null) {
                    places.put(e.key(), nearest);
                }
            }
        }
        List<String> byGap = places.keySet().stream().sorted(Comparator.comparingInt((String k) -> places.get(k).gap())
                .thenComparing(k -> k)).toList();
        String unit = unitClass(r.unit());
        String ruleKey = slot.keyOf(r);
        Map<String, Integer> ordinals = value < 0 ? Map.of() : ordinals(places);
        int valueOrdinal = value < 0 ? -1 : valueOrdinal(sentence, value, mentions);
        ListPlace valueList = value < 0 ? null : valueList(sentence, value);
        List<Choice> out = new ArrayList<>();
        for (EntityMention e : entities) {
            Map<String, Double> f = new TreeMap<>();
            f.put("bias", 1.0);
            if (e.key().equals(ruleKey)) {
                f.put("rule", 1.0);
                // the rules' own confidence says which rule read the slot: some shapes they read surely
                f.put("rule&confidence=" + String.format(Locale.ROOT, "%.2f", r.confidence()), 1.0);
            }
            f.put("entities=" + Math.min(entities.size(), MAX_ENTITIES), 1.0);
            if (entities.size() == 1) {
                f.put("only", 1.0);
            }
            Place at = places.get(e.key());
            if (at != null) {
                f.put("gap=" + (at.before() ? "B" : "A") + gapBin(at.gap()), 1.0);
                sentenceFeatures(f, sentence, value, at, byGap, places, e.key());
                if (places.size() > 1 && valueOrdinal >= 0) {
                    // "on A and B ... 28.4 and 41.0 respectively", "53.2%/80.1% on X/Y": the i-th name goes with the i-th number
                    boolean same = ordinals.get(e.key()) == valueOrdinal;
                    f.put("sameOrdinal=" + same, 1.0);
                    if (sentence.contains("respectively")) {
                        f.put("sameOrdinal=" + same + "&respectively", 1.0);
                    }
                }
                if (valueList != null) {
                    // "by 8.5%, 8.0% and 9.7% on A, B and C": lists of as many names and numbers pair in order
                    ListPlace member = listPlace(sentence, at, places);
                    if (member != null && member.size() == valueList.size()) {
                        f.put("listOrdinal=" + (member.index() == valueList.index()), 1.0);
                    }
                }
            } else {
                f.put("notInSentence", 1.0);
                f.put("abstractCount=" + Math.min(count(paper.abstractText(), e), MAX_ABSTRACT_COUNT), 1.0);
                if (count(paper.title(), e) > 0) {
                    f.put("inTitle", 1.0);
                }
            }
            switch (slot) {
                case METHOD -> methodFeatures(f, r, e, sentence, value, at);
                case METRIC -> metricFeatures(f, r, e, mentions, ruleKey, sentence, value, at, unit);
                case DATASET -> { }
            }
            if (f.containsKey("ownsNumber") && !f.containsKey("rule")) {
                continue; // "an IS of 171.2 and FID of 6.9": a metric holding its own value is no choice for another
            }
            out.add(new Choice(e.key(), f));
        }
        for (EntityMention o : extra) {
            Place at = extraPlaces.get(o.key());
            if (at == null) {
                continue;
            }
            Map<String, Double> f = new TreeMap<>();
            f.put("bias", 1.0);
            f.put(OFFERED, 1.0);
            f.put("offered&belief=" + beliefBin(o.confidence()), 1.0);
            f.put("offered&gap=" + (at.before() ? "B" : "A") + gapBin(at.gap()), 1.0);
            mentions.stream().filter(m -> m.key().equals(o.key())).findFirst()
                    .ifPresent(m -> f.put("offered&keptAs=" + m.type(), 1.0)); // "CUB", "OOD detection": named as another type
            sentenceFeatures(f, sentence, value, at, byGap, places, o.key());
            if (slot == ResultSlot.METRIC) {
                metricFeatures(f, r, o, mentions, ruleKey, sentence, value, at, unit);
                if (f.containsKey("ownsNumber")) {
                    continue;
                }
            }
            out.add(new Choice(o.key(), f));
        }
        Map<String, Double> none = new TreeMap<>();
        none.put("none", 1.0);
        if (ruleKey == null) {
            none.put("none&rule", 1.0);
        }
        none.put("none&unit=" + unit, 1.0);
        none.put("none&kind=" + r.kind(), 1.0);
        none.put("none&entities=" + Math.min(entities.size(), MAX_ENTITIES), 1.0);
        none.put("none&anyInSentence=" + !places.isEmpty(), 1.0);
        out.add(new Choice(null, none));
        return out;
    }

    private static void sentenceFeatures(Map<String, Double> f, List<String> sentence, int value, Place at,
                                         List<String> byGap, Map<String, Place> places, String key) {
        int from = Math.min(value, at.from());
        int to = Math.max(value + 1, at.to());
        int numbers = 0;
        int commas = 0;
        for (int i = from; i < to; i++) {
            if (i != value && i >= 0 && number(sentence.get(i)) != null && (i < at.from() || i >= at.to())) {
                numbers++;
            }
            if (sentence.get(i).equals(",") || sentence.get(i).equals(";")) {
                commas++;
            }
        }
        f.put("numbersBetween=" + Math.min(numbers, MAX_BETWEEN), 1.0);
        f.put("commas=" + Math.min(commas, MAX_BETWEEN), 1.0);
        String previous = at.from() > 0 ? sentence.get(at.from() - 1) : "^";
        f.put("previous=" + (LINK_WORDS.contains(previous) ? previous : "other"), 1.0);
        String next = at.to() < sentence.size() ? sentence.get(at.to()) : "$";
        f.put("next=" + (LINK_WORDS.contains(next) || NAME_ENDINGS.contains(next) ? next : "other"), 1.0);
        List<String> sameSide = byGap.stream().filter(k -> places.get(k).before() == at.before()).toList();
        f.put("rank=" + Math.min(rank(byGap, places, key, at), MAX_RANK), 1.0);
        f.put((at.before() ? "rankBefore=" : "rankAfter=") + Math.min(rank(sameSide, places, key, at), MAX_RANK), 1.0);
        if (sentence.contains("respectively")) {
            f.put("respectively&" + (at.before() ? "B" : "A"), 1.0);
        }
    }

    private static void methodFeatures(Map<String, Double> f, ClaimedResult r, EntityMention e, List<String> sentence,
                                       int value, Place at) {
        String role = e.role() == null ? "none" : e.role().label();
        f.put("role=" + role, 1.0);
        f.put("role=" + role + "&kind=" + r.kind(), 1.0);
        if (e.key().equals(r.baselineKey())) {
            f.put("isBaseline", 1.0);
        }
        if (sentence.contains("we") || sentence.contains("our")) {
            f.put("weOur&role=" + role, 1.0);
        }
        if (at != null && at.before()) {
            for (String w : sentence.subList(at.to(), value)) {
                if (ACHIEVE_STEMS.stream().anyMatch(w::startsWith)) {
                    f.put("subjectOfAchieve", 1.0);
                    break;
                }
            }
        }
        if (e.role() == MethodRole.PROPOSED && at == null) {
            f.put("proposedElsewhere", 1.0);
        }
    }

    private static void metricFeatures(Map<String, Double> f, ClaimedResult r, EntityMention e, List<EntityMention> mentions,
                                       String ruleKey, List<String> sentence, int value, Place at, String unit) {
        String ruleName = ruleKey == null ? null : mentions.stream()
                .filter(m -> m.type() == e.type() && m.key().equals(ruleKey)).map(m -> m.name().toLowerCase(Locale.ROOT))
                .findFirst().orElse(null);
        String name = e.name().toLowerCase(Locale.ROOT);
        if (ruleName != null && !e.key().equals(ruleKey)) {
            if (name.endsWith(" " + ruleName)) {
                f.put("refinesRule", 1.0); // "top-1 accuracy" named elsewhere, the rules read "accuracy"
            }
            if (ruleName.endsWith(" " + name)) {
                f.put("ruleRefines", 1.0);
            }
        }
        int owned = at == null || at.to() + 1 >= sentence.size() ? -1
                : number(sentence.get(at.to())) != null ? at.to()
                : METRIC_VALUE_JOINS.contains(sentence.get(at.to())) && number(sentence.get(at.to() + 1)) != null ? at.to() + 1 : -1;
        if (owned >= 0 && owned != value && !coordinated(sentence, owned, value)) {
            f.put("ownsNumber", 1.0); // "... and FID of 7.4": the metric of another number
        }
        List<String> nameWords = words(e.name());
        String head = nameWords.isEmpty() ? "" : nameWords.get(nameWords.size() - 1);
        f.put("unit=" + unit + "&head=" + head, 1.0);
    }

    /** A name's rank by distance among the entities named: its index, or for an offered name the entities closer. */
    private static int rank(List<String> byGap, Map<String, Place> places, String key, Place at) {
        int index = byGap.indexOf(key);
        return index >= 0 ? index : (int) byGap.stream().filter(k -> places.get(k).gap() < at.gap()).count();
    }

    /** Words that may stand between the values of one list: "accuracies of 81.4% and 77.9%". */
    private static final Set<String> LIST_JOINS = CueWords.set("slot-value-list-joins");

    /** Whether {@code later} follows {@code first} in one list of values. */
    private static boolean coordinated(List<String> sentence, int first, int later) {
        if (later <= first) {
            return false;
        }
        for (int i = first + 1; i < later; i++) {
            if (!LIST_JOINS.contains(sentence.get(i)) && number(sentence.get(i)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Each named entity's place in the order the sentence names them (0 for the first). */
    private static Map<String, Integer> ordinals(Map<String, Place> places) {
        List<String> byPosition = places.keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> places.get(k).from()).thenComparing(k -> k)).toList();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < byPosition.size(); i++) {
            out.put(byPosition.get(i), i);
        }
        return out;
    }

    /**
     * The number's place among the sentence's numbers (0 for the first), leaving out numbers inside the paper's
     * names ("WMT 2014", "ResNet-50") so that they do not shift a list's order; -1 when it is not found.
     */
    private static int valueOrdinal(List<String> sentence, int value, List<EntityMention> mentions) {
        boolean[] named = new boolean[sentence.size()];
        for (EntityMention m : mentions) {
            for (String form : ResultFeatures.forms(m)) {
                List<String> w = words(form);
                for (int i = 0; !w.isEmpty() && i + w.size() <= sentence.size(); i++) {
                    if (sentence.subList(i, i + w.size()).equals(w)) {
                        java.util.Arrays.fill(named, i, i + w.size(), true);
                    }
                }
            }
        }
        int ordinal = 0;
        for (int i = 0; i < value; i++) {
            if (!named[i] && number(sentence.get(i)) != null && !endsAName(sentence, i)) {
                ordinal++;
            }
        }
        return named[value] ? -1 : ordinal;
    }

    /** "ViT-B/16", "MPTs-1/32": a number after a slash that follows a word with letters is part of a name, no value. */
    private static boolean endsAName(List<String> sentence, int i) {
        return i >= 2 && sentence.get(i - 1).equals("/") && sentence.get(i - 2).chars().anyMatch(Character::isLetter);
    }

    /**
     * How far, relative to its size (absolutely below 1), a word's number may differ from the result's value and
     * still be it: both are read from the same digits, so they differ by the rounding of a double at most.
     */
    private static final double SAME_VALUE_TOLERANCE = 1e-9;

    /** The word holding the number's value, the first if several do, or -1. */
    private static int valueAt(List<String> sentence, double value) {
        for (int i = 0; i < sentence.size(); i++) {
            Double v = number(sentence.get(i));
            if (v != null && Math.abs(v - value) <= SAME_VALUE_TOLERANCE * Math.max(1.0, Math.abs(value))) {
                return i;
            }
        }
        return -1;
    }

    /** The entity's name or alias closest to the number, or null when the sentence names it nowhere. */
    private static Place nearest(List<String> sentence, EntityMention e, int value) {
        Place best = null;
        for (String form : ResultFeatures.forms(e)) {
            List<String> w = words(form);
            for (int i = 0; !w.isEmpty() && i + w.size() <= sentence.size(); i++) {
                if (!sentence.subList(i, i + w.size()).equals(w)) {
                    continue;
                }
                int end = i + w.size();
                boolean before = end - 1 < value;
                int gap = before ? value - (end - 1) : Math.max(0, i - value);
                if (best == null || gap < best.gap()) {
                    best = new Place(i, end, gap, before);
                }
            }
        }
        return best;
    }

    private static int count(List<String> text, EntityMention e) {
        int n = 0;
        for (String form : ResultFeatures.forms(e)) {
            List<String> w = words(form);
            for (int i = 0; !w.isEmpty() && i + w.size() <= text.size(); i++) {
                if (text.subList(i, i + w.size()).equals(w)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Double number(String word) {
        if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
            return null;
        }
        try {
            return Double.parseDouble(word.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The filter's probability of an offered candidate, in tenths. */
    private static String beliefBin(double p) {
        return Integer.toString((int) Math.min(9, Math.floor(p * 10)));
    }

    /** Word distances in bins: adjacent words differ, far ones are alike. */
    private static String gapBin(int gap) {
        if (gap <= 3) {
            return Integer.toString(Math.max(gap, 1));
        }
        return gap <= 6 ? "4-6" : gap <= 10 ? "7-10" : gap <= 20 ? "11-20" : ">20";
    }

    private static String unitClass(String unit) {
        if (unit == null) {
            return "none";
        }
        return switch (unit) {
            case "%", "x", "pp" -> unit;
            default -> "other";
        };
    }
}
