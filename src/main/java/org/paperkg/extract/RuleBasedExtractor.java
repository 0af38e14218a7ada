package org.paperkg.extract;

import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * paperkg's extractor: CoreNLP tokens, tags and lemmas; the stages of an {@link ExtractionPipeline} (rule
 * families in order of how sure they are: the title's name, acronym definitions, lexicon entries, artifact
 * names, metric and task phrases, unnamed proposals; the learned tagger's spans where no rule found anything;
 * method roles); then the learned mention filter keeps the candidates it believes and gives each its
 * calibrated confidence; claimed results are read off the kept mentions.
 */
public final class RuleBasedExtractor implements Extractor {
    private final NlpPipeline nlp;
    private final int threads;
    private final Lexicon lexicon;
    private final ExtractionModel model;
    private final double minConfidence;
    private final ExtractionPipeline pipeline;
    private final ResultFinder results;
    /**
     * Candidates the filter believes less than this are not offered to the result slots: below it they are
     * mostly words no annotator would call a metric or dataset, and a chosen offer becomes one of the paper's entities.
     */
    private static final double OFFER_FLOOR = 0.3;

    /** The rules alone, every candidate kept: what the learned parts are trained on. */
    public RuleBasedExtractor(NlpPipeline nlp, Lexicon lexicon, int threads) {
        this(nlp, lexicon, ExtractionModel.rulesOnly(), 0, threads);
    }

    /**
     * @param minConfidence mentions the filter gives a lower probability are dropped, on top of its own cut
     */
    public RuleBasedExtractor(NlpPipeline nlp, Lexicon lexicon, ExtractionModel model, double minConfidence,
                              int threads) {
        this(nlp, lexicon, model, minConfidence, threads, ExtractionPipeline.standard(lexicon, model));
    }

    /** With stages of one's own ({@link ExtractionPipeline#withStageAfter}). */
    RuleBasedExtractor(NlpPipeline nlp, Lexicon lexicon, ExtractionModel model, double minConfidence, int threads,
                       ExtractionPipeline pipeline) {
        this.nlp = nlp;
        this.threads = threads;
        this.lexicon = lexicon;
        this.model = model;
        this.minConfidence = minConfidence;
        this.pipeline = pipeline;
        this.results = new ResultFinder(lexicon, HeadNouns.bundled());
    }

    /** The shared CoreNLP pipeline, the bundled lexicons and the bundled learned model. */
    public static RuleBasedExtractor standard(int threads) {
        return new RuleBasedExtractor(NlpPipeline.shared(), Lexicon.bundled(), ExtractionModel.bundled(), 0, threads);
    }

    /** The shared pipeline and lexicons, rules only. */
    public static RuleBasedExtractor rulesOnly(int threads) {
        return new RuleBasedExtractor(NlpPipeline.shared(), Lexicon.bundled(), threads);
    }

    /** "RuleBasedExtractor" with the rules alone, else the rules with the learned model's name. */
    @Override
    public String modelName() {
        return modelName(model);
    }

    /** The {@link #modelName()} of an extractor with this model, without building one (no NLP models loaded). */
    public static String modelName(ExtractionModel model) {
        return model.filter() == null ? "RuleBasedExtractor" : "RuleBasedExtractor+" + model.name();
    }

    @Override
    public Optional<BigDecimal> tierConfidence() {
        return model.tierConfidence();
    }

    @Override
    public List<PaperFacts> extract(List<Paper> papers) {
        return extractions(papers).stream().map(Extraction::facts).toList();
    }

    /** Each paper's facts with the metric candidates its results may still choose: training data for result slots. */
    public List<Extraction> extractions(List<Paper> papers) {
        List<List<List<Sentence>>> annotated = annotate(papers);
        // Papers are analysed independently; with the tagger this costs as much as tagging, so it uses the threads too.
        return inParallel(() -> java.util.stream.IntStream.range(0, papers.size()).parallel()
                .mapToObj(i -> analyse(papers.get(i), annotated.get(i).get(0), annotated.get(i).get(1)))
                .toList());
    }

