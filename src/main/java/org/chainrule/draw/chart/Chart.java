package org.chainrule.draw.chart;

import java.util.List;

/**
 * A line chart as the exports draw it: a title, axis names, a linear or logarithmic y axis, and one or
 * more lines over the same x axis (a loss against the iteration, a gradient against the time step).
 * The description only: {@link ChartLayout} places it, {@link ChartSvg} and {@link ChartPng} draw it,
 * as {@code DiagramBuilder} and the diagram exporters do for graphs.
 */
public record Chart(String title, String xLabel, String yLabel, boolean logY, List<Line> lines) {
    /**
     * One line: its name in the legend, its points (x[i], y[i]), dashed or solid. A y that cannot be
     * drawn (not finite; zero or negative on a log axis) leaves a gap.
     */
    public record Line(String name, double[] x, double[] y, boolean dashed) {
        public Line {
            if (x.length != y.length) throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
            x = x.clone();
            y = y.clone();
        }

        @Override public double[] x() { return x.clone(); }

        @Override public double[] y() { return y.clone(); }

        int size() { return x.length; }

        double xAt(int i) { return x[i]; }

        double yAt(int i) { return y[i]; }
    }

    public Chart {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("a chart needs a line");
    }
}
