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

    /** The key without a plural "s" (CNNs, networks), or the key itself when it has none. */
    public static String singular(String key) {
        if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }
}
