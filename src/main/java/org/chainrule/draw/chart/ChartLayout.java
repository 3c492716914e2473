package org.chainrule.draw.chart;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.draw.GlyphWidths;
import org.chainrule.draw.Point;
import org.chainrule.draw.Theme;
import org.chainrule.draw.chart.ChartPicture.Anchor;
import org.chainrule.draw.chart.ChartPicture.Stroke;
import org.chainrule.draw.chart.ChartPicture.Text;

/**
 * Places a {@link Chart}: the frame, round ticks with their grid, the lines, the title, the axis names
 * and, with several lines, a legend under the title (outside the frame, so it never covers a line).
 * Margins are measured from the texts with the theme font's advance widths, so no label is cut.
 */
public final class ChartLayout {
    public static final double WIDTH = 640;
    public static final double HEIGHT = 400;
    private static final double PAD = 10, TICK = 4, SAMPLE = 26;

    private ChartLayout() {}

    public static ChartPicture layout(Chart c, Theme theme) { return layout(c, theme, WIDTH, HEIGHT); }

    public static ChartPicture layout(Chart c, Theme theme, double width, double height) {
        double label = theme.labelSize(), small = theme.smallSize(), title = theme.titleSize();
        Ticks xt = xTicks(c), yt = yTicks(c);
        double yTickWidth = 0;
        for (String s : yt.labels()) yTickWidth = Math.max(yTickWidth, GlyphWidths.of(s) * small);
        boolean legend = c.lines().size() > 1;
        double left = PAD + 1.3 * label + PAD + yTickWidth + TICK + 4;
        double top = PAD + 1.4 * title + (legend ? 1.8 * label : 0) + PAD;
        double bottom = TICK + 4 + 1.3 * small + 6 + 1.3 * label + PAD;
        double right = PAD + GlyphWidths.of(xt.labels().get(xt.labels().size() - 1)) * small / 2 + 6;
        Frame f = new Frame(left, top, width - right, height - bottom, xt, yt);
        List<Stroke> strokes = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        String grid = theme.get("plot.grid"), ink = theme.stroke(), text = theme.text();
        for (int i = 0; i < xt.at().size(); i++) {
            double x = f.x(xt.at().get(i));
            strokes.add(line(x, f.y0, x, f.y1, grid, 1));
            strokes.add(line(x, f.y1, x, f.y1 + TICK, ink, 1));
            texts.add(new Text(x, f.y1 + TICK + 4 + 0.65 * small, xt.labels().get(i), small, Anchor.MIDDLE, text, false));
        }
        for (int i = 0; i < yt.at().size(); i++) {
            double y = f.y(yt.at().get(i));
            strokes.add(line(f.x0, y, f.x1, y, grid, 1));
            strokes.add(line(f.x0 - TICK, y, f.x0, y, ink, 1));
            texts.add(new Text(f.x0 - TICK - 4, y, yt.labels().get(i), small, Anchor.END, text, false));
        }
        strokes.add(new Stroke(List.of(new Point(f.x0, f.y0), new Point(f.x1, f.y0), new Point(f.x1, f.y1),
                new Point(f.x0, f.y1), new Point(f.x0, f.y0)), ink, 1, new double[0]));
        for (int k = 0; k < c.lines().size(); k++) {
            Chart.Line l = c.lines().get(k);
            for (List<Point> run : runs(l, c.logY(), f)) strokes.add(new Stroke(run, colour(theme, k), 2, dash(l)));
        }
        texts.add(new Text(width / 2, PAD + 0.7 * title, c.title(), title, Anchor.MIDDLE, text, false));
        texts.add(new Text((f.x0 + f.x1) / 2, height - PAD - 0.65 * label, c.xLabel(), label, Anchor.MIDDLE, text, false));
        texts.add(new Text(PAD + 0.65 * label, (f.y0 + f.y1) / 2, c.yLabel(), label, Anchor.MIDDLE, text, true));
        if (legend) legend(c, theme, width, PAD + 1.4 * title + 0.9 * label, strokes, texts);
        return new ChartPicture(width, height, strokes, texts);
    }

    /** The legend in one centred row: a short sample of each line, then its name. */
    private static void legend(Chart c, Theme theme, double width, double y, List<Stroke> strokes, List<Text> texts) {
        double size = theme.labelSize(), gap = 18;
        double total = -gap;
        for (Chart.Line l : c.lines()) total += SAMPLE + 6 + GlyphWidths.of(l.name()) * size + gap;
        double x = (width - total) / 2;
        for (int k = 0; k < c.lines().size(); k++) {
            Chart.Line l = c.lines().get(k);
            strokes.add(new Stroke(List.of(new Point(x, y), new Point(x + SAMPLE, y)), colour(theme, k), 2, dash(l)));
            texts.add(new Text(x + SAMPLE + 6, y, l.name(), size, Anchor.START, theme.text(), false));
            x += SAMPLE + 6 + GlyphWidths.of(l.name()) * size + gap;
        }
    }

    static String colour(Theme theme, int k) { return theme.get("plot.color." + (k % 4 + 1)); }

    private static double[] dash(Chart.Line l) { return l.dashed() ? new double[] {6, 4} : new double[0]; }

    private static Stroke line(double x0, double y0, double x1, double y1, String colour, double width) {
        return new Stroke(List.of(new Point(x0, y0), new Point(x1, y1)), colour, width, new double[0]);
    }

    /** The drawable stretches of a line: a point that cannot be drawn breaks it. */
    private static List<List<Point>> runs(Chart.Line l, boolean log, Frame f) {
        List<List<Point>> out = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            double y = plotted(l.yAt(i), log);
            if (Double.isFinite(y) && Double.isFinite(l.xAt(i))) {
                run.add(new Point(f.x(l.xAt(i)), f.y(y)));
                continue;
            }
            if (!run.isEmpty()) out.add(run);
            run = new ArrayList<>();
        }
        if (!run.isEmpty()) out.add(run);
        return out;
    }

    /** The number placed on the y axis: log₁₀ y on a log axis (NaN when y ≤ 0). */
    static double plotted(double y, boolean log) {
        if (!log) return y;
        return y > 0 ? Math.log10(y) : Double.NaN;
    }

    private static Ticks xTicks(Chart c) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Chart.Line l : c.lines()) {
            for (int i = 0; i < l.size(); i++) {
                if (!Double.isFinite(l.xAt(i))) continue;
                lo = Math.min(lo, l.xAt(i));
                hi = Math.max(hi, l.xAt(i));
            }
        }
        return lo > hi ? Ticks.linear(0, 1) : Ticks.linear(lo, hi);
    }

    private static Ticks yTicks(Chart c) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Chart.Line l : c.lines()) {
            for (int i = 0; i < l.size(); i++) {
                double y = plotted(l.yAt(i), c.logY());
                if (!Double.isFinite(y)) continue;
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        if (lo > hi) lo = hi = 0;
        return c.logY() ? Ticks.decades(lo, hi) : Ticks.linear(lo, hi);
    }

    /** The frame in pixels and the axis ranges it maps. */
    private record Frame(double x0, double y0, double x1, double y1, Ticks xt, Ticks yt) {
        double x(double v) { return x0 + (v - xt.lo()) / (xt.hi() - xt.lo()) * (x1 - x0); }

        double y(double v) { return y1 - (v - yt.lo()) / (yt.hi() - yt.lo()) * (y1 - y0); }
    }
}
