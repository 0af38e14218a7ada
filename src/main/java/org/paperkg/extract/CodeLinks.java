package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs of code or project pages in an abstract, without the sentence punctuation that follows them. */
final class CodeLinks {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?'\"*}]>";

    private CodeLinks() {
    }

    static List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = trim(m.group());
            if (url.length() > 10) {
                found.add(url.toLowerCase().startsWith("www.") ? "https://" + url : url);
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
