package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.tensor.Tensor;

/**
 * Central finite differences of the output: (f(θ + h) − f(θ − h)) / 2h. The independent check of
 * every gradient reverse mode computes. A value given as one number per time step is shifted at every
 * step, matching the gradient summed over time.
 */
public final class FiniteDifference {
    /** A step that balances truncation and rounding error for values of order 1. */
    public static final double DEFAULT_H = 1e-5;

    private FiniteDifference() {}

    public static double estimate(Graph g, String key) {
        return estimate(g, key, DEFAULT_H);
    }

    /** The estimate of ∂out/∂key; the graph itself is not changed. */
    public static double estimate(Graph g, String key, double h) {
        return (shifted(g, key, h) - shifted(g, key, -h)) / (2 * h);
    }

    /**
     * The estimate of ∂out/∂key element by element, of the key's shape (a scalar key as a scalar): each
     * element of a tensor value (at every step, when given per step) or tensor init moved on its own.
     */
    public static Tensor estimateTensor(Graph g, String key, double h) {
        Quantity q = Quantity.find(g, key);
        if (q == null) throw new IllegalArgumentException("no key '" + key + "' in the graph");
        if (!q.isTensor()) return Tensor.scalar(estimate(g, key, h));
        Tensor at = q.tensor();
        double[] d = new double[at.size()];
        for (int k = 0; k < d.length; k++) d[k] = (element(g, key, k, h) - element(g, key, k, -h)) / (2 * h);
        return Tensor.of(at.shape(), d);
    }

    private static double element(Graph original, String key, int k, double delta) {
        Graph g = original.copy();
        Quantity q = Quantity.find(g, key);
        Node n = q.node();
        if (q.kind() == Quantity.Kind.INIT) {
            n.setTensorInit(moved(n.tensorInit(), k, delta));
        } else {
            List<Tensor> steps = new ArrayList<>();
            for (Tensor t : n.tensors()) steps.add(moved(t, k, delta));
            n.setTensors(n.shape(), steps, n.valueIsList());
        }
        return Engine.outputValue(g);
    }

    private static Tensor moved(Tensor t, int k, double delta) {
        double[] d = t.copyData();
        d[k] += delta;
        return Tensor.of(t.shape(), d);
    }

    private static double shifted(Graph original, String key, double delta) {
        Graph g = original.copy();
        Quantity q = Quantity.find(g, key);
        if (q == null) throw new IllegalArgumentException("no key '" + key + "' in the graph");
        Node n = q.node();
        if (q.kind() == Quantity.Kind.VALUE && n.valueIsList()) {
            List<Double> vs = new ArrayList<>();
            for (double v : n.values()) vs.add(v + delta);
            n.setValues(vs);
        } else {
            q.set(q.get() + delta);
        }
        return Engine.outputValue(g);
    }
}
