package org.paperkg.extract;

import org.paperkg.model.TermKey;
import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityType;
import org.paperkg.model.Evidence;
import org.paperkg.model.MethodRole;
import org.paperkg.model.ResultKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the numbers of a sentence into claimed results, tying each to the metric, method, dataset and
 * baseline the sentence names: nearest mention, or the i-th of a coordinated list when the sentence pairs
 * lists ("93.05%, 70.15% and 67.71% on CIFAR-10, CIFAR-100 and ImageNet").
 */
final class ResultFinder {
    private static final Set<String> COMPARE_CUES = CueWords.set("comparison-cues");
    private static final Set<String> SPEED_CUES = CueWords.set("speedup-cues");
    /** NumberFinder's unit codes of a magnitude ("15M", "4B"): token classes, case-sensitive, so not a cue list. */
    private static final Set<String> MAGNITUDE_UNITS = Set.of("M", "B", "G", "K", "k", "m", "b", "g");
    private static final int METRIC_AFTER = 5;
    private static final Set<String> LIST_WORDS = CueWords.set("value-list-joins");
    /** Words that join the mentions of a list written before its values ("on A, B and C, respectively, 9%, ..."). */
    /** Between a list of mentions and the values it pairs with: "UAS and LAS of 94% and 92%", "A and B to 51 and 44". */
    private static final int LIST_TO_VALUES = 3;
    /** "an IS of 166.5", "BLEU = 28.4": a metric right before its number, joined by one of these. */
    private static final Set<String> METRIC_VALUE_JOINS = CueWords.set("metric-value-joins");
    // The confidences of the results below are rule priors. With a trained model ResultConfidence replaces them and
    // reads each value as a feature ("rule=0.80", and the slot model's "rule&confidence=0.80"), so a change needs a
    // retrain; with --model rules they are the results' confidences, and a leaderboard's default minConfidence
    // (0.5) shows the results at or above it.
    /** A result whose metric the sentence names (a metric mention, or a known metric read at the number). */
    private static final double NAMED_METRIC_CONFIDENCE = 0.8;
    /** A result whose metric is inherited from the value it is coordinated with ("F1 of 91.6 on A and 86.3 on B"). */
    private static final double INHERITED_METRIC_CONFIDENCE = 0.7;
    /** A result whose metric is a phrase read around it that no lexicon knows: below a named metric's. */
    private static final double PHRASE_METRIC_CONFIDENCE = 0.6;
    /** A result with no metric: on no leaderboard (a board needs one), unless the paper's main metric fills it. */
    private static final double NO_METRIC_CONFIDENCE = 0.5;
    /**
     * A compared system's own score in a named metric ("against 72.91% for the prior art"): a step below the
     * paper's own result in a named metric, the owner being read off the comparison cue.
     */
    private static final double BASELINE_SCORE_CONFIDENCE = 0.7;
    /** A compared system's own score with no metric named: the same step below a result with no metric. */
    private static final double BASELINE_SCORE_NO_METRIC_CONFIDENCE = 0.4;
    /**
     * A metric span a result rule adds at its number, named by the implied-metric list or the lexicon ("3x faster":
     * speedup; "10.1% accuracy improvement"; "top-1 ... error" joined to its coordinated head). These spans come
     * after the filter: the value stays the metric mention's confidence unless the filter kept the same metric,
     * and ResultConfidence reads it in bins ("metricConfidence="). A step above a measure the rules read from the
     * result's own words ({@link ResultMetricPhrases#OWN_WORDS_METRIC}), vouched for by its place and head only.
     */
    private static final double METRIC_NAMED_AT_NUMBER = 0.6;
    /** NumberFinder's unit codes of time: a cost in time is never measured in a quality metric ("3 days"). */
    private static final Set<String> TIME_UNITS = Set.of("ms", "s", "hours", "days", "minutes");
    private static final Set<String> SPEED_WORDS = CueWords.set("speed-comparatives");
    private static final int METRIC_BEFORE = 14;
    private static final Set<String> ACHIEVE_VERBS = CueWords.set("achieve-verbs");

    /** Comparatives that may stand between a number and the word naming its metric. */
    private static final Set<String> COMPARATIVES = CueWords.set("comparatives-before-metric");

    private final Lexicon lexicon;
    private final HeadNouns heads;
    private final ImpliedMetrics impliedWords = ImpliedMetrics.bundled();
    private final MetricDirections directions = MetricDirections.bundled();
    private final ResultMetricPhrases ownWords;

    ResultFinder(Lexicon lexicon, HeadNouns heads) {
        this.lexicon = lexicon;
        this.heads = heads;
        this.ownWords = new ResultMetricPhrases(lexicon);
    }

    /** What a sentence yields: results, and metric mentions that exist only because a result implies them. */
    record Found(List<ClaimedResult> results, List<Span> impliedMetrics) {
    }

