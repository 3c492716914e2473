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
            out.add(new Diagnostic("the graph is empty", List.of()));
            return out;
        }
        int t = g.timesteps();
        for (Node n : g.nodes()) {
            Op op = n.op();
            int k = g.incoming(n).size();
            if (!op.acceptsArity(k)) {
                String takes = op.isSource() ? "takes no inputs" : "takes " + op.arityText() + " input" + (op.maxArity() == 1 ? "" : "s");
                out.add(at(n, op.id() + " " + takes + ", has " + k));
            }
            checkArgs(g, n, out);
            if (op.isSource()) {
                if (!n.hasValue()) out.add(at(n, op.id() + " has no value"));
                else if (n.valueIsList() && n.values().size() != t && n.values().size() != 1) {
                    out.add(at(n, "value lists " + n.values().size() + " numbers but the graph runs " + t + " time step" + (t == 1 ? "" : "s")));
                }
            }
        }
        Node output = g.output();
        if (output == null) {
            if (g.outputId() != null) {
                out.add(new Diagnostic("the output '" + g.outputId() + "' is not a node", List.of()));
            } else {
                List<Node> sinks = g.sinks();
                String names = sinks.stream().map(Node::id).collect(Collectors.joining(", "));
                out.add(new Diagnostic(sinks.isEmpty()
                        ? "the graph has no sink: say which node is the output"
                        : "the graph has " + sinks.size() + " sinks (" + names + "): say which is the output",
                        sinks.stream().map(Node::id).collect(Collectors.toList())));
            }
        }
        List<Node> cycle = order != null ? List.of() : EvaluationOrder.instantCycle(g);
        if (!cycle.isEmpty()) {
            List<String> ids = cycle.stream().map(Node::id).collect(Collectors.toList());
            String path = String.join(" -> ", ids) + " -> " + ids.get(0);
            out.add(new Diagnostic("cycle without a delay: " + path + " (give one of its edges \"delay\": 1)", ids));
        }
        return out;
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
        String of = c.ids[c.output];
        for (int t = T; t >= 1; t--) {
            for (int i = 0; i < c.n; i++) {
                double g = ev.gradAt(i, t);
                if (Double.isFinite(g) || reported[i] || passedOn[(t - 1) * c.n + i]) continue;
                reported[i] = true;
                add(out, count, c, i, "gradient ∂" + of + "/∂" + c.ids[i] + " is " + Numbers.human(g) + at(c, t));
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
        return " (" + c.op[i].format(args, c.param[i]) + ")";
    }

    private static String at(CompiledGraph c, int t) {
        return c.timesteps > 1 ? " at t = " + t : "";
    }

    private static void add(List<Diagnostic> out, int[] count, CompiledGraph c, int i, String what) {
        if (count[0]++ < MAX_NUMBER_PROBLEMS) out.add(new Diagnostic("node '" + c.ids[i] + "': " + what, List.of(c.ids[i])));
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
            String edge = g.source(e).id() + "->" + n.id();
            if (a >= k) out.add(at(n, "edge " + edge + " has arg " + a + " but the node has only " + k + " input" + (k == 1 ? "" : "s")));
            else if (seen[a]) out.add(at(n, "two edges give arg " + a));
            else seen[a] = true;
        }
    }

    private static Diagnostic at(Node n, String what) {
        return new Diagnostic("node '" + n.id() + "': " + what, List.of(n.id()));
    }
}
