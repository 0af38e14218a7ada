package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence and the unit written with each: "41.8%", "3.4x", "2.6×", "15M",
 * "5-2500X" (two numbers), "3.08 percent", "2 times", "4-fold", "30 hours".
 */
final class NumberFinder {
    private static final String NUM = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final String GLUED_UNIT = "%|x|X|×|times|M|B|G|K|k|ms|pp";
    private static final Pattern SINGLE = Pattern.compile("^([+]?)(" + NUM + ")(" + GLUED_UNIT + ")?$");
    private static final Pattern RANGE = Pattern.compile("^(" + NUM + ")(%|x|X|×)?[-–~](" + NUM + ")(" + GLUED_UNIT + ")?$");

    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("to", "-", "–", "~");
    private static final Pattern RATE = Pattern.compile("^[a-z]+/(s|sec|second|min|minute|h|hour|day|j|w)$");
    /** "provide25-33X": a word glued to a range or a number with its unit by a missing space. */
    private static final Pattern GLUED_WORD = Pattern.compile("^[a-z]{3,}(\\d.*)$");
    /** "datasets-97.55%": PDF extraction glued a word to a decimal by a hyphen ("resnet-50" has no decimal). */
    private static final Pattern HYPHEN_GLUED = Pattern.compile("^[a-z]{3,}-(\\d+\\.\\d+.*)$");

    private NumberFinder() {
    }

