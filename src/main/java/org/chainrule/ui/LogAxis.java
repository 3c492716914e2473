package org.chainrule.ui;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * A logarithmic y axis for JavaFX's {@code LineChart}, which has none: the chart plots log₁₀ of the
 * numbers on a {@link NumberAxis} whose ticks are whole decades, labelled 10⁻⁵ … 10⁰ as the exported
 * charts write them. {@link #plotted} is the one place that turns a number into its height (NaN for
 * 0 or less: the point is left out).
 */
public final class LogAxis {
    private LogAxis() {}

    /** The height of {@code v} on a log axis: log₁₀ v, or NaN when v is not positive or not finite. */
    public static double plotted(double v) {
        return v > 0 && Double.isFinite(v) ? Math.log10(v) : Double.NaN;
    }

    /** Turns {@code axis} into a log axis (decade ticks) or back into a plain one. */
    public static void apply(NumberAxis axis, boolean log) {
        axis.setMinorTickVisible(!log);
        axis.setTickLabelFormatter(log ? new StringConverter<>() {
            @Override public String toString(Number n) { return power(n.doubleValue()); }

            @Override public Number fromString(String s) { throw new UnsupportedOperationException(); }
        } : new NumberAxis.DefaultFormatter(axis));
        axis.setAutoRanging(!log);
    }

    /** Sets a log axis's range to whole decades around [lo, hi] (heights, i.e. exponents), a tick every decade or few. */
    public static void range(NumberAxis axis, double lo, double hi) {
        int a = (int) Math.floor(lo), b = (int) Math.ceil(hi);
        if (b <= a) b = a + 1;
        int step = Math.max(1, (int) Math.ceil((b - a) / 8.0));
        axis.setLowerBound(Math.floorDiv(a, step) * step);
        axis.setUpperBound(-Math.floorDiv(-b, step) * step);
        axis.setTickUnit(step);
    }

    /** 10 to the power of a whole {@code k}: 10⁻⁵, 10⁰ (other heights as 10^x.x). */
    static String power(double k) {
        if (Math.abs(k - Math.rint(k)) > 1e-9) return String.format(java.util.Locale.ROOT, "10^%.1f", k);
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        long n = Math.round(k);
        StringBuilder s = new StringBuilder("10");
        if (n < 0) s.append('⁻');
        for (char c : Long.toString(Math.abs(n)).toCharArray()) s.append(sup.charAt(c - '0'));
        return s.toString();
    }
}
