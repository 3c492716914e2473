package org.chainrule.engine;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;

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
