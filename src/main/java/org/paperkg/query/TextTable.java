package org.paperkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.FmtUtils;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text table of a SELECT (Jena's layout: {@code | cell | cell |}), made to fit a width: when the table is
 * wider, the widest columns are narrowed and their long cells cut with an ellipsis. A table that fits, or a
 * width of 0 (no limit), is written by Jena itself, unchanged.
 */
public final class TextTable {
    /** No column is narrowed below this many characters (two and the ellipsis); a table of very many columns may stay wider. */
    static final int MIN_COLUMN = 3;
    /** What a cut cell ends with. */
    static final String ELLIPSIS = "…";

    private TextTable() {
    }

    /** Writes the rows as a text table at most {@code width} characters wide (0: as wide as the cells need). */
    public static void write(ResultSetRewindable rows, Prologue prologue, int width, OutputStream out) {
        List<String> vars = rows.getResultVars();
        SerializationContext context = new SerializationContext(prologue);
        List<String[]> cells = new ArrayList<>();
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = vars.get(i).length();
        }
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String[] line = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                var rdf = row.get(vars.get(i));
                Node n = rdf == null ? null : rdf.asNode();
                line[i] = n == null ? "" : FmtUtils.stringForNode(n, context).replaceAll("\\R", " ");
                widths[i] = Math.max(widths[i], line[i].codePointCount(0, line[i].length()));
            }
            cells.add(line);
        }
        if (width <= 0 || tableWidth(widths) <= width) {
            rows.reset();
            ResultSetFormatter.out(out, rows, prologue);
            return;
        }
        narrow(widths, width);
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        String rule = "-".repeat(tableWidth(widths));
        ps.println(rule);
        ps.println(line(vars.toArray(String[]::new), widths));
        ps.println("=".repeat(tableWidth(widths)));
        for (String[] row : cells) {
            ps.println(line(row, widths));
        }
        ps.println(rule);
        ps.flush();
    }

    /** "| a | b |": the cells, each padded to its column, plus three characters per column and the last bar. */
    static int tableWidth(int[] widths) {
        int sum = 1;
        for (int w : widths) {
            sum += w + 3;
        }
        return sum;
    }

    /** Narrows the widest column, one character at a time, until the table fits or every column is at its minimum. */
    static void narrow(int[] widths, int width) {
        while (tableWidth(widths) > width) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                return;
            }
            widths[widest]--;
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(fit(cells[i], widths[i])).append(" |");
        }
        return sb.toString();
    }

    /** The cell cut to {@code width} characters with an ellipsis, or padded to it. */
    static String fit(String cell, int width) {
        int length = cell.codePointCount(0, cell.length());
        if (length > width) {
            int end = cell.offsetByCodePoints(0, width - 1);
            return cell.substring(0, end) + ELLIPSIS;
        }
        return cell + " ".repeat(width - length);
    }
}
