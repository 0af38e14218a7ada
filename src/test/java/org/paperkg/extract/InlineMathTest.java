package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words written with inline LaTeX math are one token; formulas, variables and numbers in math are left alone. */
class InlineMathTest {
    /** Tokens as CoreNLP cuts the text, each found after the previous one; every token tagged NN. */
    private static List<Token> tokens(String text, String... pieces) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String p : pieces) {
            int begin = text.indexOf(p, at);
            out.add(new Token(p, "NN", p, begin, begin + p.length()));
            at = begin + p.length();
        }
        return out;
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void aNameWrittenWithMathIsOneToken() {
        String text = "PixArt-$\\alpha$ beats $k$NN-MT and Mu$^2$SLAM.";
        List<Token> glued = InlineMath.glue(tokens(text, "PixArt", "-", "$", "\\", "alpha", "$", "beats", "$", "k", "$",
                "NN", "-", "MT", "and", "Mu", "$", "^", "2", "$", "SLAM", "."), text);
        assertEquals(List.of("PixArt-$\\alpha$", "beats", "$k$NN-MT", "and", "Mu$^2$SLAM", "."), texts(glued));
        assertEquals("NNP", glued.get(0).pos());
        assertEquals(text.indexOf("Mu"), glued.get(4).begin());
    }

    @Test
    void variablesNumbersAndFormulasStayAsTheyWere() {
        String text = "over $k$ runs, $5.3$ points and $32 \\times 32$ images";
        List<Token> cut = tokens(text, "over", "$", "k", "$", "runs", ",", "$", "5.3", "$", "points", "and", "$", "32",
                "\\", "times", "32", "$", "images");
        assertEquals(texts(cut), texts(InlineMath.glue(cut, text)));
    }

    @Test
    void aLexiconNameWrittenWithMathIsFoundUnderItsKey() {
        Facts f = Facts.ofAbstract("We speed up $k$-means clustering and propose PixArt-$\\alpha$, a diffusion model.");
        assertTrue(f.ofType(EntityType.METHOD).stream().anyMatch(m -> m.name().equals("PixArt-$\\alpha$")),
                f.facts.mentions().toString());
        assertTrue(f.facts.mentions().stream().anyMatch(m -> m.key().startsWith("kmeans")), f.facts.mentions().toString());
    }
}
