package org.chainrule.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Neuron;
import org.chainrule.ops.Op;

/**
 * Marks a student's values and gradients of a graph with follow-through, as exam markers give credit.
 * An answer is {@link Verdict#RIGHT} when it agrees with the engine's number ({@link AnswerCheck});
 * {@link Verdict#CARRIED} when it is wrong but agrees with what follows from the student's own earlier
 * answers, at least one of which was not right; {@link Verdict#WRONG} otherwise.
 *
 * <p>What "follows" means: a node's value recomputed from the student's values of its arguments (the
 * engine's where the student gave none; the numbers of the file for inputs, weights and biases); the
 * gradient at a node, Σ over its consumers c of the student's dout/dc times ∂c/∂node at the student's
 * values; a neuron's bias gradient dout/dc·act′(z) and a weight's dout/dc·act′(z)·input, z from the
 * student's values. The op's value and partials come from {@link Op} and {@link Neuron}, as in the
 * passes. On a graph with delays (several time steps) answers are marked right or wrong only.
 */
public final class Marking {
    /** Whether an answer is a node's value or a gradient (of a node or a key). */
    public enum Kind {
        VALUE, GRAD;

        /** "value" or "grad", as the answers file and the JSON report name it. */
        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** How an answer was marked. */
    public enum Verdict {
        RIGHT, WRONG, CARRIED;

        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** One answer named by its kind and id (node id for a value; a key of docs/file-format.md for a gradient). */
    public record Ref(Kind kind, String id) {}

    /**
     * One marked answer: what the student wrote, the engine's number, the verdict, and for a carried answer
     * the student's earlier answers (not right) it was recomputed from.
     */
    public record Item(Ref ref, double answer, double expected, Verdict verdict, List<Ref> from) {
        public Item {
            from = List.copyOf(from);
        }

        public String id() { return ref.id(); }

        public Kind kind() { return ref.kind(); }
    }

    /** The marked answers in the order of the passes (values forward, gradients backward). */
    public record Result(List<Item> items) {
        public Result {
            items = List.copyOf(items);
        }

        /** Right and carried answers: follow-through gives the credit of a right one. */
        public int score() {
            return (int) items.stream().filter(i -> i.verdict() != Verdict.WRONG).count();
        }

        public int max() { return items.size(); }

        /** The first wrong answer in the order of the passes, or null. */
        public Item firstError() {
            return items.stream().filter(i -> i.verdict() == Verdict.WRONG).findFirst().orElse(null);
        }

        /** The item for an answer, or null. */
        public Item item(Ref ref) {
            return items.stream().filter(i -> i.ref().equals(ref)).findFirst().orElse(null);
        }

        /** The carried answers that follow from {@code error}, directly or through other carried ones. */
        public List<Item> following(Item error) {
            Set<Ref> reach = new LinkedHashSet<>();
            reach.add(error.ref());
            List<Item> out = new ArrayList<>();
            for (Item i : items) {
                if (i.verdict() == Verdict.CARRIED && i.from().stream().anyMatch(reach::contains)) {
                    reach.add(i.ref());
                    out.add(i);
                }
            }
            return out;
        }
    }

    private final Evaluation ev;
    private final Graph g;
    private final AnswerCheck check;
    private final Map<String, Double> values;
    private final Map<String, Double> grads;
    private final Map<Ref, Verdict> verdicts = new LinkedHashMap<>();
    private final Set<Ref> used = new LinkedHashSet<>();

    private Marking(Evaluation ev, Map<String, Double> values, Map<String, Double> grads, AnswerCheck check) {
        this.ev = ev;
        this.g = ev.graph();
        this.values = values;
        this.grads = normalized(grads);
        this.check = check;
    }

    /**
     * The answers no node or key of the graph has, each as {@code values.ID} or {@code grads.KEY}; empty
     * when every answer names something.
     */
    public static List<String> unknown(Evaluation ev, Map<String, Double> values, Map<String, Double> grads) {
        List<String> out = new ArrayList<>();
        Graph g = ev.graph();
        for (String id : values.keySet()) if (g.node(id) == null) out.add("values." + id);
        Map<String, Double> all = ev.grads();
        for (String key : grads.keySet()) if (!all.containsKey(canonical(key))) out.add("grads." + key);
        return out;
    }

    /**
     * Marks the answers ({@code values}: node id → number; {@code grads}: key → number) against the
     * evaluation of a graph. Every id must be known ({@link #unknown}).
     *
     * @throws IllegalArgumentException for an answer naming no node or key
     */
    public static Result mark(Evaluation ev, Map<String, Double> values, Map<String, Double> grads, AnswerCheck check) {
        if (ev.graph() == null) throw new IllegalArgumentException("marking needs the graph");
        if (ev.hasTensors()) throw new IllegalArgumentException("answers are marked number by number: a graph with tensors is not marked");
        List<String> unknown = unknown(ev, values, grads);
        if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown: " + String.join(", ", unknown));
        return new Marking(ev, values, grads, check).run();
    }

    private Result run() {
        boolean follow = ev.timesteps() == 1 && !g.hasDelays();
        List<Item> items = new ArrayList<>();
        for (Node n : forwardOrder()) {
            Double a = values.get(n.id());
            if (a == null) continue;
            used.clear();
            double expected = ev.value(n);
            double redone = follow && !n.op().isSource() ? recomputed(n) : expected;
            items.add(item(new Ref(Kind.VALUE, n.id()), a, expected, redone));
        }
        for (String key : gradOrder()) {
            Double a = grads.get(key);
            if (a == null) continue;
            used.clear();
            double expected = ev.grad(key);
            double redone = follow ? grad(key) : expected;
            items.add(item(new Ref(Kind.GRAD, key), a, expected, redone));
        }
        return new Result(items);
    }

