package org.chainrule.ops;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers written for people within one text (a table, an explanation, a label) so that two different
 * numbers never read the same: each is written as {@link Numbers#human} writes it, and numbers that
 * would share a text get more digits, together, until they differ (1.0021 and 1.0024, not 1.002
 * twice). Numbers that are equal (0 and −0 included) are written the same.
 *
 * <p>Either give the numbers first ({@link #of}) or let {@link #text} build the text twice: once to
 * learn which numbers it holds, once to write them.
 */
public final class DistinctNumbers {
    /** The text of each number given (null while collecting). */
    private final Map<Double, String> texts;
    /** The numbers written so far, while collecting (else null). */
    private final List<Double> seen;

    private DistinctNumbers(Map<Double, String> texts, List<Double> seen) {
        this.texts = texts;
        this.seen = seen;
    }

    /** Writes every number of the collection, and any other as {@link Numbers#human} does. */
    public static DistinctNumbers of(Collection<Double> numbers) {
        Map<Double, Integer> digits = new HashMap<>();
        Map<Double, String> texts = new HashMap<>();
        Map<String, List<Double>> byText = new HashMap<>();
        ArrayDeque<String> shared = new ArrayDeque<>();
        for (Double v : numbers) {
            if (v == null || digits.containsKey(key(v))) continue;
            Double k = key(v);
            int d = Numbers.minimumDigits(k, Numbers.DIGITS);
            digits.put(k, d);
            place(byText, texts, shared, Numbers.write(k, d), k);
        }
        // numbers sharing a text get one more digit each, until no two share one
        while (!shared.isEmpty()) {
            String text = shared.poll();
            List<Double> same = byText.get(text);
            if (same.size() < 2) continue;
            List<Double> staying = new ArrayList<>();
            byText.put(text, staying);
            for (Double v : same) {
                int d = digits.get(v);
                if (d >= Numbers.MAX_DIGITS) {
                    staying.add(v);
                    continue;
                }
                digits.put(v, d + 1);
                place(byText, texts, shared, Numbers.write(v, d + 1), v);
            }
        }
        return new DistinctNumbers(texts, null);
    }

    private static void place(Map<String, List<Double>> byText, Map<Double, String> texts, ArrayDeque<String> shared,
                              String text, Double v) {
        texts.put(v, text);
        List<Double> same = byText.computeIfAbsent(text, t -> new ArrayList<>());
        same.add(v);
        if (same.size() == 2) shared.add(text);
    }

    /**
     * The text {@code body} writes, with its numbers kept apart: {@code body} is called twice, first to
     * collect the numbers it writes (what it writes then is thrown away), then with a formatter made
     * for exactly those. {@code body} must write the same numbers both times.
     */
    public static String text(Function<DistinctNumbers, String> body) {
        DistinctNumbers collecting = new DistinctNumbers(null, new ArrayList<>());
        body.apply(collecting);
        return body.apply(of(collecting.seen));
    }

    /** The number written for people, apart from the other numbers of this text. */
    public String human(double v) {
        if (seen != null) {
            seen.add(v);
            return Numbers.exact(v); // a placeholder: the first of text()'s two runs is not shown
        }
        String t = texts.get(key(v));
        return t != null ? t : Numbers.human(v);
    }

    /** −0 is 0, and every NaN is one. */
    private static Double key(double v) {
        return v == 0 ? 0.0 : Double.isNaN(v) ? Double.NaN : v;
    }
}
