package org.paperkg.extract;

import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Abstracts carry LaTeX; its debris never becomes a name, while a name's own "^+" or "++" stays whole. */
class MarkupTest {
    @Test
    void latexDebrisIsNotAnEntity() {
        Facts f = Facts.ofAbstract("We embed inputs in $\\mathbb{R}^k$ and bound the $\\ell_2$ error of $f_{\\theta}$.");
        for (EntityType t : EntityType.values()) {
            assertTrue(f.ofType(t).stream().noneMatch(m -> m.name().matches(".*[{}\\\\$^_].*")), f.ofType(t).toString());
        }
    }

    @Test
    void plusSuffixesStayPartOfTheName() {
        Facts f = Facts.ofAbstract("We introduce FooNet and FooNet^+ and compare with BarNet++.");
        assertTrue(f.ofType(EntityType.METHOD).stream().anyMatch(m -> m.name().equals("FooNet^+")), f.ofType(EntityType.METHOD).toString());
        assertTrue(f.ofType(EntityType.METHOD).stream().anyMatch(m -> m.name().equals("BarNet++")), f.ofType(EntityType.METHOD).toString());
    }
}
