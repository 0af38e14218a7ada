package org.paperkg.extract;

import org.paperkg.model.ClaimedResult;
import org.paperkg.model.EntityMention;
import org.paperkg.model.EntityType;
import org.paperkg.model.MethodRole;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * paperkg's extractor: CoreNLP tokens, tags and lemmas, then rule families in order of how sure they are:
 * the title's name, acronym definitions, lexicon entries, artifact names, metric and task phrases, unnamed proposals;
 * then method roles and claimed results.
 */
public final class RuleBasedExtractor implements Extractor {
    private final NlpPipeline nlp;
    private final int threads;
    private final Lexicon lexicon;
    private final HeadNouns heads;
    private final AcronymFinder acronyms;
    private final LexiconMatcher lexiconMatcher;
    private final NameFinder names;
    private final PhraseFinder phrases;
    private final ProposalFinder proposals;
    private final TitleNameFinder titleNames;
    private final RoleAssigner roles = new RoleAssigner();
    private final ResultFinder results;

    public RuleBasedExtractor(NlpPipeline nlp, Lexicon lexicon, int threads) {
        this.nlp = nlp;
        this.threads = threads;
        this.lexicon = lexicon;
        this.heads = HeadNouns.bundled();
        this.acronyms = new AcronymFinder(lexicon, heads);
        this.lexiconMatcher = new LexiconMatcher(lexicon);
        this.names = new NameFinder(lexicon);
        this.phrases = new PhraseFinder(lexicon, heads);
        this.proposals = new ProposalFinder(lexicon, heads);
        this.titleNames = new TitleNameFinder(lexicon, heads);
        this.results = new ResultFinder(lexicon, heads);
    }

    /** The shared CoreNLP pipeline and the bundled lexicons. */
    public static RuleBasedExtractor standard(int threads) {
        return new RuleBasedExtractor(NlpPipeline.shared(), Lexicon.bundled(), threads);
    }

    @Override
    public List<PaperFacts> extract(List<Paper> papers) {
        List<String> texts = new ArrayList<>(papers.size() * 2);
        for (Paper p : papers) {
            texts.add(p.title());
            texts.add(p.abstractText());
        }
        List<List<Sentence>> annotated = nlp.annotate(texts, threads);
        List<PaperFacts> out = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            out.add(analyse(papers.get(i), annotated.get(2 * i), annotated.get(2 * i + 1)));
        }
        return out;
    }

    private PaperFacts analyse(Paper paper, List<Sentence> title, List<Sentence> abstractSentences) {
        List<Sentence> sentences = new ArrayList<>(title);
        sentences.addAll(abstractSentences);
        List<TokenClaims> claims = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            claims.add(new TokenClaims(sentences.get(i).size()));
        }
        if (!title.isEmpty()) {
            titleNames.find(title.get(0), claims.get(0), spans);
        }
        Set<String> otherMeanings = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            acronyms.find(sentences.get(i), i, claims.get(i), spans, otherMeanings);
        }
        Map<String, Span> defined = new HashMap<>();
        spans.forEach(sp -> defined.putIfAbsent(TermKey.of(sp.surface()), sp));
        spans.stream().filter(sp -> sp.longForm() != null)
                .forEach(sp -> defined.putIfAbsent(TermKey.of(sp.longForm()), sp));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            TokenClaims c = claims.get(i);
            useDefinedNames(s, i, c, defined, spans);
            claimOtherMeanings(s, c, otherMeanings);
            lexiconMatcher.match(s, i, c, spans);
            names.find(s, i, i < title.size(), c, spans);
            phrases.find(s, i, c, spans);
            proposals.find(s, i, c, spans);
        }
        spans = AcronymFinder.withAcronymKeys(spans);
        spans.sort(Comparator.comparingInt(Span::sentence).thenComparingInt(Span::from));
        spans = NameFinder.withDatasetAgreement(spans, sentences);

        Map<String, MethodRole> methodRoles = roles.assign(sentences, title.size(), paper.title(), spans);
        MentionTable table = new MentionTable();
        spans.forEach(table::add);

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
        List<EntityMention> mentions = table.mentions(methodRoles, lexicon);
        return new PaperFacts(paper, mentions, CodeLinks.find(paper.abstractText()), claimed);
    }

    /**
     * Later uses of a name this paper defined, an acronym ("DRACO ... DRACO improves") or the title's name
     * ("Single-Path NAS"), are the same entity, matched before the lexicon so it cannot cut them shorter.
     */
    private static void useDefinedNames(Sentence s, int index, TokenClaims claims, Map<String, Span> defined,
                                        List<Span> out) {
        for (int t = 0; t < s.size(); t++) {
            for (int len = Math.min(4, s.size() - t); len >= 1; len--) {
                if (claims.anyClaimed(t, t + len)) {
                    continue;
                }
                if (!isWord(s.token(t)) || !isWord(s.token(t + len - 1)) || s.token(t).pos().equals("DT")) {
                    continue; // ", PDP", "TDNN.", "a GNN" (not AGNN)
                }
                String surface = s.span(t, t + len);
                Span def = defined.get(TermKey.of(surface));
                if (def == null && surface.endsWith("s")) {
                    def = defined.get(TermKey.of(surface.substring(0, surface.length() - 1)));
                }
                if (def != null) {
                    out.add(new Span(def.type(), def.key(), surface, def.canonical(), null, index, t, t + len,
                            def.confidence()));
                    claims.claim(t, t + len);
                    t += len - 1;
                    break;
                }
            }
        }
    }

    /** An acronym the paper defines as no entity ("low-resolution (LR)") names none wherever it recurs. */
    private static void claimOtherMeanings(Sentence s, TokenClaims claims, Set<String> otherMeanings) {
        for (int t = 0; t < s.size(); t++) {
            String w = s.token(t).text();
            if (otherMeanings.contains(w) || w.endsWith("s") && otherMeanings.contains(w.substring(0, w.length() - 1))) {
                claims.claim(t, t + 1);
            }
        }
    }

    private static boolean isWord(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }

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
                            r.baselineText(), r.kind(), r.evidence(), Math.min(r.confidence(), 0.4), mainDirection)
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
