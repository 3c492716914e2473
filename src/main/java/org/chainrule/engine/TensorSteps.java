package org.chainrule.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;

/**
 * The tensors a {@link StepCursor} shows on a tensor graph, read from the evaluation once: per node and
 * time step its value and gradient, per edge what it carries forward and back. The cursor decides what is
 * known at a position; this only looks the tensors up.
 */
final class TensorSteps {
    private final Map<Node, Tensor[]> value = new IdentityHashMap<>();
    private final Map<Node, Tensor[]> grad = new IdentityHashMap<>();
    private final Map<Edge, Tensor[]> edgeValue = new IdentityHashMap<>();
    private final Map<Edge, Tensor[]> edgeGrad = new IdentityHashMap<>();
    private final Evaluation ev;

    TensorSteps(Graph graph, Evaluation ev) {
        this.ev = ev;
        int T = ev.timesteps();
        for (Node n : graph.nodes()) {
            value.put(n, perStep(T, t -> TensorEdges.value(ev, n, t)));
            grad.put(n, perStep(T, t -> TensorEdges.grad(ev, n, t)));
        }
        for (Edge e : graph.edges()) {
            edgeValue.put(e, perStep(T, t -> TensorEdges.value(ev, e, t)));
            edgeGrad.put(e, perStep(T, t -> TensorEdges.grad(ev, e, t)));
        }
    }

    private static Tensor[] perStep(int T, java.util.function.IntFunction<Tensor> at) {
        Tensor[] out = new Tensor[T];
        for (int t = 1; t <= T; t++) out[t - 1] = at.apply(t);
        return out;
    }

    /** The tensors at step t of the nodes and edges whose numbers are known. */
    StepState.Tensors known(int t, Collection<Node> values, Collection<Node> grads, Collection<Edge> edgeValues,
                            Collection<Edge> edgeGrads, Collection<StepState.QuantityGradient> keys) {
        Map<String, Tensor> totals = new LinkedHashMap<>();
        for (StepState.QuantityGradient q : keys) {
            // a key's terms come at the same steps for every element: complete for one, complete for all
            if (!q.complete()) continue;
            Tensor whole = ev.gradTensor(q.key());
            if (!whole.isScalar()) totals.put(q.key(), whole);
        }
        return new StepState.Tensors(pick(value, values, t), pick(grad, grads, t), pick(edgeValue, edgeValues, t),
                pick(edgeGrad, edgeGrads, t), Collections.unmodifiableMap(totals));
    }

    private static <K> Map<K, Tensor> pick(Map<K, Tensor[]> all, Collection<K> known, int t) {
        Map<K, Tensor> out = new LinkedHashMap<>();
        for (K k : known) out.put(k, all.get(k)[t - 1]);
        return Collections.unmodifiableMap(out);
    }
}
