package org.chainrule.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Op;

/**
 * Variants of an exam graph: the same nodes and edges with new small integers for its inputs, params,
 * biases and weights, kept only when every value and gradient is nice ({@link #nice}). Drawn from a
 * {@link SplittableRandom} with the seed, in the graph's key order, so the same seed gives the same
 * variants. A number is drawn from its {@link Range}, never 0 where the original was not 0; a draw that
 * repeats the original's numbers or an earlier variant's is drawn again.
 */
public final class Variants {
    /** The integers lo..hi a number may take. */
    public record Range(int lo, int hi) {
        public static final Range DEFAULT = new Range(-3, 3);

        public Range {
            if (lo > hi) throw new IllegalArgumentException("empty range " + lo + ".." + hi);
        }
    }

    /** The most draws tried for one variant before giving up. */
    public static final int ATTEMPTS = 5000;
    /** The largest magnitude a nice number may have. */
    public static final double LIMIT = 1000;

    private Variants() {}

    /**
     * The keys that vary by default: the values of inputs and params, neuron biases and the weights of
     * edges into neurons (consts and inits stay).
     */
    public static boolean variesByDefault(Quantity q) {
        return switch (q.kind()) {
            case VALUE -> q.node().op() == Op.INPUT || q.node().op() == Op.PARAM;
            case BIAS, WEIGHT -> true;
            case INIT -> false;
        };
    }

    /**
     * Up to {@code count} variants, each a copy of {@code g} with new numbers for the keys of {@code ranges}
     * (key → range); fewer when {@link #ATTEMPTS} draws in a row found no new nice one.
     */
    public static List<Graph> draw(Graph g, Map<String, Range> ranges, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<List<Double>> seen = new HashSet<>();
        seen.add(numbers(g, ranges));
        List<Graph> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Graph found = null;
            for (int attempt = 0; attempt < ATTEMPTS && found == null; attempt++) {
                Graph v = g.copy();
                for (Quantity q : Quantity.all(v)) {
                    Range r = ranges.get(q.key());
                    if (r != null) set(q, r, random);
                }
                List<Double> drawn = numbers(v, ranges);
                if (seen.contains(drawn) || !nice(Engine.evaluate(v))) continue;
                seen.add(drawn);
                found = v;
            }
            if (found == null) break;
            label(found, k + 1, count);
            out.add(found);
        }
        return out;
    }

    /** The variant's name and question say which it is; its numbers are the graph's, not the text's. */
    private static void label(Graph v, int k, int count) {
        String which = "variant " + k + " of " + count;
        v.setName(v.name() == null ? "Variant " + k + " of " + count : v.name() + " (" + which + ")");
        String note = "Variant " + k + " of " + count + " (new numbers: use those given with the graph, not any the text states).";
        v.setDescription(v.description() == null ? note : note + " " + v.description());
    }

    private static void set(Quantity q, Range r, SplittableRandom random) {
        Node n = q.node();
        if (q.kind() == Quantity.Kind.VALUE && n.valueIsList() && n.values().size() > 1) {
            List<Double> vs = new ArrayList<>();
            for (double old : n.values()) vs.add(integer(r, old != 0, random));
            n.setValues(vs);
        } else {
            q.set(integer(r, q.get() != 0, random));
        }
    }

    /** An integer of the range, not 0 when asked and the range has another. */
    private static double integer(Range r, boolean nonZero, SplittableRandom random) {
        boolean skipZero = nonZero && r.lo() <= 0 && r.hi() >= 0 && r.hi() > r.lo();
        int size = r.hi() - r.lo() + 1 - (skipZero ? 1 : 0);
        int v = r.lo() + random.nextInt(size);
        if (skipZero && v >= 0) v++;
        return v;
    }

    /** The numbers of the varying keys, in key order (lists whole), to tell draws apart. */
    private static List<Double> numbers(Graph g, Map<String, Range> ranges) {
        List<Double> out = new ArrayList<>();
        for (Quantity q : Quantity.all(g)) {
            if (!ranges.containsKey(q.key())) continue;
            if (q.kind() == Quantity.Kind.VALUE && q.node().values() != null) out.addAll(q.node().values());
            else out.add(q.get());
        }
        return out;
    }

    /**
     * Whether every value (at every time step) and every gradient (of every node at every step, and of
     * every key) is finite, at most {@link #LIMIT} in magnitude and has at most two decimals.
     */
    public static boolean nice(Evaluation ev) {
        Map<String, List<Double>> all = new LinkedHashMap<>(ev.valueSeries());
        ev.gradSeries().forEach((id, s) -> all.put("d " + id, s));
        for (List<Double> s : all.values()) for (double x : s) if (!nice(x)) return false;
        for (double x : ev.grads().values()) if (!nice(x)) return false;
        return true;
    }

    /** Finite, at most {@link #LIMIT} in magnitude, at most two decimals. */
    public static boolean nice(double x) {
        if (!Double.isFinite(x) || Math.abs(x) > LIMIT) return false;
        double cents = x * 100;
        return Math.abs(cents - Math.rint(cents)) <= 1e-9 * Math.max(1, Math.abs(cents));
    }
}
