package org.paperkg.learn;

import org.paperkg.evaluate.Figures;
import org.paperkg.evaluate.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figures of a k-fold cross-validation over papers: per fold and their mean for the learned extractor, the
 * pooled precision and recall over all held-out papers, the rules alone beside them, and the reliability of
 * the filter's confidence on held-out candidates.
 */
public final class CrossValidationReport {
    private final int folds;
    private final List<Score> learned = new ArrayList<>();
    private final List<Score> rules = new ArrayList<>();
    private final Calibration calibration = new Calibration();
    private final List<ResultTraining.Example> resultExamples = new ArrayList<>();
    private final List<SlotTraining.Example> slotExamples = new ArrayList<>();
    private ResultTraining.Outcome results;

    CrossValidationReport(int folds) {
        this.folds = folds;
    }

    void add(Score withModel, Score rulesOnly) {
        learned.add(withModel);
        rules.add(rulesOnly);
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The held-out results of every fold, labelled: what the result confidence learns from. */
    List<ResultTraining.Example> resultExamples() {
        return resultExamples;
    }

    /** The labelled slot choices of every fold's held-out results: what the result slots learn from. */
    List<SlotTraining.Example> slotExamples() {
        return slotExamples;
    }

    void results(ResultTraining.Outcome outcome) {
        this.results = outcome;
    }

    /**
     * A Markdown reliability table of the learned result confidence on held-out papers, and the high-precision
     * tier: the lowest confidence at which the results at or above it are right (value, metric, dataset) at
     * least 90% of the time. Empty when no results were learned.
     */
    public String resultsTable() {
        if (results == null) {
            return "";
        }
        String table = results.reliability().table().replace("| candidates |", "| results |");
        if (results.tierShare() == 0) {
            return table + String.format(Locale.ROOT, "%nNo confidence reaches the high-precision tier: no threshold keeps "
                    + "%.0f%% of the held-out results at or above it right (value, metric and dataset), %d results or more.%n",
                    100 * ResultTraining.TIER_PRECISION, ResultTraining.MIN_TIER_RESULTS);
        }
        return table + String.format(Locale.ROOT,
                "%nHigh-precision tier: confidence >= %.3f holds %.1f%% of the held-out results, %.1f%% of them right "
                        + "(value, metric and dataset).%n", results.tierThreshold(), 100 * results.tierShare(),
                100 * results.tierPrecision());
    }

    /** The tier's threshold, or NaN when no results were learned. */
    public double resultTier() {
        return results == null ? Double.NaN : results.tierThreshold();
    }

    /** The mean over folds of a figure's F1 with the learned model. */
    public double meanF1(String figure) {
        return mean(learned, figure);
    }

    /** The mean over folds of a figure's F1 with the rules alone. */
    public double rulesMeanF1(String figure) {
        return mean(rules, figure);
    }

    private static double mean(List<Score> scores, String figure) {
        return scores.stream().mapToDouble(s -> s.figures().get(figure).f1()).average().orElse(0);
    }

    /** A Markdown table of F1 per fold, mean, pooled P/R/F1, and the rules' mean. */
    public String table() {
        StringBuilder sb = new StringBuilder("| figure |");
        for (int k = 0; k < folds; k++) {
            sb.append(" fold ").append(k).append(" |");
        }
        sb.append(" mean F1 | pooled P | pooled R | pooled F1 | rules alone, mean F1 |\n|---|");
        sb.append("---|".repeat(folds + 5)).append('\n');
        for (String figure : learned.get(0).figures().keySet()) {
            sb.append("| ").append(figure).append(" |");
            Figures pooled = new Figures(0, 0, 0);
            for (Score s : learned) {
                Figures f = s.figures().get(figure);
                sb.append(String.format(Locale.ROOT, " %.3f |", f.f1()));
                pooled = pooled.plus(f);
            }
            sb.append(String.format(Locale.ROOT, " **%.3f** | %.3f | %.3f | %.3f | %.3f |%n", meanF1(figure),
                    pooled.precision(), pooled.recall(), pooled.f1(), rulesMeanF1(figure)));
        }
        return sb.toString();
    }

}
