package org.chainrule.engine;

import java.util.Locale;

/**
 * Marks a number a student typed against the engine's number. An answer is right when
 * |typed − expected| ≤ max(relative·|expected|, absolute): the defaults accept an answer rounded to three
 * significant digits (0.462 for 0.46211…) and treat anything below 10⁻⁶ as zero. {@link #EXAM} is the
 * looser rule of written exams (0.5 % or 0.01, whichever is larger), which {@link Marking} uses.
 *
 * <p>Accepted spellings: {@code -16}, {@code −16} (Unicode minus), {@code 1.5e-3}, {@code 0,5} (decimal
 * comma), fractions {@code 3/4}, {@code -1/3}.
 */
public final class AnswerCheck {
    /** How an answer was marked. */
    public enum Mark { RIGHT, WRONG, UNREADABLE }

    /** The mark, the number read (NaN when unreadable) and the expected number. */
    public record Result(Mark mark, double typed, double expected) {
        public boolean right() { return mark == Mark.RIGHT; }
    }

    public static final double DEFAULT_RELATIVE = 5e-3;
    public static final double DEFAULT_ABSOLUTE = 1e-6;

    /** The tolerance of a marked exam: 0.5 % of the expected number or 0.01, whichever is larger. */
    public static final AnswerCheck EXAM = new AnswerCheck(5e-3, 0.01);

    private final double relative;
    private final double absolute;

    public AnswerCheck() {
        this(DEFAULT_RELATIVE, DEFAULT_ABSOLUTE);
    }

    public AnswerCheck(double relative, double absolute) {
        if (relative < 0 || absolute < 0) throw new IllegalArgumentException("tolerances must not be negative");
        this.relative = relative;
        this.absolute = absolute;
    }

    public double relative() { return relative; }

    public double absolute() { return absolute; }

    /** Marks {@code typed} against {@code expected}. */
    public Result check(String typed, double expected) {
        double v = parse(typed);
        if (Double.isNaN(v)) return new Result(Mark.UNREADABLE, v, expected);
        return new Result(close(v, expected) ? Mark.RIGHT : Mark.WRONG, v, expected);
    }

    /**
     * Marks a typed vector or matrix against {@code expected}'s elements in row-major order: every number
     * must agree within the tolerance, and there must be as many as expected. The numbers may be written
     * as the canvas shows them ({@code [[1, 2], [3, 4]]}) or plainly ({@code 1 2 3 4}); in a list the comma
     * separates numbers, so decimals take a point. The result's {@code typed} is the first number typed.
     */
    public Result checkAll(String typed, double[] expected) {
        if (expected.length == 1) return check(typed, expected[0]);
        double[] v = parseList(typed);
        if (v == null || v.length != expected.length) return new Result(Mark.UNREADABLE, Double.NaN, expected[0]);
        boolean right = true;
        for (int k = 0; k < v.length; k++) right &= close(v[k], expected[k]);
        return new Result(right ? Mark.RIGHT : Mark.WRONG, v[0], expected[0]);
    }

    /** The numbers of a typed list ({@code [9, −2, 5]}, {@code 9 -2 5}, {@code [[1, 2]; [3, 4]]}), or null if one is not a number. */
    public static double[] parseList(String typed) {
        if (typed == null) return null;
        String[] parts = typed.replace('−', '-').strip().split("[\\[\\]();,\\s]+");
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) continue;
            double d = parse(part);
            if (Double.isNaN(d)) return null;
            out.add(d);
        }
        if (out.isEmpty()) return null;
        double[] a = new double[out.size()];
        for (int k = 0; k < a.length; k++) a[k] = out.get(k);
        return a;
    }

    /** Whether two numbers agree within the tolerance (relative to {@code expected}). */
    public boolean close(double v, double expected) {
        if (Double.isNaN(expected)) return Double.isNaN(v);
        if (Double.isInfinite(expected)) return v == expected;
        return Math.abs(v - expected) <= Math.max(absolute, relative * Math.abs(expected));
    }

    /** The number typed, or NaN when it is not one. */
    public static double parse(String typed) {
        if (typed == null) return Double.NaN;
        String s = typed.strip().replace('−', '-').replace(" ", "");
        if (s.isEmpty()) return Double.NaN;
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) s = s.replace(',', '.');
        int slash = s.indexOf('/');
        try {
            if (slash > 0) {
                double num = Double.parseDouble(plain(s.substring(0, slash)));
                double den = Double.parseDouble(plain(s.substring(slash + 1)));
                return den == 0 ? Double.NaN : num / den;
            }
            return Double.parseDouble(plain(s));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Rejects what Double.parseDouble would accept but a person would not type (hex, "NaN", "1d"). */
    private static String plain(String s) {
        if (!s.toLowerCase(Locale.ROOT).matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            throw new NumberFormatException(s);
        }
        return s;
    }
}
