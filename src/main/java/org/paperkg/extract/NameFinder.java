package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.EntityType;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names of artifacts that no lexicon knows, by their shape: inner capitals (ResNeXt, ZetaMix),
 * acronyms (KLOVA), capitals with digits (GPT-4), plus adjacent title-case words (Swin Transformer).
 * "X dataset" and "on X" (after an evaluation cue) make X a dataset; other names are methods.
 */
final class NameFinder implements SentenceStage {
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");
    private static final Set<String> DATASET_CUES = CueWords.set("dataset-nouns");
    private static final Set<String> EVALUATION_CUES = CueWords.set("evaluation-words");

    /** "build on X", "run on X": "on" after these verbs names a basis or a platform, not a dataset. */
    private static final Set<String> NOT_EVALUATION_ON = CueWords.set("not-evaluation-on-verbs");

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.LEXICON_ENTRIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SHAPED_NAMES);
    }

    @Override
    public Source source() {
        return Source.NAME_SHAPE;
    }

    @Override
    public void annotate(PaperAnalysis paper, int sentenceIndex) {
        Sentence s = paper.sentence(sentenceIndex);
        TokenClaims claims = paper.claims(sentenceIndex);
        boolean inTitle = paper.inTitle(sentenceIndex);
        if (inTitle && isAllCaps(s)) {
            return; // "OPTIMAL ROBUST MEMORIZATION WITH ...": every word has an acronym's shape, none is one
        }
        boolean evaluationContext = s.tokens().stream()
                .anyMatch(t -> EVALUATION_CUES.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.text().equals("%"));
        for (int i = 0; i < s.size(); i++) {
            if (claims.isClaimed(i) || !(looksLikeName(s.token(i).text()) || namesADataset(s, i))) {
                continue;
            }
            int from = i;
            int to = i + 1;
            while (!inTitle && from > 0 && !claims.isClaimed(from - 1) && isTitleWord(s.token(from - 1), from - 1 == 0)
                    && adjacent(s, from - 1, from) && i - from < 2) {
                from--;
            }
            while (to < s.size() && !claims.isClaimed(to) && to - from < 4
                    && ((looksLikeName(s.token(to).text()) || !inTitle && isTitleWord(s.token(to), false)) && s.token(to).pos().startsWith("NNP")
                        || isVersionSuffix(s, to))) {
                to++;
            }
            int beforeEdition = to;
            to = editionEnd(s, to, claims);
            boolean edition = to > beforeEdition;
            String surface = s.span(from, to);
            if (isCitation(s, to)) {
                claims.claim(from, to);
                i = to - 1;
                continue;
            }
            if (lexicon.isGeneric(surface) || lexicon.isGeneric(s.token(i).text())) {
                claims.claim(from, to);
                i = to - 1;
                continue;
            }
            EntityType type = EntityType.METHOD;
            double confidence = RuleConfidence.NAME_SHAPE;
            if (calledADataset(s, to) || afterDatasetNoun(s, from) || namesASplit(s, to) || describedAsADataset(s, to)) {
                type = EntityType.DATASET;
                confidence = RuleConfidence.CALLED_A_DATASET;
            } else if (edition && evaluationContext) {
                type = EntityType.DATASET; // "results on WNUT 2017", "SemEval-2010 Task 8": an edition of a benchmark
                confidence = RuleConfidence.DATASET_EDITION;
            } else if (evaluationContext && from > 0 && isDatasetPreposition(s.token(from - 1))
                    && !(from > 1 && NOT_EVALUATION_ON.contains(s.token(from - 2).lemma().toLowerCase(Locale.ROOT)))) {
                type = EntityType.DATASET;
                confidence = RuleConfidence.EVALUATED_ON;
            }
            paper.add(new Span(type, keyOf(surface), surface, null, null, sentenceIndex, from, to, confidence));
            claims.claim(from, to);
            i = to - 1;
        }
    }

    /** A title set in capitals: most of its words of three letters or more have no lower-case letter. */
    static boolean isAllCaps(Sentence s) {
        int words = 0;
        int upper = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
                words++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return words >= 3 && upper * 4 >= words * 3;
    }

    /** "the Zebrafish dataset": a capitalized word right before "dataset" names one, whatever its shape. */
    private static boolean namesADataset(Sentence s, int i) {
        String w = s.token(i).text();
        return i > 0 && i + 1 < s.size() && w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && !w.contains(".") && !w.contains("/") && calledADataset(s, i + 1);
    }

    /** Words at most between "X, a" and the dataset noun that heads its description ("a large-scale multilingual corpus"). */
    private static final int MAX_DESCRIPTION_MODIFIERS = 4;
    /** What stands between a name and its description: "X, a ...", the title's "X: A ...". */
    private static final Set<String> DESCRIPTION_SEPARATORS = Set.of(",", ":");
    /** The words that open a description: "X, a benchmark", "X, our new corpus". */
    private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("a", "an", "the", "our");

    /**
     * "QX-Bench, a benchmark designed to ...", "QX-Chat, a large-scale dialogue corpus of ...", the title's
     * "QX-Bench: A Benchmark for ...": a name whose description right after it (after a comma or a colon) is headed
     * by a dataset noun is a dataset the paper introduces, not a method.
     */
    static boolean describedAsADataset(Sentence s, int to) {
        int k = to + 1;
        if (to >= s.size() || !DESCRIPTION_SEPARATORS.contains(s.token(to).text()) || k >= s.size()
                || !DESCRIPTION_DETERMINERS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (k++; k < s.size() && k <= to + 2 + MAX_DESCRIPTION_MODIFIERS; k++) {
            Token t = s.token(k);
            boolean modifier = t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")
                    || t.pos().equals("CD") || t.pos().equals("HYPH");
            if (!modifier) {
                return false;
            }
            boolean head = k + 1 >= s.size() || !s.token(k + 1).pos().startsWith("NN");
            if (head) {
                return t.pos().startsWith("NN") && DATASET_CUES.contains(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** "the QX-10M dataset", "QX-Bench benchmark": the noun after a name says it is a dataset. */
    static boolean calledADataset(Sentence s, int to) {
        return to < s.size() && DATASET_CUES.contains(s.token(to).lemma().toLowerCase(Locale.ROOT));
    }

    /** "a new example dataset QX-10M", "the benchmark suite HELM": the noun before names what X is. */
    private static boolean afterDatasetNoun(Sentence s, int from) {
        return from > 0 && s.token(from - 1).pos().startsWith("NN")
                && DATASET_CUES.contains(s.token(from - 1).lemma().toLowerCase(Locale.ROOT));
    }

    /** The first and last year an edition of a benchmark or shared task may carry ("WNUT 2017", "CoNLL 2003"). */
    static final Pattern EDITION_YEAR = Pattern.compile("(19[89]\\d|20[0-4]\\d)");
    /** Words before "set" that name a split of a dataset: "the WNUT 2017 test set". */
    private static final Set<String> SPLIT_WORDS = CueWords.set("split-words");

    /**
     * Where a name ends once its edition is added: a year right after it ("WNUT 2017") and a numbered task
     * ("SemEval-2010 Task 8"); {@code to} when it has none.
     */
    private static int editionEnd(Sentence s, int to, TokenClaims claims) {
        int end = to;
        if (end < s.size() && !claims.isClaimed(end) && EDITION_YEAR.matcher(s.token(end).text()).matches()
                && adjacent(s, end - 1, end)) {
            end++;
        }
        if (end + 1 < s.size() && !claims.isClaimed(end) && !claims.isClaimed(end + 1)
                && s.token(end).text().equalsIgnoreCase("task") && s.token(end + 1).text().matches("\\d{1,2}")
                && adjacent(s, end - 1, end)) {
            end += 2;
        } else if (end < s.size() && end > 0 && !claims.isClaimed(end) && s.token(end - 1).text().equalsIgnoreCase("task")
                && s.token(end).text().matches("\\d{1,2}")) {
            end++; // the name already took "Task" as a title word
        }
        return end;
    }

    /** "X test set", "X validation set": a name before a split of a dataset names the dataset. */
    private static boolean namesASplit(Sentence s, int after) {
        return after + 1 < s.size() && SPLIT_WORDS.contains(s.token(after).lemma().toLowerCase(Locale.ROOT))
                && s.token(after + 1).lemma().equalsIgnoreCase("set");
    }

    /** "Neu (2015)", "Smith et al.": an author cited, not a method. */
    private static boolean isCitation(Sentence s, int after) {
        if (after < s.size() && s.token(after).text().equals("et")) {
            return true;
        }
        return after + 1 < s.size() && s.token(after).text().equals("(") && s.token(after + 1).text().matches("(19|20)\\d\\d[a-z]?");
    }

    private static boolean isDatasetPreposition(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("on") || w.equals("across");
    }

    /** Keys drop an acronym's plural "s" (CNNs) so the plural and singular are one node. */
    static String keyOf(String surface) {
        String key = TermKey.of(surface);
        if (surface.length() > 2 && surface.endsWith("s") && Character.isUpperCase(surface.charAt(surface.length() - 2))) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** Hyphenated adjectives built on a name ("LSTM-based", "GPU-friendly") are not names themselves. */
    private static final Pattern ADJECTIVE_SUFFIX = Pattern.compile(
            "(?i).*-(" + CueWords.alternation("adjective-compound-ends") + "|[a-z]+ed)$"
                    + "|(?i)^(" + CueWords.alternation("not-name-prefixes") + ")-.*"); // "AI-generated", "non-IID", "post-ICL"

    static boolean looksLikeName(String written) {
        String t = InlineMath.withoutMath(written); // "$k$NN-MT" has the shape of "NN-MT"
        if (t.length() < 2 || !Character.isLetter(t.charAt(0)) || ROMAN.matcher(t).matches()
                || t.contains("/") || t.contains("://") || t.contains("@") || t.contains(".") || t.contains("=")
                || LexiconMatcher.isMarkup(t)
                || ADJECTIVE_SUFFIX.matcher(t).matches()) {
            return false;
        }
        for (String part : t.split("-")) {
            if (isNamePart(part)) {
                return true;
            }
        }
        return false;
    }

    /** ResNet (inner capital), SNN (two capitals), V2 / GPT4 (capital and digit). "Hardware" or "Path" are not. */
    private static boolean isNamePart(String part) {
        if (part.length() < 2 || !Character.isLetter(part.charAt(0))) {
            return false;
        }
        int upper = 0;
        boolean digit = false;
        for (int k = 0; k < part.length(); k++) {
            char c = part.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            }
            digit |= Character.isDigit(c);
        }
        return upper >= 2 || (upper == 1 && Character.isUpperCase(part.charAt(0)) && digit)
                || (upper >= 1 && !Character.isUpperCase(part.charAt(0)));
    }

    private static boolean isTitleWord(Token t, boolean sentenceStart) {
        String w = t.text();
        return !sentenceStart && w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && w.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && t.pos().startsWith("NNP");
    }

    /** "+", "++", "-v2" glued to the name. */
    private static boolean isVersionSuffix(Sentence s, int k) {
        String w = s.token(k).text();
        boolean glued = s.token(k - 1).end() == s.token(k).begin();
        return glued && (w.equals("+") || w.equals("++") || w.equals("^+") || w.matches("-?[vV]\\d+(\\.\\d+)?"));
    }

    /** Tokens a and b are written together or with one space between them. */
    static boolean adjacent(Sentence s, int a, int b) {
        return s.token(a).end() == s.token(b).begin() || s.token(a).end() + 1 == s.token(b).begin();
    }
}
