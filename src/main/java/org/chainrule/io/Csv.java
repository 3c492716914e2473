package org.chainrule.io;

import java.util.List;

/**
 * Comma-separated tables as the commands write them: a header, then one line per row, every number as
 * Java's {@code Double.toString} (the full double, as the JSON output prints it), a missing number as
 * an empty cell. Names with a comma or a quote are quoted.
 */
public final class Csv {
    private final StringBuilder text = new StringBuilder();
    private final int columns;

    public Csv(List<String> header) {
        columns = header.size();
        line(header.stream().map(Csv::cell).toList());
    }

    /** One row; {@code null} is an empty cell, a whole number (an {@code Integer}) is written without a point. */
    public Csv row(List<? extends Number> numbers) {
        if (numbers.size() != columns) throw new IllegalArgumentException(numbers.size() + " cells for " + columns + " columns");
        line(numbers.stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
        return this;
    }

    private void line(List<String> cells) {
        text.append(String.join(",", cells)).append('\n');
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override public String toString() { return text.toString(); }
}