    static List<NumberMention> find(Sentence s) {
        List<NumberMention> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            NumberMention inWords = WordFactors.at(s, i);
            if (inWords != null) {
                out.add(inWords);
                i = inWords.to() - 1;
                continue;
            }
            String t = s.token(i).text();
            Matcher glued = GLUED_WORD.matcher(t);
            Matcher hyphenGlued = HYPHEN_GLUED.matcher(t);
            if (glued.matches() && (RANGE.matcher(glued.group(1)).matches()
                    || SINGLE.matcher(glued.group(1)).matches() && !glued.group(1).matches("\\d+"))) {
                t = glued.group(1);
            } else if (hyphenGlued.matches() && SINGLE.matcher(hyphenGlued.group(1)).matches()) {
                t = hyphenGlued.group(1);
            }
            boolean signed = i > 0 && s.token(i - 1).text().equals("+") && s.token(i - 1).end() == s.token(i).begin();
            Matcher single = SINGLE.matcher(t);
            Matcher range = RANGE.matcher(t);
            if (single.matches()) {
                String unit = normalizeUnit(single.group(3));
                int to = i + 1;
                if (unit == null) {
                    UnitAfter after = unitAfter(s, i + 1);
                    unit = after.unit;
                    to = after.end;
                }
                out.add(new NumberMention(parse(single.group(2)), unit, i, to, signed || !single.group(1).isEmpty()));
                i = to - 1;
            } else if (range.matches()) {
                String unit = normalizeUnit(range.group(4) != null ? range.group(4) : range.group(2));
                int to = i + 1;
                if (unit == null) {
                    UnitAfter after = unitAfter(s, i + 1);
                    unit = after.unit;
                    to = after.end;
                }
                // "+0.2%~0.7%": the sign before a range is the sign of both ends
                out.add(new NumberMention(parse(range.group(1)), unit, i, to, signed));
                out.add(new NumberMention(parse(range.group(3)), unit, i, to, signed));
                i = to - 1;
            }
        }
        return withRangeUnits(s, out);
    }

    /** "2 to 25 times", "10 - 30%": the first number of a range takes the unit written after the second. */
    private static List<NumberMention> withRangeUnits(Sentence s, List<NumberMention> numbers) {
        List<NumberMention> out = new ArrayList<>(numbers);
        for (int n = out.size() - 2; n >= 0; n--) {
            NumberMention low = out.get(n);
            NumberMention high = out.get(n + 1);
            if (low.unit() == null && high.unit() != null && isRange(s, low, high)) {
                out.set(n, new NumberMention(low.value(), high.unit(), low.from(), low.to(), low.signed()));
            }
        }
        return out;
    }

    /** "2 to 25", "25 - 71", "10~30": two numbers that are the ends of one range, written apart. */
    static boolean isRange(Sentence s, NumberMention low, NumberMention high) {
        return high.from() == low.to() + 1 && RANGE_WORDS.contains(s.token(low.to()).text().toLowerCase(Locale.ROOT))
                && low.value().compareTo(high.value()) < 0;
    }

    private record UnitAfter(String unit, int end) {
    }

    private static UnitAfter unitAfter(Sentence s, int k) {
        if (k >= s.size()) {
            return new UnitAfter(null, k);
        }
        String w = s.token(k).text().toLowerCase(Locale.ROOT);
        if (w.equals("\\") && k + 1 < s.size() && s.token(k + 1).text().equals("%")) {
            return new UnitAfter("%", k + 2);
        }
        int times = latexTimes(s, k);
        if (times > k) {
            return new UnitAfter("x", times);
        }
        switch (w) {
            case "%", "percent", "per-cent":
                return new UnitAfter("%", k + 1);
            case "x", "×", "times", "-fold", "fold":
                // "64 x 64" is a size, not a factor
                if (k + 1 < s.size() && SINGLE.matcher(s.token(k + 1).text()).matches() && (w.equals("x") || w.equals("×"))) {
                    return new UnitAfter("dimension", k + 2);
                }
                return new UnitAfter("x", k + 1);
            case "percentage":
                return new UnitAfter(k + 1 < s.size() && s.token(k + 1).text().toLowerCase(Locale.ROOT).startsWith("point")
                        ? "pp" : "%", k + 2);
            case "pp", "p.p.":
                return new UnitAfter("pp", k + 1);
            case "points", "point", "pts", "pt":
                // "by 4.9 points", "a 3.9 point improvement": a difference on the metric's own scale
                return new UnitAfter("points", k + 1);
            case "ms", "milliseconds", "s", "seconds", "hours", "hour", "days", "minutes":
                return new UnitAfter(w.equals("hour") ? "hours" : w.equals("milliseconds") ? "ms"
                        : w.equals("seconds") ? "s" : w, k + 1);
            case "epochs", "epoch", "gpu-hours", "tpu-hours", "gpu-days", "fps", "gb", "mb", "tb", "kb", "w", "mj",
                    "mw", "mhz", "ghz", "tops", "gops", "db":
                return new UnitAfter(w.endsWith("-hours") ? "hours" : w.endsWith("-days") ? "days" : s.token(k).text(), k + 1);
            case "m", "b", "g", "k":
                return new UnitAfter(s.token(k).text(), k + 1);
            default:
                // rates written with a slash: "bits/min", "images/s", "tokens/sec"
                if (RATE.matcher(w).matches()) {
                    return new UnitAfter(s.token(k).text(), k + 1);
                }
                return new UnitAfter(null, k);
        }
    }

    /** "1.05$\\times$", "3 \\times": a factor written in LaTeX; the end of the unit's tokens, else k. */
    private static int latexTimes(Sentence s, int k) {
        int i = k;
        if (i < s.size() && s.token(i).text().equals("$")) {
            i++;
        }
        if (i + 1 < s.size() && s.token(i).text().equals("\\") && s.token(i + 1).text().equals("times")) {
            i += 2;
        } else if (i < s.size() && s.token(i).text().equals("\\times")) {
            i++;
        } else {
            return k;
        }
        return i < s.size() && s.token(i).text().equals("$") ? i + 1 : i;
    }

    private static String normalizeUnit(String u) {
        if (u == null) {
            return null;
        }
        return switch (u) {
            case "x", "X", "×", "times" -> "x";
            default -> u;
        };
    }

    static BigDecimal parse(String number) {
        return new BigDecimal(number.replace(",", ""));
    }
}
