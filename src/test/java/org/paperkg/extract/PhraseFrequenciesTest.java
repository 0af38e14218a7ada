package org.paperkg.extract;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseFrequenciesTest {
    private static PhraseFrequencies counted() {
        PhraseFrequencies.Counter c = new PhraseFrequencies.Counter();
        c.add("Graph convolutions for graph convolution tasks.");
        c.add("We revisit graph convolution.");
        c.add("Graph Convolution, again.");
        c.add("Unrelated text about a single idea.");
        return c.frequencies();
    }

    @Test
    void aPhraseCountsOncePerAbstractWhateverItsCaseOrPlural() {
        PhraseFrequencies f = counted();
        assertEquals(3, f.documents("graph convolutions"));
        assertEquals(3, f.documents("Graph Convolution"));
        assertEquals(4, f.corpusSize());
    }

    @Test
    void phrasesInFewerAbstractsThanTheMinimumAreNotKept() {
        assertEquals(0, counted().documents("single idea"));
    }

    @Test
    void countsSurviveWritingAndReading() throws IOException {
        PhraseFrequencies f = counted();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(out);
        PhraseFrequencies back = PhraseFrequencies.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(3, back.documents("graph convolution"));
        assertEquals(4, back.corpusSize());
    }
}
