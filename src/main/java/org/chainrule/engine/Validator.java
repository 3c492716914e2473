package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;

/**
 * Finds every reason a graph cannot be evaluated, each naming the nodes involved, and (after an
 * evaluation) every number that is not finite, named at the node where it starts.
 */
public final class Validator {
    private Validator() {}

    public static List<Diagnostic> validate(Graph g) {
        return validate(g, EvaluationOrder.of(g));
    }

    /** Validation when the evaluation order is already known (null: the delay-0 edges have a cycle). */
    static List<Diagnostic> validate(Graph g, List<Node> order) {
        List<Diagnostic> out = new ArrayList<>();
        if (g.nodeCount() == 0) {
            out.add(new Diagnostic(Rules.empty(), List.of()));
            return out;
        }
        int t = g.timesteps();
        for (Node n : g.nodes()) {
            Op op = n.op();
            add(out, n, op == Op.FUNCTION ? Rules.call(n.function(), g.function(n.function()), n.functionOutput(), g.incoming(n).size())
                    : Rules.arity(op, g.incoming(n).size()));
            checkArgs(g, n, out);
            add(out, n, Rules.sourceValue(op, n.hasValue(), listed(n), t));
        }
        Node output = g.output();
        if (output == null) {
            if (g.outputId() != null) {
                out.add(new Diagnostic(Rules.outputNotANode(g.outputId()), List.of()));
            } else {
                List<String> sinks = g.sinks().stream().map(Node::id).collect(Collectors.toList());
                out.add(new Diagnostic(Rules.sinks(sinks.size(), sinks), sinks));
            }
        }
        List<Node> cycle = order != null ? List.of() : EvaluationOrder.instantCycle(g);
        if (!cycle.isEmpty()) {
            List<String> ids = cycle.stream().map(Node::id).collect(Collectors.toList());
            out.add(new Diagnostic(Rules.cycle(ids), ids));
        }
        if (out.isEmpty() && g.hasTensors()) out.addAll(TensorShapes.of(g, order).problems);
        return out;
    }

    /** How many values a source lists (one per step), or −1 for a single one. */
    private static int listed(Node n) {
        if (!n.hasValue() || !n.valueIsList()) return -1;
        return n.tensors() != null ? n.tensors().size() : n.values().size();
    }

    /** Problems about numbers listed one by one; beyond this many, one line counts the rest. */
    static final int MAX_NUMBER_PROBLEMS = 10;

    /**
     * The numbers of an evaluated graph that are not finite (∞ or NaN: a division by zero, the log of
     * 0, an overflow), each named at the node where it starts: a node whose value is not finite although
     * its arguments are, at the first step it happens; and, when every value is finite, a node whose
     * gradient is not finite although its consumers' are. Empty when every number is finite.
     */
    public static List<Diagnostic> numbers(Evaluation ev) {
        return numbers(ev, true);
    }

    /** The values of an evaluated graph that are not finite, named where they start (no gradients). */
    public static List<Diagnostic> values(Evaluation ev) {
        return numbers(ev, false);
    }

    private static List<Diagnostic> numbers(Evaluation ev, boolean grads) {
        List<Diagnostic> out = new ArrayList<>();
        int[] count = {0};
        CompiledGraph c = ev.compiled();
        boolean[] reported = new boolean[c.n];
        for (int t = 1; t <= c.timesteps; t++) {
            for (int i : c.order) {
                double v = ev.valueAt(i, t);
                if (Double.isFinite(v) || reported[i] || !argumentsFinite(ev, i, t)) continue;
                reported[i] = true;
                add(out, count, c, i, "value is " + Numbers.human(v) + at(c, t) + cause(ev, i, t));
            }
        }
        if (count[0] == 0 && grads) gradientOrigins(ev, out, count);
        int more = count[0] - out.size();
        if (more > 0) out.add(new Diagnostic("… and " + more + " more node" + (more == 1 ? "" : "s") + " with numbers that are not finite", List.of()));
        return out;
    }

    private static void gradientOrigins(Evaluation ev, List<Diagnostic> out, int[] count) {
        CompiledGraph c = ev.compiled();
        int T = c.timesteps;
        // a gradient that is not finite either comes from a consumer's (passed on) or starts at this node
        boolean[] passedOn = new boolean[c.n * T];
        for (int t = 1; t <= T; t++) {
            for (int i = 0; i < c.n; i++) {
                if (Double.isFinite(ev.gradAt(i, t))) continue;
                for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) {
                    int tt = t - c.argDelay[j];
                    if (tt >= 1) passedOn[(tt - 1) * c.n + c.argSource[j]] = true;
                }
            }
        }
        boolean[] reported = new boolean[c.n];
        String of = ev.outputId();
        for (int t = T; t >= 1; t--) {
            for (int i = 0; i < c.n; i++) {
                double g = ev.gradAt(i, t);
                if (Double.isFinite(g) || reported[i] || passedOn[(t - 1) * c.n + i]) continue;
                reported[i] = true;
                add(out, count, c, i, "gradient ∂" + of + "/∂" + c.id(i) + " is " + Numbers.human(g) + at(c, t));
            }
        }
    }

    private static boolean argumentsFinite(Evaluation ev, int i, int t) {
        CompiledGraph c = ev.compiled();
        for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) {
            if (!Double.isFinite(Passes.argValue(c, ev.rawValues(), j, t))) return false;
        }
        return true;
    }

    /** What the node computed, when it is an op of its arguments: {@code (1 / 0)}. */
    private static String cause(Evaluation ev, int i, int t) {
        CompiledGraph c = ev.compiled();
        if (c.op[i].isSource() || c.op[i] == Op.NEURON) return "";
        String[] args = new String[c.argCount(i)];
        for (int a = 0; a < args.length; a++) args[a] = Numbers.human(Passes.argValue(c, ev.rawValues(), c.argStart[i] + a, t));
        return " (" + c.format(i, args) + ")";
    }

    private static String at(CompiledGraph c, int t) {
        return c.timesteps > 1 ? " at t = " + t : "";
    }

    private static void add(List<Diagnostic> out, int[] count, CompiledGraph c, int i, String what) {
        if (count[0]++ < MAX_NUMBER_PROBLEMS) out.add(new Diagnostic(Rules.atNode(c.id(i), what), List.of(c.id(i))));
    }

    /** Throws a {@link GraphException} listing every problem, if there is any. */
    public static void require(Graph g) {
        List<Diagnostic> ds = validate(g);
        if (!ds.isEmpty()) throw new GraphException(ds);
    }

    private static void checkArgs(Graph g, Node n, List<Diagnostic> out) {
        int k = g.incoming(n).size();
        boolean[] seen = new boolean[k];
        for (Edge e : g.incoming(n)) {
            Integer a = e.arg();
            if (a == null) continue;
            add(out, n, Rules.arg(g.source(e).id(), n.id(), a, k, a < k && seen[a]));
            if (a < k) seen[a] = true;
        }
    }

    private static void add(List<Diagnostic> out, Node n, String problem) {
        if (problem != null) out.add(new Diagnostic(Rules.atNode(n.id(), problem), List.of(n.id())));
    }
}
