package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;

/**
 * The chain rule written out as in an exam answer: ∂of/∂wrt as the sum over every path from wrt to of
 * of the product of the local partials along it, with common factors pulled out ({@link Factoring}).
 * The graph is unrolled in time when it has delayed edges ({@link PathFinder}). The number that goes
 * with the formula is the engine's reverse-mode gradient, with {@code of} made the output of a copy
 * when it is not the graph's output.
 */
public final class ChainRule {
    private ChainRule() {}

    /**
     * ∂of/∂wrt in {@code graph}. {@code wrt} is a node id, {@code ID.init}, or a neuron's own number:
     * the weight of an edge into it ({@code FROM->TO}, {@code FROM->TO#2}) or its bias ({@code ID.bias});
     * the paths of those end with the neuron's local derivative with respect to that number.
     *
     * @throws IllegalArgumentException with a one-line message when a node is missing or there are too
     *     many paths
     * @throws org.chainrule.engine.GraphException when the graph is invalid
     */
    public static Derivative derive(Graph original, String of, String wrt) {
        if (original.node(of) == null) throw new IllegalArgumentException("--of: no node '" + of + "' in the graph");
        // evaluated with of as the output; a copy when it is not, so the caller's graph is untouched
        Graph graph = original;
        if (original.output() != original.node(of)) {
            graph = original.copy();
            graph.setOutputId(of);
        }
        Node ofNode = graph.node(of);
        boolean init = wrt.endsWith(".init") && graph.node(wrt) == null;
        Quantity leaf = graph.node(wrt) == null && (wrt.contains("->") || wrt.endsWith(".bias")) ? Quantity.find(graph, wrt) : null;
        String wrtId = init ? wrt.substring(0, wrt.length() - ".init".length()) : leaf != null ? leaf.node().id() : wrt;
        Node wrtNode = graph.node(wrtId);
        if (wrtNode == null) {
            throw new IllegalArgumentException("--wrt: no node '" + wrtId + "' in the graph"
                    + (wrt.contains("->") || wrt.endsWith(".bias") ? " (nor a weight or bias of a neuron)" : ""));
        }
        // evaluating first also validates: the path search relies on the delay-0 edges forming a DAG
        Evaluation ev = Engine.evaluate(graph);
        List<List<TimeNode>> paths = PathFinder.paths(graph, ofNode, wrtNode, init);
        if (leaf != null) paths = withLeaf(paths, leaf.key());
        Term factored = Factoring.factor(paths);
        LocalPartials local = new LocalPartials(graph, ev);
        Map<Term.Partial, Double> factors = new HashMap<>();
        for (List<TimeNode> p : paths) {
            for (int i = p.size() - 1; i > 0; i--) {
                Term.Partial f = new Term.Partial(p.get(i), p.get(i - 1));
                if (!factors.containsKey(f)) factors.put(f, local.of(f));
            }
        }
        return new Derivative(of, wrt, hasDelays(graph) || init, paths, factored, ev.grad(wrt), factors);
    }

    /** Each path from the neuron, with the neuron's weight or bias (at the same step) in front. */
    private static List<List<TimeNode>> withLeaf(List<List<TimeNode>> paths, String key) {
        List<List<TimeNode>> out = new ArrayList<>();
        for (List<TimeNode> p : paths) {
            List<TimeNode> q = new ArrayList<>(p.size() + 1);
            TimeNode start = p.get(0);
            q.add(new TimeNode(start.node(), start.t(), key));
            q.addAll(p);
            out.add(q);
        }
        return out;
    }

    /** Whether any edge carries a delay (a self-loop does by default): then names carry time steps. */
    public static boolean hasDelays(Graph graph) {
        for (Edge e : graph.edges()) if (graph.delay(e) > 0) return true;
        return false;
    }
}