    private Item item(Ref ref, double answer, double expected, double redone) {
        List<Ref> from = new ArrayList<>();
        for (Ref u : used) if (verdicts.get(u) != Verdict.RIGHT) from.add(u);
        Verdict v = check.close(answer, expected) ? Verdict.RIGHT
                : !from.isEmpty() && check.close(answer, redone) ? Verdict.CARRIED : Verdict.WRONG;
        verdicts.put(ref, v);
        return new Item(ref, answer, expected, v, v == Verdict.CARRIED ? from : List.of());
    }

    /** Nodes in the order of the forward pass. */
    private List<Node> forwardOrder() {
        Set<Node> order = new LinkedHashSet<>();
        Trace t = ev.trace();
        for (int i = 0; i < t.forwardCount(); i++) if (t.get(i).node() != null) order.add(t.get(i).node());
        order.addAll(g.nodes());
        return new ArrayList<>(order);
    }

    /** Every gradient key in the order of the backward pass: a node, then its bias and its weights; the rest after. */
    private List<String> gradOrder() {
        Set<String> order = new LinkedHashSet<>();
        Trace t = ev.trace();
        Map<Node, List<String>> held = new LinkedHashMap<>();
        for (Quantity q : Quantity.all(g)) {
            if (q.kind() == Quantity.Kind.BIAS || q.kind() == Quantity.Kind.WEIGHT) held.computeIfAbsent(q.node(), k -> new ArrayList<>()).add(q.key());
        }
        for (int i = t.forwardCount(); i < t.size(); i++) {
            Node n = t.get(i).node();
            if (n == null) continue;
            order.add(n.id());
            order.addAll(held.getOrDefault(n, List.of()));
        }
        order.addAll(ev.grads().keySet());
        return new ArrayList<>(order);
    }

    // ---- recomputing from the student's own answers ----

    /** The student's value of a node when given (and noted as used), else the engine's. */
    private double valueOf(Node n) {
        Double a = values.get(n.id());
        if (a == null) return ev.value(n);
        used.add(new Ref(Kind.VALUE, n.id()));
        return a;
    }

    private double gradOf(Node n) {
        Double a = grads.get(n.id());
        if (a == null) return ev.grad(n);
        used.add(new Ref(Kind.GRAD, n.id()));
        return a;
    }

    /** The arguments' values as the student has them. */
    private double[] args(Node n) {
        List<Edge> in = g.arguments(n);
        double[] a = new double[in.size()];
        for (int j = 0; j < a.length; j++) a[j] = valueOf(g.source(in.get(j)));
        return a;
    }

    private static double[] weights(Graph g, Node n) {
        List<Edge> in = g.arguments(n);
        double[] w = new double[in.size()];
        for (int j = 0; j < w.length; j++) w[j] = in.get(j).weight();
        return w;
    }

    /** A computed node's value from the student's values of its arguments. */
    private double recomputed(Node n) {
        double[] a = args(n);
        if (n.op() == Op.NEURON) {
            double z = Neuron.preActivation(n.bias(), weights(g, n), 0, a, a.length);
            return Neuron.value(n.activation(), n.alpha(), z);
        }
        return n.op().apply(a, a.length, n.opParam());
    }

    /** act′(z) of a neuron at the student's values. */
    private double slope(Node c) {
        double[] a = args(c);
        double z = Neuron.preActivation(c.bias(), weights(g, c), 0, a, a.length);
        return Neuron.slope(c.activation(), c.alpha(), z, valueOf(c));
    }

    /** ∂c/∂(argument j) at the student's values. */
    private double partial(Node c, int j) {
        double[] a = args(c);
        if (c.op() == Op.NEURON) return slope(c) * weights(g, c)[j];
        double[] d = new double[a.length];
        c.op().partials(a, a.length, valueOf(c), c.opParam(), d);
        return d[j];
    }

    private double grad(String key) {
        Key k = Key.parse(key);
        if (k == null || k.kind() == Key.Kind.NODE) {
            Node n = g.node(key);
            if (n == null || n == ev.output()) return ev.grad(key);
            double s = 0;
            for (Edge e : g.outgoing(n)) {
                Node c = g.target(e);
                s += gradOf(c) * partial(c, g.arguments(c).indexOf(e));
            }
            return s;
        }
        if (k.kind() == Key.Kind.BIAS) {
            Node c = g.node(k.id());
            return gradOf(c) * Neuron.biasPartial(slope(c));
        }
        if (k.isWeight()) {
            Edge e = g.edge(k);
            Node c = g.target(e);
            return gradOf(c) * Neuron.weightPartial(slope(c), valueOf(g.source(e)));
        }
        return ev.grad(key);
    }

    /** The key as the evaluation writes it ({@code a->b#1} is {@code a->b}). */
    private static String canonical(String key) {
        Key k = Key.parse(key);
        return k == null ? key : k.toString();
    }

    private static Map<String, Double> normalized(Map<String, Double> grads) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, Double> en : grads.entrySet()) m.put(canonical(en.getKey()), en.getValue());
        return m;
    }
}
