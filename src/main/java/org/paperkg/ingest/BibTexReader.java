package org.paperkg.ingest;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.Value;
import org.paperkg.model.Author;
import org.paperkg.model.Paper;
import org.paperkg.model.PaperId;
import org.paperkg.model.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads BibTeX entries that carry an {@code abstract}: {@code title}, {@code author} ("Last, First and First
 * Last"), {@code year}, {@code month}, {@code doi}, {@code eprint} with {@code archivePrefix = arXiv},
 * {@code journal} or {@code booktitle}, {@code url}. LaTeX accents and braces are decoded ({@code {\"o}} is ö)
 * by jbibtex's LaTeX parser. Each entry (from an {@code @} at the start of a line to the next one) is parsed
 * on its own, so an entry with unbalanced braces is one problem naming its line and the others are still read;
 * {@code @string} macros apply to the entries after them.
 */
public final class BibTexReader implements PaperReader {
    /** The format's name, as given on the command line. */
    public static final String FORMAT = "bibtex";
    private static final java.util.regex.Pattern DOTLESS = java.util.regex.Pattern.compile("\\\\([ij])(?![A-Za-z])");

    @Override
    public void read(InputStream in, String name, PaperSink sink) throws IOException {
        Utf8LineSource lines = new Utf8LineSource(in);
        Map<String, String> macros = new LinkedHashMap<>();
        StringBuilder entry = new StringBuilder();
        long entryLine = 0;
        SourceLine line;
        while ((line = lines.next()) != null) {
            if (line.isBad()) {
                sink.problem(new IngestProblem(new SourceLocation(name, line.number()), line.error()));
                continue;
            }
            if (line.text().stripLeading().startsWith("@")) {
                if (entryLine > 0) {
                    entry(entry.toString(), new SourceLocation(name, entryLine), macros, sink);
                }
                entry.setLength(0);
                entryLine = line.number();
            }
            if (entryLine > 0) {
                entry.append(line.text()).append('\n');
            }
        }
        if (entryLine > 0) {
            entry(entry.toString(), new SourceLocation(name, entryLine), macros, sink);
        }
    }

    private static void entry(String text, SourceLocation where, Map<String, String> macros, PaperSink sink) {
        String kind = text.stripLeading().substring(1).split("[\\s{(]", 2)[0].toLowerCase(Locale.ROOT);
        if (kind.equals("comment") || kind.equals("preamble")) {
            return;
        }
        BibTeXDatabase db;
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined macro is left as its name rather than failing the entry
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // a crossref to an entry of another file is not an error of this one
                }
            };
            macros.forEach(parser::addMacro);
            db = parser.parse(new StringReader(text));
        } catch (ParseException | RuntimeException e) {
            sink.problem(new IngestProblem(where, "BibTeX entry that does not parse (unbalanced braces or quotes?): "
                    + firstLine(e.getMessage())));
            return;
        }
        db.getStrings().forEach((k, v) -> macros.put(k.getValue(), v.getValue().toUserString()));
        for (BibTeXEntry e : db.getEntries().values()) {
            try {
                sink.paper(paper(e, where));
            } catch (BadRecord bad) {
                sink.problem(new IngestProblem(where, bad.getMessage()));
            }
        }
    }

    private static Paper paper(BibTeXEntry e, SourceLocation where) throws BadRecord {
        Paper.Builder b = new Paper.Builder();
        b.source = where;
        b.id = e.getKey().getValue();
        b.title = field(e, "title");
        if (b.title == null) {
            throw new BadRecord("entry " + b.id + " without a title");
        }
        b.abstractText = field(e, "abstract");
        if (b.abstractText == null) {
            throw new BadRecord("record without an abstract (entry " + b.id + ")");
        }
        String authors = raw(e, "author");
        if (authors != null) {
            for (String author : splitAuthors(authors)) {
                String n = decode(author);
                if (n == null) {
                    continue;
                }
                int comma = n.indexOf(',');
                b.authors.add(Author.named(comma > 0 ? Texts.oneLine(n.substring(comma + 1) + " " + n.substring(0, comma)) : n));
            }
        }
        String year = field(e, "year");
        if (year != null && year.matches("\\d{4}")) {
            b.year = Integer.valueOf(year);
        }
        b.id(PaperId.doi(field(e, "doi")));
        String eprint = field(e, "eprint");
        String archive = field(e, "archiveprefix");
        if (eprint != null && (archive == null || archive.equalsIgnoreCase("arxiv"))) {
            b.id(PaperId.arxiv(eprint));
            b.version = PaperId.arxivVersion(eprint);
        }
        String journal = field(e, "journal");
        b.venue = journal != null ? journal : field(e, "booktitle");
        b.url = field(e, "url");
        return b.build();
    }

    /** Splits an author list at " and " outside braces ({Barnes and Noble} is one name). */
    static List<String> splitAuthors(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = list.toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c) && lower.startsWith("and", i + 1)
                    && i + 4 < list.length() && Character.isWhitespace(list.charAt(i + 4))) {
                out.add(list.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        out.add(list.substring(start));
        return out;
    }

    private static String raw(BibTeXEntry e, String field) {
        Value v = e.getField(new Key(field));
        return v == null ? null : v.toUserString();
    }

    private static String field(BibTeXEntry e, String field) {
        return decode(raw(e, field));
    }

    /** LaTeX to text: accents, braces and commands decoded; on one line. */
    static String decode(String latex) {
        if (latex == null) {
            return null;
        }
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0) {
            return Texts.oneLine(latex);
        }
        // The dotless \i and \j under an accent ({\'\i}) are plain i and j to the printer, which knows no \i.
        String dotted = DOTLESS.matcher(latex).replaceAll("$1");
        try {
            return Texts.oneLine(new LaTeXPrinter().print(new LaTeXParser().parse(dotted)));
        } catch (ParseException | RuntimeException e) {
            return Texts.oneLine(latex.replace("{", "").replace("}", ""));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return (nl >= 0 ? message.substring(0, nl) : message).strip();
    }
}