    private <T> T inParallel(java.util.concurrent.Callable<T> work) {
        if (threads <= 1) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The entity candidates of each paper with their evidence, before any filter: training data. */
    public List<List<EntityCandidate>> candidates(List<Paper> papers) {
        List<List<List<Sentence>>> annotated = annotate(papers);
        return inParallel(() -> java.util.stream.IntStream.range(0, papers.size()).parallel().mapToObj(i -> {
            Draft d = draft(annotated.get(i).get(0), annotated.get(i).get(1), papers.get(i).title());
            return CandidateFeatures.of(d.sentences(), d.spans(), d.evidence(), d.titleSentences(), d.roles(), lexicon, model.phrases());
        }).toList());
    }

    /**
     * Each paper's sentences (title first) labelled with the entities of its gold forms (score-normalized names
     * and aliases per type; see {@link GoldProjection}): training data for the tagger, one list per paper.
     */
    public List<List<List<edu.stanford.nlp.ling.CoreLabel>>> labelledSentences(
            List<Paper> papers, List<Map<EntityType, Set<String>>> goldForms) {
        List<List<List<Sentence>>> annotated = annotate(papers);
        List<List<List<edu.stanford.nlp.ling.CoreLabel>>> out = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            List<List<edu.stanford.nlp.ling.CoreLabel>> paper = new ArrayList<>();
            for (List<Sentence> part : annotated.get(i)) {
                for (Sentence s : part) {
                    paper.add(MentionTagger.asDocument(s, GoldProjection.labels(s, goldForms.get(i))));
                }
            }
            out.add(paper);
        }
        return out;
    }

    /** Trains a tagger on sentences from {@link #labelledSentences}, with this extractor's lexicon as gazette. */
    public MentionTagger trainTagger(List<List<edu.stanford.nlp.ling.CoreLabel>> sentences) {
        return MentionTagger.train(sentences, lexicon);
    }

