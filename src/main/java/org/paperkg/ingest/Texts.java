package org.paperkg.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Text clean-up the source formats share: line breaks and indentation inside fields, their date notations. */
final class Texts {
    private Texts() {
    }

    /** Runs of whitespace (the line breaks and leading spaces of wrapped XML and JSON fields) as one space. */
    static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        // One pass without a regex: this runs on every title, abstract and name of every record.
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
                pendingSpace = true;
                continue;
            }
            if (out != null) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            }
            pendingSpace = false;
        }
        String t = out == null ? s : out.toString();
        return t.isEmpty() ? null : t;
    }

    /** An ISO date (2023-01-11) or the date part of an ISO time stamp; null when it is neither. */
    static String isoDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date of an RFC 1123 time stamp ("Mon, 2 Apr 2007 19:18:42 GMT", arXiv's versions), or null. */
    static String rfc1123Date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A month as PubMed writes it ("Jan", "01", "1") as 1-12, or 0 when it is none. */
    static int month(String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        String t = s.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            int m = Integer.parseInt(t);
            return m >= 1 && m <= 12 ? m : 0;
        }
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String lower = t.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (lower.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
