package org.chainrule.engine;

import java.util.List;
import org.chainrule.ops.DistinctNumbers;
import org.chainrule.ops.Numbers;

/**
 * How the explanations write their chains of equalities and their numbers: {@code lhs = symbols = numbers
 * = result} without a part that repeats the one before, a sum of products with every negative number
 * after the first bracketed, and the numbers of one text kept apart ({@link DistinctNumbers}).
 */
final class ChainText {
    private ChainText() {}

    /** {@code lhs = symbolic = numbers = result}, leaving out a part that only repeats the one before. */
    static String chain(String lhs, String symbolic, String numbers, double result) {
        return lhs + " = " + chainRight(symbolic, numbers, result);
    }

    static String chainRight(String symbolic, String numbers, double result) {
        StringBuilder s = new StringBuilder(symbolic);
        String last = symbolic;
        for (String part : new String[] {numbers, num(result)}) {
            if (part.isEmpty() || part.equals(last)) continue;
            s.append(" = ").append(part);
            last = part;
        }
        return s.toString();
    }

    /** A sum of products of numbers, {@code −1 · 3 + 0 · (−1)}: a negative number is bracketed unless it leads. */
    static String numbers(List<double[]> terms) {
        StringBuilder s = new StringBuilder();
        for (double[] factors : terms) {
            if (s.length() > 0) s.append(" + ");
            for (int f = 0; f < factors.length; f++) {
                if (f > 0) s.append(" · ");
                s.append(s.length() == 0 ? num(factors[f]) : signed(factors[f]));
            }
        }
        return s.toString();
    }

    /** Contributions added up, {@code −11 + (−9)}. */
    static String sum(List<Double> parts) {
        StringBuilder s = new StringBuilder();
        for (double p : parts) s.append(s.length() == 0 ? num(p) : " + " + signed(p));
        return s.toString();
    }

    private static String signed(double v) {
        String n = num(v);
        return n.startsWith("−") || n.startsWith("-") ? "(" + n + ")" : n;
    }

    /** The formatter of the text being written, which keeps its different numbers apart (else none). */
    private static final ThreadLocal<DistinctNumbers> NUMBERS = new ThreadLocal<>();

    /**
     * The text {@code text} writes, its numbers rounded for people but never two different numbers of
     * the one text alike ({@link DistinctNumbers}); {@code text} is run twice and must be pure.
     */
    static String distinct(java.util.function.Supplier<String> text) {
        return DistinctNumbers.text(f -> {
            DistinctNumbers outer = NUMBERS.get();
            NUMBERS.set(f);
            try {
                return text.get();
            } finally {
                NUMBERS.set(outer);
            }
        });
    }

    static String num(double v) {
        DistinctNumbers f = NUMBERS.get();
        return f == null ? Numbers.human(v) : f.human(v);
    }
}