    /** Per paper: its title's sentences and its abstract's. */
    private List<List<List<Sentence>>> annotate(List<Paper> papers) {
        List<String> texts = new ArrayList<>(papers.size() * 2);
        for (Paper p : papers) {
            texts.add(p.title());
            texts.add(p.abstractText());
        }
        List<List<Sentence>> annotated = nlp.annotate(texts, threads);
        List<List<List<Sentence>>> out = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            out.add(List.of(annotated.get(2 * i), annotated.get(2 * i + 1)));
        }
        return out;
    }

    /** What the rules and the tagger found in one paper, before the filter. */
    private record Draft(List<Sentence> sentences, int titleSentences, List<Span> spans,
                         Map<Span, CandidateFeatures.TaggerEvidence> evidence, Map<String, MethodRole> roles,
                         Map<String, String> acronymByLongForm) {
    }

    private record EntityId(EntityType type, String key) {
    }

    private Extraction analyse(Paper paper, List<Sentence> title, List<Sentence> abstractSentences) {
        Draft d = draft(title, abstractSentences, paper.title());
        List<Span> spans = d.spans();
        Map<EntityId, Double> confidence = new HashMap<>();
        Map<EntityId, Double> belief = new HashMap<>();
        Map<String, MethodRole> methodRoles = d.roles();
        if (model.filter() != null) {
            Set<EntityId> kept = new HashSet<>();
            methodRoles = new HashMap<>(methodRoles);
            List<EntityCandidate> candidates = CandidateFeatures.of(d.sentences(), spans, d.evidence(), d.titleSentences(), d.roles(), lexicon, model.phrases());
            for (EntityCandidate c : candidates) {
                double p = model.filter().probability(c);
                belief.put(new EntityId(c.type(), c.key()), p);
                if (model.filter().keeps(c.type(), p) && p >= minConfidence) {
                    EntityId id = new EntityId(c.type(), c.key());
                    kept.add(id);
                    confidence.put(id, p);
                    if (c.type() == EntityType.METHOD && model.roles() != null) {
                        methodRoles.put(c.key(), role(c, p));
                    }
                }
            }
            Map<String, MethodRole> roles = methodRoles;
            if (model.roles() != null && kept.stream().noneMatch(id -> id.type() == EntityType.METHOD
                    && roles.get(id.key()) == MethodRole.PROPOSED)) {
                proposeLikeliest(candidates, belief, kept, confidence, methodRoles);
            }
            keepOtherNamesOfKept(d, kept, confidence, methodRoles);
            spans = spans.stream().filter(sp -> kept.contains(new EntityId(sp.type(), sp.key()))).toList();
            if (model.openCandidates()) {
                Map<EntityId, Double> keptBelief = confidence;
                spans = likelierOfOverlapping(spans, sp -> keptBelief.getOrDefault(new EntityId(sp.type(), sp.key()), 0.0));
                Set<EntityId> left = new HashSet<>();
                spans.forEach(sp -> left.add(new EntityId(sp.type(), sp.key())));
                confidence.keySet().retainAll(left);
            }
        }
        Map<EntityType, Map<String, String>> renames = SameNameEntities.renames(spans, d.sentences(), d.acronymByLongForm(), methodRoles);
        MentionTable table = new MentionTable();
        List<Span> renamed = new ArrayList<>(spans.size());
        for (Span sp : spans) {
            Span named = sp.withKey(renames.getOrDefault(sp.type(), Map.of()).getOrDefault(sp.key(), sp.key()));
            renamed.add(named);
            table.add(named, named != sp);
        }
        spans = renamed;
        if (!renames.isEmpty()) {
            confidence = mergedConfidence(confidence, renames);
            methodRoles = mergedRoles(methodRoles, renames.getOrDefault(EntityType.METHOD, Map.of()));
        }
        List<Sentence> sentences = d.sentences();

        String defaultMethod = firstProposed(spans, methodRoles);
        String defaultDataset = onlyDataset(spans);
        List<ClaimedResult> claimed = new ArrayList<>();
        for (int i = title.size(); i < sentences.size(); i++) {
            final int index = i;
            List<Span> inSentence = spans.stream().filter(sp -> sp.sentence() == index).toList();
            ResultFinder.Found found = results.find(sentences.get(i), i, inSentence, methodRoles, defaultMethod,
                    defaultDataset);
            found.impliedMetrics().forEach(table::add);
            claimed.addAll(found.results());
        }
        claimed = withMainMetric(claimed);
        Map<EntityId, Double> mentionConfidence = confidence;
        List<EntityMention> mentions = table.mentions(methodRoles, lexicon).stream()
                .map(m -> withConfidence(m, mentionConfidence.get(new EntityId(m.type(), m.key()))))
                .toList();
        List<EntityMention> offered = offeredCandidates(d, spans, claimed, belief);
        List<Map<ResultSlot, Double>> beliefs = claimed.stream().map(r -> Map.<ResultSlot, Double>of()).toList();
        if (model.slots() != null) {
            ResultSlots.Chosen chosen = model.slots().choose(
                    new Extraction(new PaperFacts(paper, mentions, List.of(), claimed), offered));
            claimed = chosen.facts().results();
            mentions = chosen.facts().mentions();
            beliefs = chosen.beliefs();
        }
        if (model.results() != null) {
            List<ClaimedResult> confident = new ArrayList<>(claimed.size());
            for (int i = 0; i < claimed.size(); i++) {
                confident.add(claimed.get(i).withConfidence(model.results().probability(claimed.get(i), mentions, beliefs.get(i))));
            }
            claimed = confident;
        }
        return new Extraction(new PaperFacts(paper, mentions, CodeLinks.find(paper.abstractText()), claimed), offered);
    }

    /**
     * The metric and dataset candidates the filter did not keep in the sentences that state results, as mentions
     * whose confidence is the filter's probability: choices a result's learned slots may still take.
     */
    private List<EntityMention> offeredCandidates(Draft d, List<Span> kept, List<ClaimedResult> claimed,
                                                  Map<EntityId, Double> belief) {
        if (belief.isEmpty() || claimed.isEmpty()) {
            return List.of();
        }
        Set<EntityId> keptIds = new HashSet<>();
        kept.forEach(sp -> keptIds.add(new EntityId(sp.type(), sp.key())));
        Set<String> resultSentences = new HashSet<>();
        claimed.forEach(r -> resultSentences.add(r.evidence().text()));
        MentionTable table = new MentionTable();
        d.spans().stream()
                .filter(sp -> (sp.type() == EntityType.METRIC || sp.type() == EntityType.DATASET)
                        && !keptIds.contains(new EntityId(sp.type(), sp.key()))
                        && belief.getOrDefault(new EntityId(sp.type(), sp.key()), 0.0) >= OFFER_FLOOR
                        && sp.sentence() >= d.titleSentences()
                        && resultSentences.contains(d.sentences().get(sp.sentence()).text()))
                .forEach(table::add);
        return table.mentions(Map.of(), lexicon).stream()
                .map(m -> m.withConfidence(belief.getOrDefault(new EntityId(m.type(), m.key()), 0.0)))
                .toList();
    }

    /**
     * Where kept spans overlap and one of them is an open candidate, or two name the same tokens as different
     * types, only the one whose entity the filter believes more stays (a rule span wins a tie), unless the longer
     * one names a variant of the shorter ({@link #namesAVariant}); overlaps between rule spans are the rules' own
     * business and stay as they were ("CIFAR-10/100" names two datasets).
     */
    static List<Span> likelierOfOverlapping(List<Span> spans, ToDoubleFunction<Span> belief) {
        Set<Span> variants = spans.stream().filter(sp -> namesAVariant(sp, spans)).collect(Collectors.toSet());
        List<Span> byBelief = new ArrayList<>(spans);
        byBelief.sort(Comparator.comparing((Span sp) -> !variants.contains(sp))
                .thenComparingDouble((Span sp) -> -belief.applyAsDouble(sp))
                .thenComparing(OpenCandidates::isOpen)
                .thenComparingInt(sp -> sp.from() - sp.to()));
        List<Span> accepted = new ArrayList<>();
        for (Span sp : byBelief) {
            boolean clash = accepted.stream().anyMatch(a -> a.sentence() == sp.sentence() && a.from() < sp.to() && sp.from() < a.to()
                    && (OpenCandidates.isOpen(a) || OpenCandidates.isOpen(sp) || a.from() == sp.from() && a.to() == sp.to() && a.type() != sp.type()));
            if (!clash) {
                accepted.add(sp);
            }
        }
        accepted.sort(Comparator.comparingInt(Span::sentence).thenComparingInt(Span::from));
        return accepted;
    }

    /**
     * Whether a kept method or task span holds another kept span of its type and more words ("Deep
     * Rao-Blackwellised Particle Filters" around "Rao-Blackwellised Particle Filters"): the longer name is a
     * variant the paper names there, and the shorter one keeps its other mentions. Measured: methods 0.714 ->
     * 0.718, tasks 0.634 -> 0.637; metrics lost 0.008 when metric spans were read this way too.
     */
    private static boolean namesAVariant(Span sp, List<Span> kept) {
        return (sp.type() == EntityType.METHOD || sp.type() == EntityType.TASK)
                && kept.stream().anyMatch(inner -> inner.sentence() == sp.sentence() && inner.type() == sp.type()
                && !inner.key().equals(sp.key()) && sp.from() <= inner.from() && inner.to() <= sp.to()
                && inner.to() - inner.from() < sp.to() - sp.from());
    }

    /**
     * A kept entity brings along the other names the paper gives the same thing, as the rules' identity links
     * read them ({@link SameNameEntities}: "our anomaly detection framework (ADF)", "X, a convergence-driven
     * search algorithm"), though the filter alone would not have kept those names: they become its aliases, not
     * entities of their own. Open candidates are not brought along.
     */
    private static void keepOtherNamesOfKept(Draft d, Set<EntityId> kept, Map<EntityId, Double> confidence,
                                             Map<String, MethodRole> methodRoles) {
        List<Span> ruleSpans = d.spans().stream().filter(sp -> !OpenCandidates.isOpen(sp)).toList();
        Map<EntityType, Map<String, String>> groups = SameNameEntities.renames(ruleSpans, d.sentences(),
                d.acronymByLongForm(), methodRoles);
        Map<EntityId, EntityId> keptByGroup = new HashMap<>();
        for (EntityId id : kept) {
            keptByGroup.putIfAbsent(groupOf(id, groups), id);
        }
        for (Span sp : ruleSpans) {
            EntityId id = new EntityId(sp.type(), sp.key());
            EntityId keptName = keptByGroup.get(groupOf(id, groups));
            if (!kept.contains(id) && keptName != null) {
                kept.add(id);
                confidence.putIfAbsent(id, confidence.get(keptName));
            }
        }
    }

    private static EntityId groupOf(EntityId id, Map<EntityType, Map<String, String>> groups) {
        return new EntityId(id.type(), groups.getOrDefault(id.type(), Map.of()).getOrDefault(id.key(), id.key()));
    }

    /**
     * Below this chance (kept times proposed) a kept method is not taken for one the paper proposes, even where
     * proposing is its likeliest role: the likeliest role of a doubtful mention is a poor bet, and a paper with no
     * sure proposal still gets its likeliest one ({@link #PROPOSAL_FLOOR}). 5-fold cross-validation, against the
     * likeliest role alone: proposed F1 0.691 -> 0.702 (precision 0.685 -> 0.734), results full 0.523 -> 0.531; at
     * 0.35 proposed 0.702 and full 0.524, at 0.5 proposed 0.698 and full 0.527. Checked again with the role model's
     * tighter prior (session 12): at 0.35 proposed 0.709 and full 0.542, at 0.42 0.714 and 0.549, at 0.5 0.716 and
     * 0.538.
     */
    static final double PROPOSAL_CUT = 0.42;

    /** The learned role of a kept method whose filter probability is {@code kept}. */
    private MethodRole role(EntityCandidate method, double kept) {
        Map<MethodRole, Double> chances = new EnumMap<>(MethodRole.class);
        for (MethodRole r : MethodRole.values()) {
            chances.put(r, model.roles().probability(method, r));
        }
        return role(chances, kept);
    }

    /**
     * The likeliest role by the role model's {@code chances}, except that a method is taken for the paper's proposal
     * only when it is also likely a mention at all (filter probability {@code kept}): {@link #PROPOSAL_CUT}.
     */
    static MethodRole role(Map<MethodRole, Double> chances, double kept) {
        MethodRole best = null;
        for (MethodRole r : MethodRole.values()) {
            boolean allowed = r != MethodRole.PROPOSED || kept * chances.get(r) >= PROPOSAL_CUT;
            if (allowed && (best == null || chances.get(r) > chances.get(best))) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Below this chance (kept times proposed) that its likeliest candidate is a method the paper proposes, a paper
     * is taken to propose none. At 0.2, 52 of the 212 held-out papers with no proposal got one, 40% of them right
     * (5-fold cross-validation: proposed F1 0.651 -> 0.655); at 0.1, 93 more papers got one, proposed fell to
     * 0.649 (results full 0.506 -> 0.510, within the runs' noise).
     */
    static final double PROPOSAL_FLOOR = 0.2;

    /**
     * Where no kept method is the paper's proposal, the method candidate likeliest to be one (kept by the filter
     * and proposed, by the two models' probabilities) is kept as the proposal, if likely enough: most abstracts
     * put forward a method, and the filter's cut was chosen for mentions in general, not for the one that
     * matters most.
     */
    private void proposeLikeliest(List<EntityCandidate> candidates, Map<EntityId, Double> belief, Set<EntityId> kept,
                                  Map<EntityId, Double> confidence, Map<String, MethodRole> methodRoles) {
        EntityCandidate best = null;
        double bestChance = PROPOSAL_FLOOR;
        for (EntityCandidate c : candidates) {
            if (c.type() == EntityType.METHOD) {
                double chance = belief.get(new EntityId(c.type(), c.key())) * model.roles().probability(c, MethodRole.PROPOSED);
                if (chance >= bestChance) {
                    best = c;
                    bestChance = chance;
                }
            }
        }
        if (best != null) {
            EntityId id = new EntityId(best.type(), best.key());
            kept.add(id);
            confidence.putIfAbsent(id, belief.get(id));
            methodRoles.put(best.key(), MethodRole.PROPOSED);
        }
    }

    /** A merged entity is as believed as its likeliest name. */
    private static Map<EntityId, Double> mergedConfidence(Map<EntityId, Double> confidence,
                                                          Map<EntityType, Map<String, String>> renames) {
        Map<EntityId, Double> out = new HashMap<>();
        confidence.forEach((id, p) -> out.merge(
                new EntityId(id.type(), renames.getOrDefault(id.type(), Map.of()).getOrDefault(id.key(), id.key())),
                p, Math::max));
        return out;
    }

    /**
     * A merged method has the role of the name it goes by (the paper's definition, a name over a description);
     * a role of another of its names only where that name has none ("MemNet controller design" proposes a
     * controller, not the memory network "MemNets" it is named after).
     */
    private static Map<String, MethodRole> mergedRoles(Map<String, MethodRole> roles, Map<String, String> renames) {
        Map<String, MethodRole> out = new HashMap<>(roles);
        renames.forEach((from, to) -> {
            MethodRole joined = roles.get(from);
            if (joined != null) {
                out.putIfAbsent(to, joined);
            }
        });
        return out;
    }

    private static EntityMention withConfidence(EntityMention m, Double p) {
        return p == null ? m : m.withConfidence(p);
    }

    /** Runs the stages of the pipeline on one paper. */
    private Draft draft(List<Sentence> title, List<Sentence> abstractSentences, String paperTitle) {
        PaperAnalysis paper = new PaperAnalysis(title, abstractSentences, paperTitle);
        pipeline.annotate(paper);
        return new Draft(paper.sentences(), paper.titleSentences(), paper.spans(), paper.taggerEvidence(),
                paper.methodRoles(), Map.copyOf(paper.acronymByLongForm()));
    }

    /**
     * The most a gain keeps once given the paper's main metric, which its sentence does not name: below a
     * leaderboard's default minConfidence (0.5), so with --model rules a guessed metric stays off the boards
     * unless asked for; a trained ResultConfidence reads it as the feature "rule=0.40" instead.
     */
    private static final double MAIN_METRIC_GUESS_CONFIDENCE = 0.4;

    /**
     * "... by 1.0% for ResNet-32": a percentage gain with no metric in its sentence is in the paper's main
     * percentage metric, the one most of its other percentages are stated in (at lower confidence).
     */
    private static List<ClaimedResult> withMainMetric(List<ClaimedResult> results) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (ClaimedResult r : results) {
            if ("%".equals(r.unit()) && r.metricKey() != null) {
                counts.merge(r.metricKey(), 1L, Long::sum);
            }
        }
        if (counts.isEmpty()) {
            return results;
        }
        String main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        org.paperkg.model.MetricDirection mainDirection = results.stream().filter(r -> main.equals(r.metricKey()))
                .map(ClaimedResult::metricDirection).findFirst().orElse(org.paperkg.model.MetricDirection.UNKNOWN);

        List<ClaimedResult> out = new ArrayList<>(results.size());
        for (ClaimedResult r : results) {
            // only a gain or a margin: a plain share ("1% of the GPU time", "100% feasibility") names its own quantity
            out.add("%".equals(r.unit()) && r.metricKey() == null && r.kind() == org.paperkg.model.ResultKind.RELATIVE
                    ? new ClaimedResult(r.value(), r.unit(), main, r.methodKey(), r.datasetKey(), r.baselineKey(),
                            r.baselineText(), r.kind(), r.evidence(),
                            Math.min(r.confidence(), MAIN_METRIC_GUESS_CONFIDENCE), mainDirection)
                    : r);
        }
        return out;
    }

    private static String firstProposed(List<Span> spans, Map<String, MethodRole> roles) {
        return spans.stream()
                .filter(sp -> sp.type() == EntityType.METHOD && roles.get(sp.key()) == MethodRole.PROPOSED)
                .map(Span::key).findFirst().orElse(null);
    }

    private static String onlyDataset(List<Span> spans) {
        List<String> keys = spans.stream().filter(sp -> sp.type() == EntityType.DATASET).map(Span::key).distinct().toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }
}
