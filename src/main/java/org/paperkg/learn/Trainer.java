package org.paperkg.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import org.paperkg.evaluate.Score;
import org.paperkg.evaluate.Scorer;
import org.paperkg.export.ExportFormats;
import org.paperkg.extract.EntityCandidate;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionModel;
import org.paperkg.extract.MentionFilter;
import org.paperkg.extract.MentionTagger;
import org.paperkg.extract.Lexicon;
import org.paperkg.extract.NlpPipeline;
import org.paperkg.extract.PhraseFrequencies;
import org.paperkg.extract.ResultSlots;
import org.paperkg.extract.RuleBasedExtractor;
import org.paperkg.model.EntityType;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;
import org.paperkg.store.KgStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Trains the extractor's learned parts on the pool and, with the same fold models, measures the whole
 * extractor by k-fold cross-validation over papers:
 * <ol>
 * <li>one tagger per half of the pool, trained without that half, and one on the whole pool (the shipped one);</li>
 * <li>every paper's candidates from the tagger that did not see it (held-out evidence, as at run time);</li>
 * <li>the filter on those candidates (cuts from an inner cross-validation);</li>
 * <li>for the report: per fold, a filter trained without the fold, and the fold's papers extracted with that
 *     tagger of the other half and that filter, scored like shared/eval/score.py; rules alone beside it.</li>
 * </ol>
 */