    Found find(Sentence s, int sentenceIndex, List<Span> spans, java.util.Map<String, MethodRole> roles,
               String defaultMethod, String defaultDataset) {
        List<ClaimedResult> results = new ArrayList<>();
        List<Span> impliedAdded = new ArrayList<>();
        List<NumberMention> numbers = NumberFinder.find(s);
        List<Span> metrics = ofType(spans, EntityType.METRIC);
        List<Span> datasets = ofType(spans, EntityType.DATASET);
        List<Span> methods = ofType(spans, EntityType.METHOD);
        java.util.Map<String, Span> metricByUnit = new java.util.HashMap<>();
        // the last number kept as a result and its metric, which an elliptical sibling inherits
        NumberMention previous = null;
        Span previousMetric = null;
        for (int n = 0; n < numbers.size(); n++) {
            NumberMention num = numbers.get(n);
            if (insideSpan(spans, num.from()) || "dimension".equals(num.unit())) {
                continue;
            }
            // the low end of a range ("25 - 71x faster") is read like its high end
            NumberMention rangeEnd = n + 1 < numbers.size() && NumberFinder.isRange(s, num, numbers.get(n + 1))
                    ? numbers.get(n + 1) : num;
            Span implied = impliedMetric(s, sentenceIndex, num, metrics);
            // "(98% masking ratio)": the number's own words name its measure, so no metric elsewhere is its
            boolean ownMeasure = measureNamedAfter(s, num);
            Span metric = implied != null ? implied : metricFor(s, num, numbers, n, metrics, datasets, ownMeasure);
            if (metric == null && rangeEnd != num) {
                NumberMention high = rangeEnd;
                Span highImplied = impliedMetric(s, sentenceIndex, high, metrics);
                metric = highImplied != null ? highImplied : metricFor(s, high, numbers, n + 1, metrics, datasets,
                        measureNamedAfter(s, high));
            }
            if (metric == null && num.unit() != null && !ownMeasure) {
                // "1.6 ms latency ..., as fast as X (1.6 ms, ...)": a later number in the same unit measures the same
                metric = metricByUnit.get(num.unit());
            } else if (metric != null && num.unit() != null && metric.from() >= num.to() - 1) {
                // only a metric named right after its number ("1.6 ms inference latency") pairs it with the unit
                metricByUnit.putIfAbsent(num.unit(), metric);
            }
            if (implied != null && metrics.stream().noneMatch(m -> m.key().equals(implied.key()))) {
                impliedAdded.add(implied);
            }
            metric = withErrorHead(s, sentenceIndex, num, metric, metrics);
            metric = withMeasureAfter(s, sentenceIndex, metric, metrics);
            // a metric read from a phrase no lexicon knows ("joint goal accuracy") is less sure than a known one
            boolean readFromPhrase = false;
            if (metric != null && metric.canonical() == null || metric != null && metrics.contains(metric)) {
                Span widened = ownWords.widened(s, metric, spans);
                readFromPhrase = widened != metric && widened.canonical() == null;
                metric = widened;
            }
            boolean inherited = false;
            if (previous != null && previousMetric != null && ellipticalSibling(s, previous, num)
                    && (metric == null || metric.to() <= previous.from())) {
                metric = previousMetric; // "an F1 of 91.6 on A and 86.3 on B": the second value is an F1 too
                inherited = true;
            }
            boolean timeCost = false;
            if (metric != null && num.unit() != null && TIME_UNITS.contains(num.unit())
                    && directions.of(metric.key(), metric.surface()) != org.paperkg.model.MetricDirection.LOWER_IS_BETTER) {
                metric = null; // "takes 3.5 days ... reaching 82.1% top-1 accuracy": a cost, not an accuracy
                timeCost = true;
            }
            boolean unitMarksOutcome = "%".equals(num.unit()) || "x".equals(num.unit()) || "pp".equals(num.unit())
                    || "points".equals(num.unit());
            Span compared = unitMarksOutcome ? ownWords.compared(s, sentenceIndex, num, spans) : null;
            if (compared != null) {
                // "AUC of 0.92 while taking 12.3x less time and 9.3x less space": time, space
                metric = withMeasureAfter(s, sentenceIndex, compared, metrics);
                readFromPhrase = compared.canonical() == null && !metrics.contains(compared);
            } else if (metric == null && unitMarksOutcome) {
                metric = ownWords.around(s, sentenceIndex, num, spans);
                readFromPhrase = metric != null && metric.canonical() == null;
            }
            unitMarksOutcome |= timeCost;
            if (!unitMarksOutcome && metric == null) {
                continue;
            }
            if (num.unit() != null && MAGNITUDE_UNITS.contains(num.unit()) && metric == null) {
                continue;
            }
            if (isYear(num) || (!unitMarksOutcome && !inherited && metric != null && !endOfChange(s, numbers, n)
                    && Math.abs(metric.from() - num.from()) > 3 && num.unit() == null)) {
                continue;
            }
            if (SettingNumbers.isSetting(s, num, metric, spans)) {
                continue;
            }
            final Span chosen = metric;
            if (chosen != null && metrics.stream().noneMatch(m -> m.key().equals(chosen.key()))
                    && impliedAdded.stream().noneMatch(m -> m.key().equals(chosen.key()))) {
                impliedAdded.add(chosen); // a measure named in the result's own words, or an error read across a list
            }
            previous = num;
            previousMetric = metric;
            int baselineCue = BaselineScores.cueBefore(s, numbers, n);
            ResultKind kind = baselineCue >= 0 ? ResultKind.ABSOLUTE : ResultKinds.of(s, numbers, n);
            if (kind == ResultKind.ABSOLUTE && num.unit() != null && MAGNITUDE_UNITS.contains(num.unit())) {
                continue; // "the largest ViT contains 4B parameters", "(55M)": a model's size, not an outcome
            }
            String metricKey = metric == null ? null : metric.key();
            // "speed up GPT-2 pretraining on OpenWebText by 2x": the verb may stand well before the factor
            if (metric == null && "x".equals(num.unit()) && hasCue(s, num.from() - 10, rangeEnd.to() + 4, SPEED_CUES)
                    && !otherComparativeAfter(s, rangeEnd)) {
                Span speedup = new Span(EntityType.METRIC, "speedup", "speedup", null, null, sentenceIndex,
                        num.from(), num.to(), METRIC_NAMED_AT_NUMBER);
                impliedAdded.add(speedup);
                metricKey = speedup.key();
            }
            // "63.2 AP on COCO after pre-training on Objects365"; a sentence naming only its training data keeps it
            List<Span> evaluated = datasets.stream().filter(d -> !pretrainingData(s, d)).toList();
            evaluated = evaluated.isEmpty() ? datasets : evaluated;
            Span dataset = bracketedAfter(s, evaluated, num, true);
            if (dataset == null) {
                // "8%~12% on A, 3%~7% on B": the low end of a range is measured where its high end is
                dataset = rangeEnd == num ? aligned(s, numbers, n, evaluated, num)
                        : aligned(s, numbers, n + 1, evaluated, rangeEnd);
            }
            String datasetKey = dataset != null ? dataset.key() : datasets.isEmpty() ? defaultDataset : null;
            if (baselineCue >= 0) {
                // "(against 72.91% for the prior art)", "92% vs. 15% for GPT-4": the compared system's own score
                Span owner = BaselineScores.owner(s, methods, baselineCue, num);
                results.add(new ClaimedResult(num.value(), num.unit(), metricKey, owner == null ? null : owner.key(),
                        datasetKey, null, null, kind, new Evidence(s.text(), s.begin(), s.end()),
                        metricKey == null ? BASELINE_SCORE_NO_METRIC_CONFIDENCE : BASELINE_SCORE_CONFIDENCE,
                        directionOf(metricKey, metric)));
                continue;
            }
            Span method = achiever(s, methods, num, roles);
            String methodKey = method != null ? method.key() : defaultMethod;
            Span baseline = baselineOf(s, methods, method);
            String baselineText = baseline == null && kind == ResultKind.RELATIVE ? baselinePhrase(s) : null;
            double confidence = metricKey == null ? NO_METRIC_CONFIDENCE : readFromPhrase ? PHRASE_METRIC_CONFIDENCE
                    : inherited ? INHERITED_METRIC_CONFIDENCE : NAMED_METRIC_CONFIDENCE;
            results.add(new ClaimedResult(num.value(), num.unit(), metricKey, methodKey, datasetKey,
                    baseline == null ? null : baseline.key(), baselineText, kind,
                    new Evidence(s.text(), s.begin(), s.end()), confidence, directionOf(metricKey, metric)));
        }
        return new Found(results, impliedAdded);
    }

