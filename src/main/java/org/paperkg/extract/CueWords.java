package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cue-word lists of the entity rules: words whose presence tells a rule what a phrase near them is
 * ("dataset" after a name, "propose" before one). They live in {@code lexicon/cues-*.txt}, one "[list-name]"
 * section a list, so that a cue word is added without touching the code.
 */
final class CueWords {
    /** The files, each a theme: names, metric and task phrases, proposals and roles. */
    static final List<String> FILES = List.of("cues-names.txt", "cues-phrases.txt", "cues-proposals.txt", "cues-results.txt");

    private static final Pattern SECTION = Pattern.compile("\\[([a-z0-9-]+)]");

    private CueWords() {
    }

    /** Read once, on first use (the holder idiom makes class initialisation thread-safe). */
    private static final class Bundled {
        static final Map<String, List<String>> LISTS = read();
    }

    /** The words of one list, for look-ups. */
    static Set<String> set(String list) {
        return Set.copyOf(list(list));
    }

    /** The words of one list, in the file's order. */
    static List<String> list(String list) {
        List<String> words = Bundled.LISTS.get(list);
        if (words == null) {
            throw new IllegalStateException("no cue list [" + list + "] in lexicon/" + String.join(", ", FILES));
        }
        return words;
    }

    /** The words of one list joined as a regular-expression alternation, each taken literally. */
    static String alternation(String list) {
        return String.join("|", list(list).stream().map(Pattern::quote).toList());
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String file : FILES) {
            List<String> lines = Lexicon.lines("/org/paperkg/lexicon/" + file);
            if (lines.isEmpty()) {
                throw new IllegalStateException("missing resource lexicon/" + file);
            }
            List<String> current = null;
            for (String line : lines) {
                var section = SECTION.matcher(line);
                if (section.matches()) {
                    current = new ArrayList<>();
                    if (lists.put(section.group(1), current) != null) {
                        throw new IllegalStateException("lexicon/" + file + ": cue list [" + section.group(1) + "] defined twice");
                    }
                } else if (current == null) {
                    throw new IllegalStateException("lexicon/" + file + ": words before the first [list-name]: " + line);
                } else {
                    current.addAll(List.of(line.split("\\s+")));
                }
            }
        }
        lists.replaceAll((name, words) -> List.copyOf(words));
        return lists;
    }
}