public final class Trainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The tagger is cross-fitted over halves of the pool (each paper's tagger evidence comes from the tagger
     * trained on the other half), not over the k folds: a tagger costs minutes, and two half-size ones plus the
     * shipped one keep training within 15 minutes on 2 cores. Each half holds whole folds.
     */
    static final int TAGGER_FOLDS = 2;

    private final int folds;
    private final int threads;
    private final boolean withTagger;
    private final PhraseFrequencies phrases;
    private Consumer<List<JsonNode>> heldOutPredictions = records -> { };

    /** Where the cross-validation's predictions for each held-out fold go (FORMAT.md records), for error reading. */
    public Trainer withHeldOutPredictions(Consumer<List<JsonNode>> sink) {
        this.heldOutPredictions = sink;
        return this;
    }
    private final Consumer<String> log;
    private final Lexicon lexicon = Lexicon.bundled();

    /**
     * @param withTagger false for a filter over the rules' candidates alone (no sequence tagger)
     */
    public Trainer(int folds, int threads, boolean withTagger, Consumer<String> log) {
        this(folds, threads, withTagger, PhraseFrequencies.none(), log);
    }

    /** @param phrases document frequencies of an unlabeled corpus, termhood evidence for the filter */
    public Trainer(int folds, int threads, boolean withTagger, PhraseFrequencies phrases, Consumer<String> log) {
        this.phrases = phrases;
        this.folds = folds;
        this.threads = threads;
        this.withTagger = withTagger;
        this.log = log;
    }

    /** The trained model, and the cross-validation report when asked for. */
    public record Outcome(ExtractionModel model, CrossValidationReport report) {
    }

    public Outcome run(List<PoolPaper> pool, boolean crossValidate, Properties description) {
        long start = System.nanoTime();
        List<Paper> papers = pool.stream().map(PoolPaper::paper).toList();
        NlpPipeline nlp = NlpPipeline.shared().remembering();
        RuleBasedExtractor rules = new RuleBasedExtractor(nlp, lexicon, threads);
        List<MentionTagger> taggers = new ArrayList<>(java.util.Collections.nCopies(TAGGER_FOLDS + 1, (MentionTagger) null));
        if (withTagger) {
            log.accept(String.format("pool: %d papers in %d folds; tokenizing and labelling from gold names", pool.size(), folds));
            List<List<List<CoreLabel>>> labelled = rules.labelledSentences(papers,
                    pool.stream().map(PoolPaper::allForms).toList());
            log.accept(String.format("training %d taggers (one per half of the pool, one on the whole pool)", TAGGER_FOLDS + 1));
            taggers = trainTaggers(rules, pool, labelled);
        }
        MentionTagger whole = taggers.get(TAGGER_FOLDS);

        log.accept("reading candidates of each half with the tagger that did not see it");
        List<ScoredCandidate> candidates = new ArrayList<>();
        for (int h = 0; h < TAGGER_FOLDS; h++) {
            final int half = h;
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (half(pool.get(i)) == half) {
                    idx.add(i);
                }
            }
            RuleBasedExtractor ex = new RuleBasedExtractor(nlp, lexicon, ExtractionModel.candidatesOnly(taggers.get(h), phrases, description),
                    0, threads);
            List<List<EntityCandidate>> found = ex.candidates(idx.stream().map(papers::get).toList());
            for (int j = 0; j < idx.size(); j++) {
                for (EntityCandidate c : found.get(j)) {
                    candidates.add(new ScoredCandidate(idx.get(j), c, CandidateLabels.of(c, pool.get(idx.get(j)))));
                }
            }
        }
        log.accept(String.format("%d candidates (%d right, %d on optional gold); fitting the mention filter",
                candidates.size(), candidates.stream().filter(c -> c.label() == CandidateLabels.RIGHT).count(),
                candidates.stream().filter(c -> c.label() == CandidateLabels.OPTIONAL).count()));
        MentionFilter filter = FilterTraining.train(candidates, pool, i -> true, folds);
        Properties d = new Properties();
        d.putAll(description);
        d.setProperty("papers", Integer.toString(pool.size()));
        d.setProperty("folds", Integer.toString(folds));
        filter.cuts().forEach((t, c) -> d.setProperty("cut." + t.singular(), String.format(java.util.Locale.ROOT, "%.4f", c)));
        CrossValidationReport report = null;
        org.paperkg.extract.ResultConfidence resultConfidence = null;
        ResultSlots slots = null;
        if (crossValidate) {
            report = crossValidate(nlp, pool, papers, taggers, candidates, description);
            slots = SlotTraining.fit(report.slotExamples(), k -> true);
            ResultTraining.Outcome results = ResultTraining.train(report.resultExamples(), folds);
            report.results(results);
            resultConfidence = results.model();
            d.setProperty(ExtractionModel.TIER_PROPERTY, results.tierShare() == 0 ? "none"
                    : String.format(java.util.Locale.ROOT, "%.3f", results.tierThreshold()));
        }
        ExtractionModel model = new ExtractionModel(whole, filter, FilterTraining.fitRoles(candidates, pool, i -> true),
                resultConfidence, slots, phrases, d);
        log.accept(String.format("done in %.1f min", (System.nanoTime() - start) / 60e9));
        return new Outcome(model, report);
    }

    private CrossValidationReport crossValidate(NlpPipeline nlp, List<PoolPaper> pool, List<Paper> papers, List<MentionTagger> taggers,
                                                List<ScoredCandidate> candidates, Properties description) {
        CrossValidationReport report = new CrossValidationReport(folds);
        RuleBasedExtractor rules = new RuleBasedExtractor(nlp, lexicon, threads);
        List<List<Extraction>> extracted = new ArrayList<>();
        List<List<JsonNode>> golds = new ArrayList<>();
        List<Score> rulesOnly = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            IntPredicate notFold = i -> pool.get(i).fold() != fold;
            MentionFilter filter = FilterTraining.train(candidates, pool, notFold, folds);
            for (ScoredCandidate c : candidates) {
                if (pool.get(c.paper()).fold() == fold && c.label() != CandidateLabels.OPTIONAL) {
                    report.calibration().add(filter.probability(c.candidate()), c.label() == CandidateLabels.RIGHT);
                }
            }
            List<Integer> idx = inFold(pool, k);
            List<Paper> foldPapers = idx.stream().map(papers::get).toList();
            List<JsonNode> gold = idx.stream().map(i -> pool.get(i).gold()).toList();
            RuleBasedExtractor learned = new RuleBasedExtractor(nlp, lexicon,
                    new ExtractionModel(taggers.get(k % TAGGER_FOLDS), filter, FilterTraining.fitRoles(candidates, pool, notFold), null, null, phrases, description),
                    0, threads);
            extracted.add(learned.extractions(foldPapers));
            golds.add(gold);
            rulesOnly.add(Scorer.score(gold, records(rules.extract(foldPapers))));
            report.slotExamples().addAll(SlotTraining.examples(k, extracted.get(k), gold));
        }
        // the slot choice of each fold's results is learned from the other folds' held-out results
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            ResultSlots slots = SlotTraining.fit(report.slotExamples(), f -> f != fold);
            List<ResultSlots.Chosen> chosen = extracted.get(k).stream().map(slots::choose).toList();
            List<PaperFacts> rechosen = chosen.stream().map(ResultSlots.Chosen::facts).toList();
            report.resultExamples().addAll(ResultTraining.examples(k, rechosen,
                    chosen.stream().map(ResultSlots.Chosen::beliefs).toList(), golds.get(k)));
            List<JsonNode> predicted = records(rechosen);
            heldOutPredictions.accept(predicted);
            Score withModel = Scorer.score(golds.get(k), predicted);
            Score rulesChoice = Scorer.score(golds.get(k), records(extracted.get(k).stream().map(Extraction::facts).toList()));
            report.add(withModel, rulesOnly.get(k));
            log.accept(String.format(java.util.Locale.ROOT, "fold %d: %d papers, entities F1 %.3f (rules alone %.3f); "
                            + "results value+metric F1 %.3f, full %.3f (rules' choice of metric, method, dataset: %.3f, %.3f)",
                    k, rechosen.size(), withModel.figures().get("entities_micro").f1(),
                    rulesOnly.get(k).figures().get("entities_micro").f1(),
                    withModel.figures().get("results.value_metric").f1(), withModel.figures().get("results.full").f1(),
                    rulesChoice.figures().get("results.value_metric").f1(), rulesChoice.figures().get("results.full").f1()));
        }
        return report;
    }

    /** The taggers of the halves (index = half) and, last, the one of the whole pool. */
    private List<MentionTagger> trainTaggers(RuleBasedExtractor rules, List<PoolPaper> pool,
                                             List<List<List<CoreLabel>>> labelled) {
        ExecutorService exec = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<MentionTagger>> jobs = new ArrayList<>();
            for (int h = 0; h < TAGGER_FOLDS; h++) {
                final int half = h;
                jobs.add(exec.submit(() -> trainTagger(rules, pool, labelled, i -> half(pool.get(i)) != half,
                        "without half " + half)));
            }
            List<MentionTagger> out = new ArrayList<>();
            for (Future<MentionTagger> f : jobs) {
                out.add(f.get());
            }
            // after the halves, alone: started beside a half (in the pool), the whole pool's tagger came out with
            // other weights than when it trains by itself, so the shipped model would depend on the scheduling
            out.add(trainTagger(rules, pool, labelled, i -> true, "whole pool"));
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training a tagger failed: " + e.getCause(), e.getCause());
        } finally {
            exec.shutdownNow();
        }
    }

    private MentionTagger trainTagger(RuleBasedExtractor rules, List<PoolPaper> pool, List<List<List<CoreLabel>>> labelled,
                                      IntPredicate use, String name) {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (use.test(i)) {
                for (List<CoreLabel> s : labelled.get(i)) {
                    sentences.add(copy(s));
                }
            }
        }
        long t0 = System.nanoTime();
        MentionTagger tagger = rules.trainTagger(sentences);
        log.accept(String.format(java.util.Locale.ROOT, "tagger %s: %d sentences in %.1f min", name, sentences.size(),
                (System.nanoTime() - t0) / 60e9));
        return tagger;
    }

    /** Which half of the pool a paper is in: folds 0, 2, 4, ... and 1, 3, ... */
    private static int half(PoolPaper p) {
        return p.fold() % TAGGER_FOLDS;
    }

    /** CoreNLP's trainer annotates its input tokens; each training run gets its own copies. */
    private static List<CoreLabel> copy(List<CoreLabel> sentence) {
        List<CoreLabel> out = new ArrayList<>(sentence.size());
        sentence.forEach(l -> out.add(new CoreLabel(l)));
        return out;
    }

    private static List<Integer> inFold(List<PoolPaper> pool, int fold) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (pool.get(i).fold() == fold) {
                idx.add(i);
            }
        }
        return idx;
    }

    /** Facts as the records the JSON-lines export writes from a store (what score.py reads). */
    static List<JsonNode> records(List<PaperFacts> facts) {
        try (KgStore kg = KgStore.inMemory()) {
            kg.replace(facts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportFormats.byName("jsonl").exporter().export(kg, out);
            List<JsonNode> records = new ArrayList<>();
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    records.add(JSON.readTree(line));
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
