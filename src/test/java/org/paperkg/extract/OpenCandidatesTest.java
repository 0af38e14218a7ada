package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open candidates a trained filter judges: uncovered noun phrases and their endings, rule spans retyped. */
class OpenCandidatesTest {
    private final OpenCandidates open = new OpenCandidates(Lexicon.bundled());

    /** "We apply spectral graph convolution to a novel fair regression ." with hand-given tags. */
    private static Sentence sentence() {
        String[][] words = {{"We", "PRP"}, {"apply", "VBP"}, {"spectral", "JJ"}, {"graph", "NN"}, {"convolution", "NN"},
                {"to", "TO"}, {"a", "DT"}, {"novel", "JJ"}, {"fair", "JJ"}, {"regression", "NN"}, {".", "."}};
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String[] w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(w[0], w[1], w[0].toLowerCase(), text.length(), text.length() + w[0].length()));
            text.append(w[0]);
        }
        return new Sentence(text.toString(), 0, text.length(), tokens);
    }

    private static Set<String> surfaces(List<Span> spans, EntityType type) {
        return spans.stream().filter(s -> s.type() == type).map(Span::surface).collect(Collectors.toSet());
    }

    @Test
    void everyUncoveredNounPhraseAndItsEndingsAreOfferedAsMethodTaskAndMetric() {
        List<Span> out = new ArrayList<>();
        open.nounPhrases(sentence(), 0, List.of(), out);
        for (EntityType t : List.of(EntityType.METHOD, EntityType.TASK, EntityType.METRIC)) {
            assertTrue(surfaces(out, t).containsAll(Set.of("spectral graph convolution", "graph convolution", "convolution",
                    "fair regression", "regression")), t + ": " + surfaces(out, t));
        }
        assertTrue(surfaces(out, EntityType.DATASET).isEmpty(), "a bare phrase is not offered as a dataset");
        assertTrue(out.stream().allMatch(s -> s.source() == Source.NOUN_PHRASE));
    }

    @Test
    void anEvaluativeWordNeverStartsAnOfferAndCoveredTokensAreLeftAlone() {
        List<Span> out = new ArrayList<>();
        Span rule = new Span(EntityType.METHOD, "graph convolution", "graph convolution", null, null, 0, 3, 5, 1, Source.PHRASE);
        open.nounPhrases(sentence(), 0, List.of(rule), out);
        Set<String> offered = surfaces(out, EntityType.TASK);
        assertFalse(offered.stream().anyMatch(s -> s.startsWith("novel")), offered.toString());
        assertFalse(offered.stream().anyMatch(s -> s.contains("graph") || s.contains("convolution")), offered.toString());
        assertFalse(offered.contains("spectral"), "an adjective cut off from its noun is no phrase: " + offered);
    }

    @Test
    void aRuleSpanIsOfferedAsEachOtherTypeWithItsOwnKey() {
        Span rule = new Span(EntityType.METHOD, "hico-det", "HICO-DET", null, null, 0, 3, 5, 1, Source.NAME_SHAPE);
        List<Span> retyped = open.retyped(List.of(rule));
        assertEquals(Set.of(EntityType.DATASET, EntityType.TASK, EntityType.METRIC),
                retyped.stream().map(Span::type).collect(Collectors.toSet()));
        assertTrue(retyped.stream().allMatch(s -> s.source() == Source.RETYPED && s.surface().equals("HICO-DET")));
    }
}