    /** The direction of the result's metric, by its key and the words naming it. */
    private org.paperkg.model.MetricDirection directionOf(String metricKey, Span metric) {
        String name = metric == null || !metric.key().equals(metricKey) ? metricKey
                : metric.canonical() != null ? metric.canonical() : metric.surface();
        return directions.of(metricKey, name);
    }

    /** Prepositions that attach a value to what it was measured on: "91.6 on A", "72% for B". */
    private static final Set<String> ON_WORDS = CueWords.set("measured-on-prepositions");
    /** Heads of a phrase after a percentage that say what the percentage is a share of. */
    private static final Set<String> SHARE_HEADS = CueWords.set("share-heads");
    /** Words read after a percentage for its measure ("98% token masking ratio"). */
    private static final int MEASURE_PHRASE_WORDS = 3;
    private static final int SIBLING_GAP = 10;

    /**
     * "an F1 of 91.6 on A and 86.3 on B": a value coordinated with the previous one, each followed by what it is
     * measured on, with no verb between, is measured in the same metric.
     */
    private static boolean ellipticalSibling(Sentence s, NumberMention previous, NumberMention num) {
        if (num.from() <= previous.to() || num.from() - previous.to() > SIBLING_GAP || num.to() >= s.size()
                || !java.util.Objects.equals(previous.unit(), num.unit())) {
            return false;
        }
        String joiner = s.token(num.from() - 1).text().toLowerCase(Locale.ROOT);
        if (!joiner.equals("and") && !joiner.equals(",") && !joiner.equals("or")) {
            return false;
        }
        if (!ON_WORDS.contains(s.token(previous.to()).text().toLowerCase(Locale.ROOT))
                || !ON_WORDS.contains(s.token(num.to()).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = previous.to(); k < num.from(); k++) {
            Token t = s.token(k);
            if (t.pos().startsWith("VB") || t.text().equals(";") || t.pos().equals("CD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "23.9% top-1 and 7.1% top-5 error": a metric written only as "top-k" takes the head of the coordinated
     * metric after it when that one is an error, so it is not read as an accuracy.
     */
    private Span withErrorHead(Sentence s, int sentenceIndex, NumberMention num, Span metric, List<Span> metrics) {
        if (metric == null || metric.from() < num.to() || !TOP_K.matcher(metric.surface()).matches()) {
            return metric;
        }
        for (Span later : metrics) {
            if (later.from() > metric.to() && later.from() - metric.to() <= SIBLING_GAP
                    && later.surface().toLowerCase(Locale.ROOT).contains("error")) {
                String name = TOP_K.matcher(later.surface()).replaceFirst(metric.surface());
                if (name.equals(later.surface())) {
                    name = metric.surface() + " " + later.surface(); // "top-1 and top-5 test error"
                }
                return namedMetric(name, sentenceIndex, metric.from(), metric.to());
            }
        }
        return metric;
    }

    /** A metric written only as "top-k" ("top-1", "top5"). */
    private static final Pattern TOP_K = Pattern.compile("(?i)top-?\\d+");
    /** Modifiers a "top-k" or an adjective may stand apart from the measure it qualifies by. */
    private static final int MAX_MEASURE_MODIFIERS = 2;

    /**
     * "99% top-1 selective accuracy at 47% coverage": a metric written only as "top-k" right before the name of
     * another measure, with at most a few modifiers between, qualifies that measure; it is not the lexicon's
     * top-k accuracy. Likewise a metric cut short at a modifier ("zero-shot cross-lingual" before "accuracy",
     * "peak" right before "SRAM"). The result's metric is the whole phrase. 5-fold cross-validation of the
     * shipped model, session 14 (with this and {@code SameNameEntities.definedOtherwise}): value+metric 0.747 ->
     * 0.753, metrics 0.713 -> 0.716.
     */
    private Span withMeasureAfter(Sentence s, int sentenceIndex, Span metric, List<Span> metrics) {
        if (metric == null) {
            return null;
        }
        boolean topK = TOP_K.matcher(metric.surface()).matches();
        Token last = s.token(metric.to() - 1);
        if (!topK && (metric.to() >= s.size() || !ResultMetricPhrases.widensMetric(last))) {
            return metric; // ends on its measure, or at the sentence's end
        }
        // a "top-k" or an adjective may stand a few modifiers before its measure; a modifying noun ("peak") only
        // right before another metric mention
        boolean looseEnd = topK || !last.isNoun();
        int maxGap = looseEnd ? MAX_MEASURE_MODIFIERS : 0;
        for (Span later : metrics) {
            int gap = later.from() - metric.to();
            if (gap < 0 || gap > maxGap || TOP_K.matcher(later.surface()).lookingAt()) {
                continue;
            }
            boolean modifiersOnly = true;
            for (int k = metric.to(); k < later.from(); k++) {
                modifiersOnly &= ResultMetricPhrases.widensMetric(s.token(k));
            }
            if (modifiersOnly) {
                return namedMetric(s.span(metric.from(), later.to()), sentenceIndex, metric.from(), later.to());
            }
        }
        if (!looseEnd) {
            return metric;
        }
        // the measure may be in words no kept mention covers ("selective accuracy" the filter found too vague alone)
        int end = measureHeadEnd(s, metric.to());
        return end < 0 ? metric : namedMetric(s.span(metric.from(), end), sentenceIndex, metric.from(), end);
    }

    /**
     * Where a measure's name written from word {@code from} on ends: at most a few modifiers, then a head noun that
     * names a measure ("accuracy", "error rate") and ends its noun phrase; -1 if the words there name none.
     */
    private int measureHeadEnd(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from <= MAX_MEASURE_MODIFIERS; k++) {
            Token word = s.token(k);
            boolean endsPhrase = k + 1 >= s.size() || !s.token(k + 1).isNoun();
            if (word.isNoun() && endsPhrase && heads.typeOf(word).filter(type -> type == EntityType.METRIC).isPresent()) {
                return k + 1;
            }
            if (!ResultMetricPhrases.widensMetric(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** A metric span at words [from, to) going by {@code name}: the lexicon's metric of that name, else its own. */
    private Span namedMetric(String name, int sentenceIndex, int from, int to) {
        LexiconEntry entry = lexicon.lookup(name).filter(e -> e.type() == EntityType.METRIC).orElse(null);
        return new Span(EntityType.METRIC, entry != null ? entry.key() : TermKey.of(name), name,
                entry != null ? entry.canonical() : null, null, sentenceIndex, from, to, METRIC_NAMED_AT_NUMBER);
    }

    /** "34% fewer parameters", "1.5% more accurate": a word right after the number that implies the metric. */
    /**
     * "421x lower computational cost": right after a number and a comparative, a noun phrase whose head is a
     * measure ("cost", "usage", "efficiency") is the result's metric, though it would be too vague alone.
     */
    private Span measuredPhrase(Sentence s, int sentenceIndex, int k, List<Span> metrics) {
        if (k == 0 || !COMPARATIVES.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int end = k;
        while (end < s.size() && end - k < 3 && (s.token(end).isNoun() || s.token(end).isAdjective())) {
            end++;
        }
        if (end == k || !s.token(end - 1).isNoun() || metricsAfter(metrics, k, end - 1)
                || heads.typeOf(s.token(end - 1)).filter(t -> t == EntityType.METRIC).isEmpty()) {
            return null;
        }
        String phrase = s.span(k, end);
        if (lexicon.isGeneric(s.token(end - 1).text()) && end - k == 1) {
            return null;
        }
        return new Span(EntityType.METRIC, TermKey.of(phrase), phrase, null, null, sentenceIndex, k, end,
                ResultMetricPhrases.OWN_WORDS_METRIC);
    }

    /**
     * "10.1% accuracy improvement", "30% latency reduction": a metric name used as the modifier of the noun
     * after the number, which the lexicon matcher leaves alone because it is not the phrase's head.
     */
    private Span metricAsModifier(Sentence s, int sentenceIndex, int k) {
        for (int end = Math.min(s.size() - 1, k + 3); end > k; end--) {
            if (!s.token(end).isNoun()) {
                continue;
            }
            String phrase = s.span(k, end);
            LexiconEntry entry = lexicon.lookup(phrase).orElse(null);
            if (entry != null && entry.type() == EntityType.METRIC) {
                return new Span(EntityType.METRIC, entry.key(), phrase, entry.canonical(), null, sentenceIndex, k,
                        end, METRIC_NAMED_AT_NUMBER);
            }
        }
        return null;
    }

    private static boolean metricsAfter(List<Span> metrics, int from, int to) {
        return metrics.stream().anyMatch(m -> m.from() >= from && m.from() <= to);
    }

    private Span impliedMetric(Sentence s, int sentenceIndex, NumberMention num, List<Span> metrics) {
        int k = num.to();
        while (k < s.size() && k < num.to() + 2 && COMPARATIVES.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= s.size()) {
            return null;
        }
        // "25x higher energy efficiency": a metric named there is the one measured (see metricFor)
        if (metricsAfter(metrics, k, k)) {
            return null;
        }
        String word = s.token(k).text().toLowerCase(Locale.ROOT);
        String metricName = impliedWords.metricOf(word).orElse(null);
        if (metricName == null) {
            Span modifier = metricAsModifier(s, sentenceIndex, k);
            return modifier != null ? modifier : measuredPhrase(s, sentenceIndex, k, metrics);
        }
        // "3.87x faster inference time": a metric named right after "faster" is the one measured, but
        // "90x faster in wall-clock time" is still a speedup
        if (SPEED_WORDS.contains(word) && metricsAfter(metrics, k + 1, k + 1)) {
            return null;
        }
        LexiconEntry entry = lexicon.lookup(metricName).orElse(null);
        String key = entry != null ? entry.key() : TermKey.of(metricName);
        String canonical = entry != null ? entry.canonical() : metricName;
        return new Span(EntityType.METRIC, key, canonical, canonical, null, sentenceIndex, k, k + 1,
                METRIC_NAMED_AT_NUMBER);
    }

    /** "6.8x smaller": a comparative right after a factor that says it is not about speed. */
    private static boolean otherComparativeAfter(Sentence s, NumberMention num) {
        if (num.to() >= s.size()) {
            return false;
        }
        Token next = s.token(num.to());
        return (next.pos().equals("JJR") || next.pos().equals("RBR"))
                && !SPEED_WORDS.contains(next.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isYear(NumberMention num) {
        BigDecimal v = num.value();
        return num.unit() == null && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1900)) >= 0
                && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    private static List<Span> ofType(List<Span> spans, EntityType type) {
        return spans.stream().filter(sp -> sp.type() == type).toList();
    }

    private static boolean insideSpan(List<Span> spans, int token) {
        return spans.stream().anyMatch(sp -> sp.from() <= token && token < sp.to());
    }

    /**
     * The metric right after the number ("74.96% top-1 accuracy"), else the closest one before it; none before it
     * when {@code ownMeasure} (the words after the number name a share or rate, {@link #measureNamedAfter}).
     */
    private static Span metricFor(Sentence s, NumberMention num, List<NumberMention> numbers, int n, List<Span> metrics,
                                  List<Span> datasets, boolean ownMeasure) {
        Span list = listAligned(s, numbers, n, metrics);
        if (list != null) {
            return list;
        }
        Span named = namedRightBefore(s, num, metrics, numbers);
        if (named != null) {
            return named; // "an IS of 166.5 and FID of 7.4": each value after its own metric
        }
        Span best = null;
        if (ResultKinds.afterBy(s, num)) {
            // "reduction of trainable parameters by 41.9% and a decrease in GPU memory": the changed metric
            // is named before "by"; a metric after the number belongs to the next change
            Span changed = metricBefore(num, metrics);
            if (changed != null && !crossesVerb(s, changed.to(), num.from())) {
                return qualifierAcrossDataset(changed, metrics, datasets);
            }
        }
        for (Span m : metrics) {
            // "1.41% EER" may come as the span "% EER", which starts on the number's unit
            int gap = Math.max(0, m.from() - num.to());
            if (m.from() > num.from() && gap <= METRIC_AFTER && !crossesNumber(numbers, num.to(), m.from())
                    && !crossesClause(s, num.to(), m.from()) && !ownsNextNumber(s, m, numbers)) {
                if (best == null || m.from() < best.from()) {
                    best = m;
                }
            }
        }
        if (best != null) {
            return measuredBySpeedup(s, best, metrics);
        }
        if (ownMeasure) {
            return null; // read by the caller from the number's own words
        }
        best = metricBefore(num, metrics);
        return best == null ? null : qualifierAcrossDataset(best, metrics, datasets);
    }

    /**
     * "98% masking ratio", "at 80% coverage": a percentage followed by a noun phrase whose head names a share or
     * a rate is measured in that phrase, not in a metric named before it.
     */
    private static boolean measureNamedAfter(Sentence s, NumberMention num) {
        if (!"%".equals(num.unit())) {
            return false;
        }
        int k = num.to();
        while (k < s.size() && k - num.to() < MEASURE_PHRASE_WORDS && (s.token(k).isNoun() || s.token(k).pos().equals("JJ")
                || s.token(k).pos().equals("VBG"))) {
            if (s.token(k).isNoun() && SHARE_HEADS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))
                    && (k + 1 >= s.size() || !s.token(k + 1).isNoun())) {
                return true;
            }
            k++;
        }
        return false;
    }

    /** "IS of 166.5", "BLEU = 28.4": the metric stands right before the number, joined by "of", "=", "is". */
    private static Span namedRightBefore(Sentence s, NumberMention num, List<Span> metrics, List<NumberMention> numbers) {
        int join = num.from() - 1;
        if (join < 1 || !METRIC_VALUE_JOINS.contains(s.token(join).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return metrics.stream().filter(m -> m.to() == join && !followsOwnNumber(m, numbers)).findFirst().orElse(null);
    }

    /**
     * "... and FID of 7.4": a metric followed by its own value is not the metric of an earlier number; unless
     * a number right before it is its own ("95% top-1 accuracy at 80% coverage": the 80% is a condition).
     */
    private static boolean ownsNextNumber(Sentence s, Span metric, List<NumberMention> numbers) {
        int join = metric.to();
        return join < s.size() && METRIC_VALUE_JOINS.contains(s.token(join).text().toLowerCase(Locale.ROOT))
                && numbers.stream().anyMatch(x -> x.from() == join + 1) && !followsOwnNumber(metric, numbers);
    }

    /** "95% top-1 accuracy": the metric is written right after a number, which is its value. */
    private static boolean followsOwnNumber(Span metric, List<NumberMention> numbers) {
        return numbers.stream().anyMatch(x -> x.to() == metric.from());
    }

    private static Span metricBefore(NumberMention num, List<Span> metrics) {
        Span best = null;
        for (Span m : metrics) {
            int gap = num.from() - m.to();
            if (gap >= 0 && gap <= METRIC_BEFORE && (best == null || m.to() > best.to())) {
                best = m;
            }
        }
        return best;
    }

    /** "the top-1 ImageNet accuracy": a metric name split by a dataset is the qualified metric before it. */
    private static Span qualifierAcrossDataset(Span metric, List<Span> metrics, List<Span> datasets) {
        for (Span d : datasets) {
            if (d.to() == metric.from()) {
                for (Span m : metrics) {
                    if (m.to() == d.from()) {
                        return m;
                    }
                }
            }
        }
        return metric;
    }

    /** Words after "speedup" before what it speeds up. */
    private static final Set<String> SPEEDUP_MEASURE_LINKS = CueWords.set("speedup-measure-links");

    /** "4.8x speedup in inference latency": the speedup is a result in the metric it is "in". */
    private static Span measuredBySpeedup(Sentence s, Span metric, List<Span> metrics) {
        if (!metric.key().equals("speedup")) {
            return metric;
        }
        int k = metric.to();
        if (k >= s.size() || !SPEEDUP_MEASURE_LINKS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return metric;
        }
        int next = k + 1 < s.size() && s.token(k + 1).pos().equals("DT") ? k + 2 : k + 1;
        return metrics.stream().filter(m -> m.from() == next).findFirst().orElse(metric);
    }

    private static final List<String> PRETRAINING_STEMS = CueWords.list("pretraining-stems");
    /** How far before a dataset "pre-trained ... on" may stand: "pre-trained on the large JFT-300M". */
    private static final int PRETRAINING_REACH = 4;

    /** "after pre-training on JFT-300M": the dataset the model learned from, not the one a number was measured on. */
    private static boolean pretrainingData(Sentence s, Span dataset) {
        boolean on = false;
        for (int k = dataset.from() - 1; k >= Math.max(0, dataset.from() - PRETRAINING_REACH); k--) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("on")) {
                on = true;
            } else if (on && PRETRAINING_STEMS.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a compression ratio of 100x by reducing the model size", "100% feasibility and attaining optimality loss":
     * a verb between a number and a later mention starts another statement.
     */
    private static boolean crossesClause(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).text().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return crossesVerb(s, from, to);
    }

    private static boolean crossesVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            boolean changeWord = ResultKinds.isChangeNoun(t); // "a 1.2% increase in accuracy", tagged a verb
            if (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !changeWord || t.text().equals(";")) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossesNumber(List<NumberMention> numbers, int from, int to) {
        return numbers.stream().anyMatch(x -> x.from() >= from && x.from() < to);
    }

    /**
     * When a run of k numbers is followed (or preceded) by a run of exactly k mentions, the i-th number goes
     * with the i-th mention; otherwise the nearest mention after the number, else before it.
     */
    private static Span aligned(Sentence s, List<NumberMention> numbers, int n, List<Span> candidates, NumberMention num) {
        if (candidates.isEmpty()) {
            return null;
        }
        Span list = listAligned(s, numbers, n, candidates);
        if (list != null) {
            return list;
        }
        Span parallel = parallelListAligned(s, numbers, n, candidates);
        if (parallel != null) {
            return parallel;
        }
        if (candidates.size() == 1 && Math.abs(candidates.get(0).from() - num.from()) > 25) {
            return candidates.get(0);
        }
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span c : candidates) {
            if (c.from() >= num.to() && crossesClause(s, num.to(), c.from())) {
                continue; // "by over 50%, and that HTML-T5 is the best ... on MiniWoB"
            }
            int d = c.from() >= num.to() ? c.from() - num.to() : (num.from() - c.to()) + 3;
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** How far apart two values of one clause may stand: "+0.3% accuracy, +1.7 mIoU and +0.9 AP". */
    private static final int CLAUSE_VALUE_GAP = 6;

    /**
     * "+0.3% accuracy, +1.7 mIoU and +0.9 AP on A, B and C": values each with its own metric, then a list of
     * exactly as many mentions; no verb between the first value and the list. The i-th value goes with the i-th.
     */
    private static Span parallelListAligned(Sentence s, List<NumberMention> numbers, int n, List<Span> candidates) {
        NumberMention num = numbers.get(n);
        Span head = candidates.stream().filter(c -> c.from() >= num.to()).findFirst().orElse(null);
        if (head == null) {
            return null;
        }
        List<Span> list = listFrom(s, head, candidates);
        if (list.size() < 2) {
            return null;
        }
        int first = n;
        while (first > 0 && numbers.get(first).from() - numbers.get(first - 1).to() <= CLAUSE_VALUE_GAP
                && !crossesVerb(s, numbers.get(first - 1).to(), numbers.get(first).from())) {
            first--;
        }
        int last = n;
        while (last + 1 < numbers.size() && numbers.get(last + 1).to() <= head.from()) {
            last++;
        }
        if (crossesVerb(s, numbers.get(n).to(), head.from())) {
            return null;
        }
        int[] item = itemIndexes(s, numbers, first, last);
        return item[last - first] + 1 == list.size() ? list.get(item[n - first]) : null;
    }

    /**
     * Whether the tokens [from, to) join two names of one list: list words ("," "and" "/"), after at most one
     * bracket right behind the first name ("CIFAR100-LT (IF100), ImageNet-LT").
     */
    private static boolean joinedAsList(Sentence s, int from, int to) {
        int k = from;
        if (k < to && s.token(k).text().equals("(")) {
            int close = k + 1;
            while (close < to && !s.token(close).text().equals(")") && close - k <= MAX_BRACKETED) {
                close++;
            }
            if (close >= to || !s.token(close).text().equals(")")) {
                return false;
            }
            k = close + 1;
        }
        return ListJoins.only(s, k, to);
    }

    /** The i-th of a run of exactly as many mentions right after a run of numbers, else null. */
    private static Span listAligned(Sentence s, List<NumberMention> numbers, int n, List<Span> candidates) {
        Run run = Run.around(n, numbers.size(), i -> coordinated(s, numbers.get(i), numbers.get(i + 1)));
        int first = run.first();
        int last = run.last();
        int runSize = run.size();
        if (runSize == 2 && changePair(s, numbers.get(first), numbers.get(last))) {
            // "from 1.21 to 1.15 on A": both ends of a change share what follows them, never a list's i-th
            int pairEnd = numbers.get(last).to();
            return candidates.stream().filter(c -> c.from() >= pairEnd && c.from() - pairEnd <= 3).findFirst()
                    .orElse(null);
        }
        if (runSize > 1) {
            int runEnd = numbers.get(last).to();
            int nextNumber = last + 1 < numbers.size() ? numbers.get(last + 1).from() : s.size();
            List<Span> after = candidates.stream()
                    .filter(c -> c.from() >= runEnd && c.from() - runEnd <= 8 && c.from() < nextNumber).toList();
            if (after.size() == runSize) {
                return after.get(n - first);
            }
            // "56.3%, 60.3% and 41.9% on A (IF100), B 2018, and C": the list after the run, read name by name
            List<Span> chain = listAfter(s, runEnd, candidates);
            if (chain.size() == runSize) {
                return chain.get(n - first);
            }
            // "1.4-1.8x and 3.2-3.4x in latency and throughput": the two ends of a range are one item of the list
            int[] item = itemIndexes(s, numbers, first, last);
            int items = item[last - first] + 1;
            if (items > 1 && items < runSize && after.size() == items) {
                return after.get(item[n - first]);
            }
            Span before = listBefore(s, numbers, first, runSize, n - first, candidates);
            if (before != null) {
                return before;
            }
            // "0.7% and 1.5% higher top-1 accuracy": a mention right after the run serves every number in it
            // ("1.6 ms, 74.7% top-1" is a latency and an accuracy: only numbers in one unit share it)
            if (!after.isEmpty() && after.get(0).from() - runEnd <= 3 && sameUnit(numbers.subList(first, last + 1))) {
                return after.get(0);
            }
        }
        return null;
    }

    /**
     * "reduces the perplexity from 1.21 to 1.15", "lowers perplexity on A and B to 55.3 and 61.2": the ends of
     * a change (or the list of values it reaches) are values of the metric changed, however far it stands.
     */
    private static boolean endOfChange(Sentence s, List<NumberMention> numbers, int n) {
        NumberMention num = numbers.get(n);
        if (n + 1 < numbers.size() && changePair(s, num, numbers.get(n + 1))
                || n > 0 && changePair(s, numbers.get(n - 1), num)) {
            return true;
        }
        int head = n;
        while (head > 0 && coordinated(s, numbers.get(head - 1), numbers.get(head))) {
            head--;
        }
        int to = numbers.get(head).from() - 1;
        return to > 0 && s.token(to).text().equalsIgnoreCase("to") && !s.token(to - 1).pos().equals("CD")
                && !s.token(to - 1).text().equals("%") && !s.token(to - 1).text().equalsIgnoreCase("up");
    }

    /** For each number of a run, the index of its item, the two ends of a range counting as one item. */
    private static int[] itemIndexes(Sentence s, List<NumberMention> numbers, int first, int last) {
        int[] item = new int[last - first + 1];
        for (int i = first + 1; i <= last; i++) {
            NumberMention a = numbers.get(i - 1);
            NumberMention b = numbers.get(i);
            boolean sameRange = b.from() < a.to() || NumberFinder.isRange(s, a, b);
            item[i - first] = item[i - 1 - first] + (sameRange ? 0 : 1);
        }
        return item;
    }

    /** "from 1.21 to 1.15": two numbers that are the ends of one change. */
    private static boolean changePair(Sentence s, NumberMention a, NumberMention b) {
        return a.from() > 0 && s.token(a.from() - 1).text().equalsIgnoreCase("from") && b.from() == a.to() + 1
                && s.token(a.to()).text().equalsIgnoreCase("to");
    }

    /**
     * "perplexities on A and B to 51.1 and 44.3 respectively", "UAS and LAS of 94.5% and 92.9%": a list of
     * exactly as many mentions before the values, right before them or with "respectively" in the sentence,
     * pairs with them in order.
     */
    private static Span listBefore(Sentence s, List<NumberMention> numbers, int first, int runSize, int index,
                                   List<Span> candidates) {
        int runStart = numbers.get(first).from();
        int floor = first > 0 ? numbers.get(first - 1).to() : 0;
        List<Span> before = candidates.stream().filter(c -> c.to() <= runStart && c.from() >= floor).toList();
        if (before.size() < runSize) {
            return null;
        }
        List<Span> list = before.subList(before.size() - runSize, before.size());
        for (int i = 1; i < list.size(); i++) {
            if (!joinedAsList(s, list.get(i - 1).to(), list.get(i).from())) {
                return null;
            }
        }
        boolean respectively = s.tokens().stream().anyMatch(t -> t.text().equalsIgnoreCase("respectively"));
        if (!respectively && runStart - list.get(list.size() - 1).to() > LIST_TO_VALUES) {
            return null;
        }
        return list.get(index);
    }

    /** How far after a run of values the list of what they were measured on may begin: "on the A". */
    private static final int LIST_AFTER_REACH = 3;
    /** Tokens a bracket within a list may hold: "A (IF100), B", "A (val), B". */
    private static final int MAX_BRACKETED = 6;

    /** The mentions after a run of values, as one list: the first within reach, then each joined to the one before. */
    private static List<Span> listAfter(Sentence s, int runEnd, List<Span> candidates) {
        return candidates.stream().filter(c -> c.from() >= runEnd && c.from() - runEnd <= LIST_AFTER_REACH).findFirst()
                .map(head -> listFrom(s, head, candidates)).orElse(List.of());
    }

    /** The list a mention opens: it, then each mention joined to the one before by list words. */
    private static List<Span> listFrom(Sentence s, Span head, List<Span> candidates) {
        List<Span> list = new ArrayList<>(List.of(head));
        for (Span c : candidates) {
            Span tail = list.get(list.size() - 1);
            if (c.from() > tail.from() && joinedAsList(s, tail.to(), c.from())) {
                list.add(c);
            }
        }
        return list;
    }

    private static boolean sameUnit(List<NumberMention> run) {
        return run.stream().map(NumberMention::unit).distinct().count() == 1;
    }

    /** Two numbers of one list: only commas, "and", "or", "to", "vs" between them. */
    private static boolean coordinated(Sentence s, NumberMention a, NumberMention b) {
        if (b.from() < a.to()) {
            return true;
        }
        if (b.from() - a.to() > 2) {
            return false;
        }
        for (int k = a.to(); k < b.from(); k++) {
            if (!LIST_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who achieves the number: the nearest proposed method before it; else a method that opens the sentence
     * as its subject ("Single-Path NAS achieves ..."); else null (the caller falls back to the paper's
     * proposed method). Methods merely used in the sentence ("... for VGG-16") are not achievers.
     */
    private static Span achiever(Sentence s, List<Span> methods, NumberMention num, java.util.Map<String, MethodRole> roles) {
        Span bracketed = bracketedAfter(s, methods, num);
        if (bracketed != null) {
            return bracketed;
        }
        if (startsAChange(s, num)) {
            // "raises the accuracy of MobileNet-v2 from 73.4% to 81.3%": the first value is the original model's
            Span object = nearestBefore(methods, num.from(), s);
            return object != null && roles.get(object.key()) != MethodRole.PROPOSED ? object : null;
        }
        Span proposed = null;
        for (Span m : methods) {
            if (m.to() <= num.from() && roles.get(m.key()) == MethodRole.PROPOSED && !afterCompareCue(s, m)) {
                proposed = m;
            }
        }
        if (proposed != null) {
            return proposed;
        }
        Span subject = nearestBefore(methods, num.from(), s);
        if (subject != null && subject.from() <= 3 && roles.get(subject.key()) != MethodRole.COMPARED) {
            return subject;
        }
        // ("a model with a DeiT architecture achieves": a method that only modifies a noun is not the subject)
        if (subject != null && subject.to() < s.size() && !s.token(subject.to()).isNoun()
                && achieves(s, subject.to(), num.from())) {
            return subject;
        }
        return null;
    }

    /** "a ViT-H trained on our data achieves 83.0%": a verb of achieving stands between the method and the number. */
    private static boolean achieves(Sentence s, int from, int to) {
        for (int i = from; i < to && i < from + 8; i++) {
            Token t = s.token(i);
            if (ACHIEVE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && t.pos().startsWith("VB")) {
                return true;
            }
            // "(e.g., MCTformer), we achieve": the method must be the verb's subject
            if (!Character.isLetterOrDigit(t.text().charAt(0)) || t.pos().equals("PRP")) {
                return false;
            }
        }
        return false;
    }

    /** "MobileNetV2 (1.6 ms, 74.7%)": numbers in brackets right after a method are that method's. */
    private static Span bracketedAfter(Sentence s, List<Span> methods, NumberMention num) {
        return bracketedAfter(s, methods, num, false);
    }

    /**
     * "Pascal VOC (+3.2%, +3.3% mIoU)", "CIFAR-10 (84.50%)": numbers in brackets right after a mention belong
     * to it. A signed gain in brackets after a method is reached on or over it, so only datasets take those.
     */
    private static Span bracketedAfter(Sentence s, List<Span> mentions, NumberMention num, boolean signedToo) {
        if (num.signed() && !signedToo) {
            return null; // "X (+1.2%)" is a gain reached on or over X, not X's own score
        }
        for (int i = num.from() - 1; i >= 0 && i >= num.from() - 8; i--) {
            String t = s.token(i).text();
            if (t.equals(")") || t.equals("-RRB-")) {
                return null;
            }
            if (t.equals("(") || t.equals("-LRB-")) {
                final int open = i;
                return mentions.stream().filter(m -> m.to() <= open && open - m.to() <= 2).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** "from 73.44% to 81.35%": the number is where a change starts. */
    private static boolean startsAChange(Sentence s, NumberMention num) {
        return num.from() > 0 && s.token(num.from() - 1).text().equalsIgnoreCase("from") && num.to() + 1 < s.size()
                && s.token(num.to()).text().equalsIgnoreCase("to") && s.token(num.to() + 1).pos().equals("CD");
    }

    private static Span nearestBefore(List<Span> methods, int token, Sentence s) {
        Span best = null;
        for (Span m : methods) {
            if (m.to() <= token && !afterCompareCue(s, m) && (best == null || m.from() > best.from())) {
                best = m;
            }
        }
        return best;
    }

    private static Span baselineOf(Sentence s, List<Span> methods, Span achiever) {
        for (Span m : methods) {
            if (m != achiever && afterCompareCue(s, m)) {
                return m;
            }
        }
        return null;
    }

    /** "outperforms X", "than X", "compared with X": a comparison cue before X, with no other verb between. */
    static boolean afterCompareCue(Sentence s, Span m) {
        for (int i = m.from() - 1; i >= Math.max(0, m.from() - 6); i--) {
            Token t = s.token(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (COMPARE_CUES.contains(lemma) || COMPARE_CUES.contains(t.text().toLowerCase(Locale.ROOT))
                    || COMPARED_OPENERS.contains(lemma) && i + 1 < s.size()
                    && COMPARED_PREPOSITIONS.contains(s.token(i + 1).lemma().toLowerCase(Locale.ROOT))) {
                return true; // "relative to X" compares; "relative gains of X" does not
            }
            if (t.pos().startsWith("VB") || t.text().equals(";") || t.text().equals(".") || t.pos().equals("CD")) {
                return false; // "by over 50%, and that HTML-T5 is": the cue belongs to the number
            }
        }
        return false;
    }

    /** "compared to/with", "relative to". */
    private static final Set<String> COMPARED_PREPOSITIONS = CueWords.set("compared-prepositions");
    /** "compared", "relative": before one of {@link #COMPARED_PREPOSITIONS}, they open the compared system. */
    private static final Set<String> COMPARED_OPENERS = CueWords.set("compared-openers");
    /** "than", "over", "against": right before a phrase naming the baseline. */
    private static final Set<String> BASELINE_PHRASE_OPENERS = CueWords.set("baseline-phrase-openers");

    /** "than the rigid baseline", "compared to competing techniques": a short phrase naming the baseline. */
    private static String baselinePhrase(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
            int start = -1;
            if (BASELINE_PHRASE_OPENERS.contains(lemma)) {
                start = i + 1;
            } else if (COMPARED_OPENERS.contains(lemma) && i + 1 < s.size()
                    && COMPARED_PREPOSITIONS.contains(s.token(i + 1).text().toLowerCase(Locale.ROOT))) {
                start = i + 2;
            }
            if (start < 0 || start >= s.size()) {
                continue;
            }
            int end = start;
            while (end < s.size() && end - start < 6 && isPhraseToken(s.token(end))) {
                end++;
            }
            if (end > start && s.token(end - 1).isNoun()) {
                return s.span(start, end);
            }
        }
        return null;
    }

    private static boolean isPhraseToken(Token t) {
        return t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("VBN")
                || t.pos().equals("VBG") || t.pos().equals("CD") && !t.text().matches("[\\d.,%]+");
    }

    static boolean hasCue(Sentence s, int from, int to, Set<String> cues) {
        for (int i = Math.max(0, from); i < Math.min(s.size(), to); i++) {
            Token t = s.token(i);
            if (cues.contains(t.lemma().toLowerCase(Locale.ROOT)) || cues.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
