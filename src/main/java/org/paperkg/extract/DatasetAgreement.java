package org.paperkg.extract;

import org.paperkg.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name found by its shape is a dataset when the paper names it as one elsewhere ("Assembly101 dataset"),
 * or when it stands in one list with a dataset ("P3, MetaICL and Super-NaturalInstructions datasets",
 * "on THUMOS14, EPIC-Kitchens and HACS"): the members of a list share their kind. A decision over the whole
 * paper, taken once every rule has found its spans; a retyped span keeps its source.
 */
final class DatasetAgreement implements ExtractionStage {
    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SHAPED_NAMES, Layer.ACRONYM_KEYS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.RULE_SPANS);
    }

    @Override
    public void annotate(PaperAnalysis paper) {
        paper.sortByPosition(); // list members are neighbours in reading order
        List<Span> spans = paper.spans();
        List<Sentence> sentences = paper.sentences();
        Set<String> datasetKeys = new HashSet<>();
        spans.stream().filter(sp -> sp.type() == EntityType.DATASET && sp.isSure())
                .forEach(sp -> datasetKeys.add(sp.key()));
        for (int k = 0; k < spans.size(); k++) {
            Span sp = spans.get(k);
            if (sp.type() != EntityType.METHOD || sp.canonical() != null || !NameFinder.looksLikeName(sp.surface().split(" ")[0])
                    || !endsANounPhrase(sentences.get(sp.sentence()), sp.to())) {
                continue;
            }
            if (datasetKeys.contains(sp.key()) || inListWithADataset(spans, k, sentences)) {
                paper.revise(k, new Span(EntityType.DATASET, sp.key(), sp.surface(), null, sp.longForm(), sp.sentence(),
                        sp.from(), sp.to(), Math.min(sp.confidence(), RuleConfidence.DATASET_BY_AGREEMENT)));
            }
        }
    }

    /** "ZetaNet-Large achieves", "Acme's WEBSET": a name followed by a verb or a possessive is no list member. */
    private static boolean endsANounPhrase(Sentence s, int after) {
        return after >= s.size() || !(s.token(after).pos().startsWith("VB") || s.token(after).pos().equals("POS"));
    }

    /**
     * The list around span k holds a dataset. A list's conjunction is its last join, so a name after it stands
     * outside: in "On A, B, and C, ZetaNet achieves" the list is A, B and C, and ZetaNet its sentence's subject.
     */
    private static boolean inListWithADataset(List<Span> spans, int k, List<Sentence> sentences) {
        int first = k;
        int last = k;
        boolean conjunction = k > 0 && Boolean.TRUE.equals(join(spans, k - 1, sentences));
        if (conjunction) {
            first--; // k is its list's last name
        } else {
            while (last + 1 < spans.size() && join(spans, last, sentences) != null && !conjunction) {
                conjunction = join(spans, last, sentences);
                last++;
            }
            conjunction |= conjunctionFollows(sentences.get(spans.get(last).sentence()), spans.get(last).to());
        }
        while (first > 0 && Boolean.FALSE.equals(join(spans, first - 1, sentences))) {
            first--;
        }
        if (first < k && first > 0 && Boolean.TRUE.equals(join(spans, first - 1, sentences))) {
            first++; // the name before a comma-joined run that ends a list belongs to that list
        }
        if (!conjunction) {
            return false; // "On ImageNet-1K, ZetaNet-Large ..." is no list
        }
        for (int j = first; j <= last; j++) {
            if (spans.get(j).type() == EntityType.DATASET && spans.get(j).isSure()) {
                return true;
            }
        }
        return false;
    }

    /** The join between span i and the next. */
    private static Boolean join(List<Span> spans, int i, List<Sentence> sentences) {
        return between(spans.get(i), spans.get(i + 1), sentences);
    }

    /** "A, B, or C's D": the list goes on past the last name found. */
    private static boolean conjunctionFollows(Sentence s, int after) {
        int t = after < s.size() && s.token(after).text().equals(",") ? after + 1 : after;
        return t < s.size() && (s.token(t).text().equals("and") || s.token(t).text().equals("or"));
    }

    /** True when only "and"/"or" (with commas) separate a and b, false for commas alone, null for no list. */
    private static Boolean between(Span a, Span b, List<Sentence> sentences) {
        if (a.sentence() != b.sentence() || a.to() >= b.from()) {
            return null;
        }
        Sentence s = sentences.get(a.sentence());
        boolean conjunction = false;
        for (int t = a.to(); t < b.from(); t++) {
            String w = s.token(t).text().toLowerCase(Locale.ROOT);
            if (w.equals("and") || w.equals("or")) {
                conjunction = true;
            } else if (!w.equals(",")) {
                return null;
            }
        }
        return conjunction;
    }
}
