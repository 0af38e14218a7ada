package org.paperkg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values a program can compare: magnitudes multiplied out, times in seconds, shares as written. */
class NormalizedValueTest {

    private static NormalizedValue of(String value, String unit) {
        return NormalizedValue.of(new BigDecimal(value), unit);
    }

    @Test
    void magnitudeSuffixesAreMultipliedOutIntoAPlainCount() {
        assertEquals("15000000", of("15", "M").value().toPlainString());
        assertEquals("1450000000", of("1.45", "G").value().toPlainString());
        assertEquals("3000", of("3", "k").value().toPlainString());
        assertNull(of("15", "M").unit());
    }

    @Test
    void percentagesFactorsAndPointsStayAsWritten() {
        assertEquals(new NormalizedValue(new BigDecimal("3.08"), "%"), of("3.08", "%"));
        assertEquals(new NormalizedValue(new BigDecimal("2.5"), "x"), of("2.5", "x"));
        assertEquals(new NormalizedValue(new BigDecimal("1.7"), "points"), of("1.7", "points"));
        assertEquals(new NormalizedValue(new BigDecimal("0.98"), null), of("0.98", null));
    }

    @Test
    void timesAreInSecondsAndSizesInBytes() {
        assertEquals(new NormalizedValue(new BigDecimal("0.0125"), "s"), of("12.5", "ms"));
        assertEquals(new NormalizedValue(new BigDecimal("302400"), "s"), of("3.5", "days"));
        assertEquals(new NormalizedValue(new BigDecimal("5000000"), "bytes"), of("5", "MB"));
    }
}
