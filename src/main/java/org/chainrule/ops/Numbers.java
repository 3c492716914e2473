package org.chainrule.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are written for people: up to 4 significant digits, no trailing zeros. */
public final class Numbers {
    private Numbers() {}

    /** Rounded to 4 significant digits for people: 2.002, 0.001, −16, 1.235e+06. */
    public static String human(double v) {
        return human(v, 4);
    }

    public static String human(double v, int digits) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == 0) return "0";
        BigDecimal b = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double abs = Math.abs(b.doubleValue());
        String s;
        if (abs >= 1e6 || abs < 1e-4) {
            s = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", b.doubleValue());
            // 1.200e+06 -> 1.2e+06
            s = s.replaceAll("\\.?0+e", "e");
        } else {
            s = b.toPlainString();
        }
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** Exactly as Java's {@code Double.toString}: the machine-readable form. */
    public static String exact(double v) {
        return Double.toString(v);
    }
}
