package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs of code or project pages in an abstract, without the sentence punctuation that follows them. */
final class CodeLinks {
    /** Stops at white space, characters not allowed in IRIs, and typographic or full-width punctuation. */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"{}|\\\\^`\u201C\u201D\u2018\u2019\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF08\uFF09\u3010\u3011]+");
    private static final String TRAILING = ".,;:!?'\"*}]>";

    private CodeLinks() {
    }

    static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = trim(m.group());
            if (url.toLowerCase().startsWith("www.")) {
                url = "https://" + url;
            }
            if (url.length() > 10 && org.apache.jena.irix.IRIs.check(url)) {
                found.add(url);
            }
        }
        return new ArrayList<>(found);
    }

    /** Strips trailing punctuation, and a closing bracket unless the URL opened one itself. */
    static String trim(String url) {
        String u = url;
        boolean changed = true;
        while (changed && !u.isEmpty()) {
            changed = false;
            char last = u.charAt(u.length() - 1);
            if (TRAILING.indexOf(last) >= 0) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            } else if (last == ')' && count(u, '(') < count(u, ')')) {
                u = u.substring(0, u.length() - 1);
                changed = true;
            }
        }
        return u;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
