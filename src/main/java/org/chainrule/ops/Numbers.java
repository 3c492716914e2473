package org.chainrule.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written for people: 4 significant digits and no trailing zeros (2.002, 0.001,
 * −16, 0.7311, 1.235e+06), with more digits where 4 would lie. A number that is not a whole number
 * never reads as one: 1.0002 stays 1.0002, not 1, 0.99999 stays 0.99999, and 1000000.5 is not
 * 1e+06. Whole numbers below a million are written out in full (123456, not 123500). To keep several different numbers apart in
 * one text (1.0021 and 1.0024 both round to 1.002), see {@link DistinctNumbers}.
 * The machine-readable form is {@link #exact}.
 */
public final class Numbers {
    /** Significant digits of an ordinary number. */
    public static final int DIGITS = 4;
    /** Enough significant digits to tell every two doubles apart. */
    static final int MAX_DIGITS = 17;
    /** From here on, and below {@link #SMALL}, numbers are written in powers of ten: 1.235e+06, 1e-05. */
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SMALL = new BigDecimal("0.0001");

    private Numbers() {}

    /** Rounded for people: 4 significant digits, more where 4 would make a fraction look whole. */
    public static String human(double v) {
        return human(v, DIGITS);
    }

    /** Rounded to at least {@code digits} significant digits, more where fewer would make a fraction look whole. */
    public static String human(double v, int digits) {
        return write(v, minimumDigits(v, digits));
    }

    /**
     * The fewest significant digits, from {@code digits} on, at which v is written honestly: a fraction
     * does not look whole, and a whole number below a million is written out in full.
     */
    static int minimumDigits(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) return digits;
        BigDecimal exact = new BigDecimal(v);
        // the digits before the point, so that 123456 is not written 123500
        int whole = exact.precision() - exact.scale();
        int d = Math.max(digits, Math.abs(v) < 1e6 ? whole : digits);
        boolean fraction = v != Math.rint(v);
        while (d < MAX_DIGITS && fraction && looksWhole(round(exact, d))) d++;
        return Math.min(d, MAX_DIGITS);
    }

    /**
     * Whether the rounded number reads as a whole number: written out (1, 16, 123456), or in powers of
     * ten with a one-digit mantissa (1e+06). 7.746e+06 reads as rounded and may stand for a fraction.
     */
    private static boolean looksWhole(BigDecimal rounded) {
        if (rounded.scale() > 0) return false;
        return rounded.abs().compareTo(MILLION) < 0 || rounded.precision() == 1;
    }

    /** v rounded to exactly {@code digits} significant digits, written for people. */
    static String write(double v, int digits) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == 0) return "0";
        BigDecimal b = round(new BigDecimal(v), digits);
        BigDecimal abs = b.abs();
        String s;
        if (abs.compareTo(MILLION) >= 0 || abs.compareTo(SMALL) < 0) {
            int exponent = b.precision() - b.scale() - 1;
            String mantissa = b.movePointLeft(exponent).toPlainString();
            s = mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        } else {
            s = b.toPlainString();
        }
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    private static BigDecimal round(BigDecimal exact, int digits) {
        return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /**
     * An estimate, said to be one: {@code ≈ 2} for a finite difference of 1.99999999999. Rounded to 4
     * significant digits (whole numbers below a million in full) without the digits that keep a
     * fraction from looking whole: the sign says it is rounded.
     */
    public static String approximately(double v) {
        if (!Double.isFinite(v) || v == 0) return "≈ " + human(v);
        BigDecimal exact = new BigDecimal(v);
        int whole = exact.precision() - exact.scale();
        return "≈ " + write(v, Math.max(DIGITS, Math.abs(v) < 1e6 ? Math.min(whole, MAX_DIGITS) : DIGITS));
    }

    /** Exactly as Java's {@code Double.toString}: the machine-readable form. */
    public static String exact(double v) {
        return Double.toString(v);
    }
}
