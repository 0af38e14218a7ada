package org.paperkg.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalized identity of a name: lower case, letters and digits only, "+" spelled "plus".
 * "ResNet-50", "ResNet50" and "resnet 50" share one key, hence one IRI in the graph.
 */
public final class TermKey {
    private TermKey() {
    }

    public static String of(String surface) {
        String s = Normalizer.normalize(surface, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '+') {
                out.append("plus");
            } else if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * True when a surface form is written as a plural or a possessive: a lower-case "s" after a letter other
     * than "s" ("CNNs", "networks") or after an apostrophe ("GPT-4's"). Case carries identity here: "VITS"
     * or "NeuS" end in a capital and are names.
     */
    public static boolean looksPlural(String surface) {
        String s = surface.strip();
        int n = s.length();
        if (n <= 3 || s.charAt(n - 1) != 's') {
            return false;
        }
        char before = s.charAt(n - 2);
        return Character.isLetter(before) && before != 's' || before == '\'' || before == '\u2019';
    }

    /** The key of a surface form, without its plural "s" only when the form is written as a plural. */
    public static String ofSingular(String surface) {
        String key = of(surface);
        return looksPlural(surface) ? singular(key) : key;
    }

    /**
     * The key of an acronym in the sense a paper gives it: the acronym's key and its long form's key.
     * "PAM (Partitioning Around Medoids)" and "PAM (Path-Augmented Method)" are two things; two papers that
     * spell out the same long form still meet. Keys hold only letters and digits, so the "-" cannot be
     * confused with a character of either part.
     */
    public static String withSense(String acronym, String longForm) {
        return ofSingular(acronym) + SENSE_SEPARATOR + ofSingular(longForm);
    }

    /** Separates an acronym's key from its long form's key in a key made by {@link #withSense}. */
    public static final String SENSE_SEPARATOR = "-";

    /** The key without a plural "s" (CNNs, networks), or the key itself when it has none. */
    public static String singular(String key) {
        if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }
}
