package org.chainrule.engine.symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.ops.Neuron;

/**
 * The number of each factor ∂n⟨t⟩/∂s⟨t'⟩ of a chain-rule formula: the local partial derivative of a node
 * at a step with respect to one of its arguments, from the op's own derivative at the evaluated values.
 * A neuron's partial with respect to an input is activation'(z) · weight. Parallel edges from the same
 * source at the same step add up (∂(x·x)/∂x = 2x).
 */
final class LocalPartials {
    private final Graph graph;
    private final Evaluation ev;
    private final Map<TimeNode, double[]> cache = new HashMap<>();

    LocalPartials(Graph graph, Evaluation ev) {
        this.graph = graph;
        this.ev = ev;
    }

    /** ∂of/∂wrt for two unrolled nodes joined by at least one edge, or for a neuron and its weight or bias. */
    double of(Term.Partial p) {
        TimeNode n = p.of();
        List<Edge> args = graph.arguments(n.node());
        if (p.wrt().isLeaf()) {
            // ∂(activation(bias + Σ w·x))/∂bias = activation'(z); /∂w of edge e = activation'(z) · x_e
            double slope = ev.activationSlope(n.node(), n.t());
            Key key = Key.parse(p.wrt().key());
            if (key.kind() == Key.Kind.BIAS) return Neuron.biasPartial(slope);
            return Neuron.weightPartial(slope, ev.edgeValue(graph.edge(key), n.t()));
        }
        double[] d = partials(n, args);
        double sum = 0;
        for (int i = 0; i < args.size(); i++) {
            Edge e = args.get(i);
            if (graph.source(e) != p.wrt().node()) continue;
            int from = Math.max(0, n.t() - graph.delay(e));
            if (from == p.wrt().t()) sum += d[i];
        }
        return sum;
    }

    private double[] partials(TimeNode n, List<Edge> args) {
        double[] known = cache.get(n);
        if (known != null) return known;
        int k = args.size();
        double[] d = new double[k];
        // the engine's own partials (a neuron's act′(z)·weight; a bce of a sigmoid is taken from its logit)
        for (int i = 0; i < k; i++) d[i] = ev.localPartial(args.get(i), n.t());
        cache.put(n, d);
        return d;
    }
}
