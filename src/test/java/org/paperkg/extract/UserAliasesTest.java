package org.paperkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.model.EntityType;

/** The user's lines come before the bundled lexicon: they merge names, and split a name from its bundled line. */
class UserAliasesTest {
    @Test
    void aUserLineMergesTwoNamesIntoOneEntity() {
        Lexicon lexicon = Lexicon.bundledWith(List.of(new UserAliases.Line(EntityType.METHOD, "FooNet | Foo network")));
        assertEquals(lexicon.lookup("FooNet").orElseThrow().key(), lexicon.lookup("foo networks").orElseThrow().key());
    }

    @Test
    void aNameAloneOnAUserLineIsSplitFromItsBundledEntity() {
        assertEquals(Lexicon.bundled().lookup("ILSVRC").orElseThrow().key(), Lexicon.bundled().lookup("ImageNet-1k").orElseThrow().key());
        Lexicon lexicon = Lexicon.bundledWith(List.of(new UserAliases.Line(EntityType.DATASET, "ILSVRC")));
        assertNotEquals(lexicon.lookup("ILSVRC").orElseThrow().key(), lexicon.lookup("ImageNet-1k").orElseThrow().key());
    }
}
