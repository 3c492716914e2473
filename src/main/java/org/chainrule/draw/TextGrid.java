package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * A small matrix or vector drawn as exams write it: its numbers in rows and columns between square
 * brackets. Made from the one-line form {@link org.chainrule.ops.tensor.Tensor#format} writes
 * ({@code [9, −2, 5]}, {@code [[1, 2], [3, 4]]}); a vector is one row. Every back end draws the same
 * cells ({@link #cells}) and bracket strokes ({@link #brackets}); TikZ sets it as a {@code bmatrix}.
 *
 * @param rows the numbers as written, row by row, every row as long
 */
public record TextGrid(List<List<String>> rows) {
    /** Gap between columns, in font sizes. */
    public static final double COLUMN_GAP = 0.7;
    /** Room for each bracket, its stroke and the gap to the numbers, in font sizes. */
    public static final double BRACKET = 0.45;
    /** Length of a bracket's serifs, in font sizes. */
    public static final double SERIF = 0.25;
    /** Stroke width of the brackets, in font sizes. */
    public static final double STROKE = 0.08;

    public TextGrid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The grid of a tensor written in one line ({@code [9, −2, 5]}, {@code [[1, 2], [3, 4]]}), or null when
     * the text is anything else (a number, a sum, a shape and norm, a quiz mark).
     */
    public static TextGrid parse(String text) {
        String s = text.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) return null;
        String inner = s.substring(1, s.length() - 1).strip();
        List<List<String>> rows = new ArrayList<>();
        if (inner.startsWith("[")) {
            if (!inner.endsWith("]")) return null;
            for (String row : inner.substring(1, inner.length() - 1).split("\\]\\s*,\\s*\\[", -1)) {
                List<String> cells = cells(row);
                if (cells == null) return null;
                rows.add(cells);
            }
        } else {
            List<String> cells = cells(inner);
            if (cells == null) return null;
            rows.add(cells);
        }
        for (List<String> r : rows) if (r.size() != rows.get(0).size()) return null;
        return new TextGrid(rows);
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String c : row.split(",", -1)) {
            String cell = c.strip();
            if (cell.isEmpty() || cell.contains("[") || cell.contains("]") || cell.contains(" ")) return null;
            out.add(cell);
        }
        return out;
    }

    public int rowCount() { return rows.size(); }

    public int columnCount() { return rows.get(0).size(); }

    /** The width of column k at this font size: its widest number. */
    public double columnWidth(int k, double size) {
        double w = 0;
        for (List<String> r : rows) w = Math.max(w, LabelText.plain(r.get(k)).width(size));
        return w;
    }

    /** The width of the whole grid with its brackets. */
    public double width(double size) {
        double w = 2 * BRACKET * size + COLUMN_GAP * size * (columnCount() - 1);
        for (int k = 0; k < columnCount(); k++) w += columnWidth(k, size);
        return w;
    }

    /** One line per row. */
    public double height(double size) { return rowCount() * size * PlacedText.LINE; }

    /** Every number of the grid drawn at {@code at}'s place, each centred in its column, row by row. */
    public List<PlacedText> cells(PlacedText at) {
        double size = at.size();
        double left = at.x() - width(size) / 2 + BRACKET * size;
        double top = at.y() - height(size) / 2;
        List<PlacedText> out = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            double x = left;
            double y = top + (r + 0.5) * size * PlacedText.LINE;
            for (int k = 0; k < columnCount(); k++) {
                double cw = columnWidth(k, size);
                out.add(new PlacedText(LabelText.plain(rows.get(r).get(k)), x + cw / 2, y, size, at.ink(), false, null));
                x += cw + COLUMN_GAP * size;
            }
        }
        return out;
    }

    /** The two brackets at {@code at}'s place as polylines: the left one {@code [}, then the right one {@code ]}. */
    public List<List<Point>> brackets(PlacedText at) {
        double size = at.size();
        double half = width(size) / 2, inset = 0.12 * size, serif = SERIF * size;
        double l = at.x() - half + inset, r = at.x() + half - inset;
        double top = at.y() - height(size) / 2 + 0.1 * size, bottom = at.y() + height(size) / 2 - 0.1 * size;
        return List.of(
                List.of(new Point(l + serif, top), new Point(l, top), new Point(l, bottom), new Point(l + serif, bottom)),
                List.of(new Point(r - serif, top), new Point(r, top), new Point(r, bottom), new Point(r - serif, bottom)));
    }

    /** The grid as TeX math (amsmath): {@code \begin{bmatrix}1 & 2\\ 3 & 4\end{bmatrix}}. */
    public String tex() {
        StringBuilder b = new StringBuilder("\\begin{bmatrix}");
        for (int r = 0; r < rowCount(); r++) {
            if (r > 0) b.append("\\\\ ");
            for (int k = 0; k < columnCount(); k++) b.append(k > 0 ? " & " : "").append(LabelText.plain(rows.get(r).get(k)).tex());
        }
        return b.append("\\end{bmatrix}").toString();
    }
}
