package org.paperkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermKeyTest {
    @Test
    void spellingVariantsShareOneKey() {
        assertEquals(TermKey.of("ResNet-50"), TermKey.of("resnet 50"));
    }

    @Test
    void aLowerCasePluralIsStrippedButACapitalFinalSIsPartOfTheName() {
        assertEquals("vit", TermKey.ofSingular("ViTs"));
        assertEquals("vits", TermKey.ofSingular("VITS"));
        assertEquals("neus", TermKey.ofSingular("NeuS"));
        assertEquals("network", TermKey.ofSingular("networks"));
    }

    @Test
    void aPossessiveIsTheNameItself() {
        assertTrue(TermKey.looksPlural("GPT-4's"));
        assertEquals(TermKey.of("GPT-4"), TermKey.ofSingular("GPT-4\u2019s"));
        assertFalse(TermKey.looksPlural("class"));
    }

    @Test
    void anAcronymInTwoSensesGivesTwoKeysAndOneSenseSpelledTwoWaysGivesOne() {
        String medoids = TermKey.withSense("PAM", "Partitioning Around Medoids");
        assertNotEquals(medoids, TermKey.withSense("PAM", "Path-Augmented Method"));
        assertEquals(medoids, TermKey.withSense("PAM", "partitioning around medoid"));
        assertTrue(medoids.startsWith("pam" + TermKey.SENSE_SEPARATOR));
    }
}
