package org.paperkg.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A claimed value in a form a program can compare: magnitude suffixes multiplied out ("15M" parameters is
 * 15000000, "1.45G" FLOPs is 1450000000), times in seconds, data sizes in bytes; percentages, factors, points
 * and other units stay as written ("3.08 percent" is 3.08 with unit "%").
 *
 * @param value the normalized decimal
 * @param unit  the unit of the normalized value, or null for a plain count
 */
public record NormalizedValue(BigDecimal value, String unit) {
    /** Magnitude suffixes written after a count ("15M", "1.45G", "3B", "500K"): decimal (SI) multipliers. */
    private static final Map<String, BigDecimal> MAGNITUDES = Map.of(
            "K", new BigDecimal("1e3"), "k", new BigDecimal("1e3"), "M", new BigDecimal("1e6"),
            "B", new BigDecimal("1e9"), "G", new BigDecimal("1e9"), "T", new BigDecimal("1e12"));
    /** Units of time, in seconds. */
    private static final Map<String, BigDecimal> SECONDS = Map.of(
            "ms", new BigDecimal("0.001"), "s", BigDecimal.ONE, "minutes", new BigDecimal("60"),
            "hours", new BigDecimal("3600"), "days", new BigDecimal("86400"));
    /** Units of data size, in bytes (decimal, as storage and model sizes are mostly reported). */
    private static final Map<String, BigDecimal> BYTES = Map.of(
            "kb", new BigDecimal("1e3"), "mb", new BigDecimal("1e6"), "gb", new BigDecimal("1e9"),
            "tb", new BigDecimal("1e12"));
    public static final String SECOND = "s";
    public static final String BYTE = "bytes";

    public static NormalizedValue of(BigDecimal value, String unit) {
        if (unit == null) {
            return new NormalizedValue(value, null);
        }
        if (MAGNITUDES.containsKey(unit)) {
            return new NormalizedValue(plain(value.multiply(MAGNITUDES.get(unit))), null);
        }
        if (SECONDS.containsKey(unit)) {
            return new NormalizedValue(plain(value.multiply(SECONDS.get(unit))), SECOND);
        }
        BigDecimal bytes = BYTES.get(unit.toLowerCase(java.util.Locale.ROOT));
        if (bytes != null) {
            return new NormalizedValue(plain(value.multiply(bytes)), BYTE);
        }
        return new NormalizedValue(value, unit);
    }

    /** 1.45E+9 written out as 1450000000, without trailing zeros after a decimal point. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
