package org.chainrule.engine;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;

/**
 * What the edges of a tensor graph carry, as whole tensors: the value into the target (its source at
 * t − delay, or the source's init) and the gradient back to the source (the target's vector-Jacobian
 * product for that argument). The scalar accessors of {@link Evaluation} read only first elements; the
 * drawings read these.
 */
public final class TensorEdges {
    private TensorEdges() {}

    /** The tensor the edge carries into its target at step t. */
    public static Tensor value(Evaluation ev, Edge e, int t) {
        CompiledGraph c = ev.compiled();
        return TensorPasses.arg(c, ev.rawValues(), c.slotOf(e), t);
    }

    /** ∂out/∂(the argument the edge gives) from step t of its target, of the argument's shape. */
    public static Tensor grad(Evaluation ev, Edge e, int t) {
        CompiledGraph c = ev.compiled();
        int j = c.slotOf(e);
        int target = ev.targetOfSlot(j);
        return TensorPasses.argGrads(c, ev.rawValues(), target, t, ev.gradTensor(target, t))[j - c.argStart[target]];
    }

    /** The edge's gradient summed over the target's steps that reach the source itself (t &gt; delay). */
    public static Tensor gradSum(Evaluation ev, Edge e) {
        Graph g = ev.graph();
        Tensor sum = null;
        for (int t = g.delay(e) + 1; t <= ev.timesteps(); t++) sum = plus(sum, grad(ev, e, t));
        return sum != null ? sum : Tensor.zeros(value(ev, e, 1).shape());
    }

    /** A node's value at step t. */
    public static Tensor value(Evaluation ev, Node n, int t) { return ev.tensor(ev.compiled().indexOf(n), t); }

    /** ∂out/∂(node at step t). */
    public static Tensor grad(Evaluation ev, Node n, int t) { return ev.gradTensor(ev.compiled().indexOf(n), t); }

    /** ∂out/∂node summed over the time steps. */
    public static Tensor gradSum(Evaluation ev, Node n) { return ev.gradTensorSum(ev.compiled().indexOf(n)); }

    /**
     * Every node's shape as inferred from the sources' ({@code []} for a scalar), or an empty map when the
     * graph has no tensors or its shapes cannot be inferred (a cycle, an op given two shapes it cannot take).
     */
    public static Map<Node, int[]> shapes(Graph g) {
        if (!g.hasTensors()) return Map.of();
        List<Node> order = EvaluationOrder.of(g);
        if (order == null) return Map.of();
        try {
            TensorShapes s = TensorShapes.of(g, order);
            return s.problems.isEmpty() ? Collections.unmodifiableMap(new IdentityHashMap<>(s.shape)) : Map.of();
        } catch (RuntimeException e) {
            // a graph being edited may be anything: no shapes rather than no drawing
            return Map.of();
        }
    }

    static Tensor plus(Tensor a, Tensor b) {
        if (a == null) return b;
        double[] s = a.copyData();
        for (int k = 0; k < s.length; k++) s[k] += b.at(k);
        return Tensor.of(a.shape(), s);
    }
}
