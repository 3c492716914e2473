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
    static String chain(String lhs, String symbolic, String numbers, double result, StepQuantity of) {
        return lhs + " = " + chainRight(symbolic, numbers, result, of);
    }

    /**
     * {@code symbolic = numbers = result}, the result marked as the quantity {@code of} (null: unmarked);
     * a part that reads as the one before is left out, and the one kept then stands for both.
     */
    static String chainRight(String symbolic, String numbers, double result, StepQuantity of) {
        List<String> parts = new java.util.ArrayList<>(List.of(symbolic));
        String res = TaggedText.mark(of, num(result));
        for (String part : new String[] {numbers, res}) {
            String last = parts.get(parts.size() - 1);
            if (part.isEmpty()) continue;
            if (TaggedText.strip(part).equals(TaggedText.strip(last))) {
                if (part == res && parts.size() > 1) parts.set(parts.size() - 1, TaggedText.merge(last, of));
                continue;
            }
            parts.add(part);
        }
        return String.join(" = ", parts);
    }

    /**
     * A sum of products of numbers, {@code −1 · 3 + 0 · (−1)}: a negative number is bracketed unless it
     * leads; {@code of} gives each factor's quantity (null, or a null entry: a given number).
     */
    static String numbers(List<double[]> terms, List<StepQuantity[]> of) {
        StringBuilder s = new StringBuilder();
        for (int t = 0; t < terms.size(); t++) {
            double[] factors = terms.get(t);
            if (s.length() > 0) s.append(" + ");
            for (int f = 0; f < factors.length; f++) {
                if (f > 0) s.append(" · ");
                String n = TaggedText.mark(of == null ? null : of.get(t)[f], num(factors[f]));
                s.append(s.length() == 0 ? n : signed(n));
            }
        }
        return s.toString();
    }

    /** Contributions added up, {@code −11 + (−9)}, each marked as the quantity {@code of}. */
    static String sum(List<Double> parts, StepQuantity of) {
        StringBuilder s = new StringBuilder();
        for (double p : parts) {
            String n = TaggedText.mark(of, num(p));
            s.append(s.length() == 0 ? n : " + " + signed(n));
        }
        return s.toString();
    }

    private static String signed(String n) {
        String plain = TaggedText.strip(n);
        return plain.startsWith("−") || plain.startsWith("-") ? "(" + n + ")" : n;
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

    /** A number marked as the quantity {@code q} ({@link TaggedText}). */
    static String num(double v, StepQuantity q) {
        return TaggedText.mark(q, num(v));
    }

    static String num(double v) {
        DistinctNumbers f = NUMBERS.get();
        return f == null ? Numbers.human(v) : f.human(v);
    }
}
