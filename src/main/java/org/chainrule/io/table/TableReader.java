package org.chainrule.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chainrule.io.InputException;
import org.chainrule.model.Key;

/**
 * Reads and checks an adjacency table as printed in exams (docs/file-format.md, adjacency tables). Every problem is refused with
 * {@code source:line:column: what}; {@link TableImport} builds the graph from the checked table.
 *
 * <p>The header names the columns. Its first cell is a corner, not a column, when it is empty (as in
 * {@code ,S,A} or a Markdown table) or is not a valid node name (as in {@code from\to}). Blank lines and
 * lines starting with {@code #} are skipped, and so is the {@code |---|} rule line of a Markdown table.
 */
public final class TableReader {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern RULE = Pattern.compile(":?-+:?");

    private final String source;

    private TableReader(String source) {
        this.source = source;
    }

    /** Reads {@code text}; {@code source} names it in error messages (usually the file name). */
    public static AdjacencyTable read(String text, String source) {
        return new TableReader(source).parse(text);
    }

    private AdjacencyTable parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String[] lines = text.split("\r\n|\r|\n", -1);
        int headerLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!skipped(lines[i])) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) throw error(1, 1, "empty table: expected a header line naming the columns");

        Separator sep = Separator.of(lines[headerLine]);
        List<String> names = header(sep.split(lines[headerLine]), headerLine + 1);
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < names.size(); k++) index.put(names.get(k), k);

        Map<String, double[]> rows = new LinkedHashMap<>();
        Map<String, Integer> rowLine = new HashMap<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            String line = lines[i];
            if (skipped(line)) continue;
            List<Cell> cells = sep.split(line);
            if (cells.isEmpty() || sep == Separator.PIPE && isRule(cells)) continue;
            int lineNo = i + 1;
            Cell first = cells.get(0);
            String name = first.text();
            if (name.isEmpty()) throw error(lineNo, first.column(), "missing row name");
            if (!index.containsKey(name)) {
                throw error(lineNo, first.column(), "unknown row name '" + name + "' (the header names " + String.join(", ", names) + ")");
            }
            if (rowLine.containsKey(name)) {
                throw error(lineNo, first.column(), "row '" + name + "' given twice (first on line " + rowLine.get(name) + ")");
            }
            int entries = cells.size() - 1;
            if (entries > names.size()) {
                throw error(lineNo, cells.get(names.size() + 1).column(),
                        "row '" + name + "' has " + entries + " entries, the header names " + names.size() + " columns");
            }
            if (entries < names.size()) {
                throw error(lineNo, endColumn(line), "row '" + name + "' has " + entries + " entries, the header names " + names.size() + " columns");
            }
            double[] row = new double[names.size()];
            for (int k = 0; k < names.size(); k++) row[k] = number(cells.get(k + 1), lineNo, name, names.get(k));
            rows.put(name, row);
            rowLine.put(name, lineNo);
        }
        return new AdjacencyTable(names, rows);
    }

    private List<String> header(List<Cell> cells, int lineNo) {
        List<Cell> named = new ArrayList<>(cells);
        if (named.isEmpty()) throw error(lineNo, 1, "the header names no columns");
        String corner = named.get(0).text();
        if (corner.isEmpty() || !Key.isId(corner)) named.remove(0);
        if (named.isEmpty()) throw error(lineNo, 1, "the header names no columns");
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Cell c : named) {
            String n = c.text();
            if (n.isEmpty()) throw error(lineNo, c.column(), "empty column name in the header");
            if (!Key.isId(n)) {
                throw error(lineNo, c.column(), "'" + n + "' is not a valid node name (" + Key.ID_RULE + ")");
            }
            if (seen.containsKey(n)) {
                throw error(lineNo, c.column(), "column '" + n + "' named twice in the header (first at column " + seen.get(n) + ")");
            }
            seen.put(n, c.column());
            names.add(n);
        }
        return names;
    }

    private double number(Cell c, int lineNo, String row, String column) {
        String t = c.text().replace('\u2212', '-'); // a minus sign copied from a PDF
        if (t.isEmpty()) throw error(lineNo, c.column(), "empty entry in row '" + row + "', column '" + column + "' (write 0 for no edge)");
        if (!NUMBER.matcher(t).matches()) {
            throw error(lineNo, c.column(), "'" + c.text() + "' is not a number (row '" + row + "', column '" + column + "')");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) throw error(lineNo, c.column(), "'" + c.text() + "' is too large (row '" + row + "', column '" + column + "')");
        return v;
    }

    private static boolean isRule(List<Cell> cells) {
        for (Cell c : cells) if (!RULE.matcher(c.text()).matches()) return false;
        return true;
    }

    private static boolean skipped(String line) {
        int i = 0;
        while (i < line.length() && (Separator.isBlank(line.charAt(i)) || Character.isWhitespace(line.charAt(i)))) i++;
        return i == line.length() || line.charAt(i) == '#';
    }

    private static int endColumn(String line) {
        int i = line.length();
        while (i > 0 && Separator.isBlank(line.charAt(i - 1))) i--;
        return i + 1;
    }

    private InputException error(int line, int column, String what) {
        return new InputException(source + ":" + line + ":" + column + ": " + what);
    }
}
