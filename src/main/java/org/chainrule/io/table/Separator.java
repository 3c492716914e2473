package org.chainrule.io.table;

import java.util.ArrayList;
import java.util.List;

/**
 * How the cells of an adjacency table are separated. One table uses one separator, chosen from its
 * header line: a {@code |} makes it a Markdown table, else a comma, else a semicolon, else runs of
 * spaces and tabs.
 */
enum Separator {
    PIPE('|'), COMMA(','), SEMICOLON(';'), WHITESPACE(' ');

    private final char ch;

    Separator(char ch) { this.ch = ch; }

    /** The separator a table whose header line is {@code header} uses. */
    static Separator of(String header) {
        if (header.indexOf('|') >= 0) return PIPE;
        if (header.indexOf(',') >= 0) return COMMA;
        if (header.indexOf(';') >= 0) return SEMICOLON;
        return WHITESPACE;
    }

    /**
     * The cells of one line. Delimited lines keep empty cells (so {@code ,S,A} has an empty first cell);
     * a Markdown line drops its outer pipes first. Whitespace-separated lines have no empty cells.
     */
    List<Cell> split(String line) {
        List<Cell> cells = new ArrayList<>();
        if (this == WHITESPACE) {
            int i = 0, n = line.length();
            while (i < n) {
                while (i < n && isBlank(line.charAt(i))) i++;
                if (i >= n) break;
                int start = i;
                while (i < n && !isBlank(line.charAt(i))) i++;
                cells.add(new Cell(line.substring(start, i), start + 1));
            }
            return cells;
        }
        int from = 0, to = line.length();
        if (this == PIPE) {
            int first = firstNonBlank(line, 0, to);
            if (first < to && line.charAt(first) == '|') from = first + 1;
            int last = lastNonBlank(line, from, to);
            if (last >= from && line.charAt(last) == '|') to = last;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line.charAt(i) == ch) {
                cells.add(trimmed(line, start, i));
                start = i + 1;
            }
        }
        return cells;
    }

    private static Cell trimmed(String line, int start, int end) {
        int s = firstNonBlank(line, start, end);
        int e = lastNonBlank(line, s, end);
        if (s >= end) return new Cell("", start + 1);
        return new Cell(line.substring(s, e + 1), s + 1);
    }

    private static int firstNonBlank(String line, int from, int to) {
        int i = from;
        while (i < to && isBlank(line.charAt(i))) i++;
        return i;
    }

    private static int lastNonBlank(String line, int from, int to) {
        int i = to - 1;
        while (i >= from && isBlank(line.charAt(i))) i--;
        return i;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || c == '\u000b';
    }
}
