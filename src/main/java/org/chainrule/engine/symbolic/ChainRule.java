package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;

/**
 * The chain rule written out as in an exam answer: the total derivative d of/d wrt as the sum over every
 * path from wrt to of of the product of the local partials ∂ along it, with common factors pulled out ({@link Factoring}).
 * The graph is unrolled in time when it has delayed edges ({@link PathFinder}). The number that goes
 * with the formula is the engine's reverse-mode gradient, with {@code of} made the output of a copy
 * when it is not the graph's output.
 */
public final class ChainRule {
    private ChainRule() {}

    /**
     * d of/d wrt in {@code graph}. {@code wrt} is a node id, {@code ID.init}, or a neuron's own number:
     * the weight of an edge into it ({@code FROM->TO}, {@code FROM->TO#2}) or its bias ({@code ID.bias});
     * the paths of those end with the neuron's local derivative with respect to that number.
     *
     * @throws UnknownNodeException when {@code of} or {@code wrt} is not in the graph
     * @throws IllegalArgumentException with a one-line message when there are too many paths, or the graph has tensors
     * @throws org.chainrule.engine.GraphException when the graph is invalid
     */
    public static Derivative derive(Graph original, String of, String wrt) {
        if (original.hasTensors()) {
            throw new IllegalArgumentException("the chain rule is written out for scalar graphs; this one has tensors"
                    + " (its steps show the vectorised rule, and export --scalar draws it as scalars)");
        }
        if (original.node(of) == null) throw new UnknownNodeException(UnknownNodeException.Role.OF, "no node '" + of + "' in the graph");
        // evaluated with of as the output; a copy when it is not, so the caller's graph is untouched
        Graph graph = original;
        if (original.output() != original.node(of)) {
            graph = original.copy();
            graph.setOutputId(of);
        }
        Node ofNode = graph.node(of);
        Key key = Key.parse(wrt);
        boolean init = key != null && key.kind() == Key.Kind.INIT && graph.node(wrt) == null;
        boolean weightOrBias = key != null && (key.isWeight() || key.kind() == Key.Kind.BIAS);
        Quantity leaf = graph.node(wrt) == null && weightOrBias ? Quantity.find(graph, wrt) : null;
        String wrtId = init ? key.id() : leaf != null ? leaf.node().id() : wrt;
        Node wrtNode = graph.node(wrtId);
        if (wrtNode == null) {
            throw new UnknownNodeException(UnknownNodeException.Role.WRT, "no node '" + wrtId + "' in the graph"
                    + (weightOrBias ? " (nor a weight or bias of a neuron)" : ""));
        }
        // evaluating first also validates: the path search relies on the delay-0 edges forming a DAG
        Evaluation ev = Engine.evaluate(graph);
        List<List<TimeNode>> paths = PathFinder.paths(graph, ofNode, wrtNode, init);
        if (leaf != null) paths = withLeaf(paths, leaf.key(), KeyNames.of(graph, leaf.key()));
        Term factored = factor(paths, wrt, of);
        LocalPartials local = new LocalPartials(graph, ev);
        Map<Term.Partial, Double> factors = new HashMap<>();
        for (List<TimeNode> p : paths) {
            for (int i = p.size() - 1; i > 0; i--) {
                Term.Partial f = new Term.Partial(p.get(i), p.get(i - 1));
                if (!factors.containsKey(f)) factors.put(f, local.of(f));
            }
        }
        boolean timed = graph.hasDelays() || init; // with delays, names carry time steps
        String lhs = KeyNames.total(KeyNames.at(ofNode, graph.timesteps(), timed),
                leaf != null || init ? KeyNames.of(graph, wrt) : KeyNames.node(wrtNode));
        String lhsLatex = Notation.latexTotal(Notation.latexName(new TimeNode(ofNode, graph.timesteps()), timed),
                init ? Notation.latexName(new TimeNode(wrtNode, 0), true)
                        : leaf != null ? Notation.latexLeaf(graph, leaf.key()) : Notation.latexName(new TimeNode(wrtNode, 1), false));
        return new Derivative(of, wrt, timed, paths, factored, ev.grad(wrt), factors, lhs, lhsLatex);
    }

    /** Deepest bracket nesting a formula may have; deeper ones are refused rather than written (the
     *  writers recurse once per bracket). */
    public static final int MAX_NESTING = 300;

    private static Term factor(List<List<TimeNode>> paths, String wrt, String of) {
        Term t;
        try {
            t = Factoring.factor(paths);
        } catch (StackOverflowError e) {
            throw tooDeep(wrt, of);
        }
        if (nesting(t) > MAX_NESTING) throw tooDeep(wrt, of);
        return t;
    }

    private static IllegalArgumentException tooDeep(String wrt, String of) {
        return new IllegalArgumentException(KeyNames.total(of, wrt) + " nests brackets more than " + MAX_NESTING
                + " deep: too deep to write out");
    }

    /** How many brackets deep the formula goes (a sum that is a factor is bracketed), without recursion. */
    static int nesting(Term root) {
        int deepest = 0;
        java.util.ArrayDeque<Object[]> todo = new java.util.ArrayDeque<>();
        todo.push(new Object[] {root, 0});
        while (!todo.isEmpty()) {
            Object[] top = todo.pop();
            Term t = (Term) top[0];
            int d = (Integer) top[1];
            deepest = Math.max(deepest, d);
            if (t instanceof Term.Sum s) for (Term x : s.terms()) todo.push(new Object[] {x, d});
            if (t instanceof Term.Product p) {
                for (Term x : p.factors()) todo.push(new Object[] {x, x instanceof Term.Sum ? d + 1 : d});
            }
        }
        return deepest;
    }

    /** Each path from the neuron, with the neuron's weight or bias (at the same step) in front. */
    private static List<List<TimeNode>> withLeaf(List<List<TimeNode>> paths, String key, String keyName) {
        List<List<TimeNode>> out = new ArrayList<>();
        for (List<TimeNode> p : paths) {
            List<TimeNode> q = new ArrayList<>(p.size() + 1);
            TimeNode start = p.get(0);
            q.add(new TimeNode(start.node(), start.t(), key, keyName));
            q.addAll(p);
            out.add(q);
        }
        return out;
    }
}
