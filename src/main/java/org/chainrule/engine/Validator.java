package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/** Finds every reason a graph cannot be evaluated, each naming the nodes involved. */
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
