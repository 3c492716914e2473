package org.chainrule.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;

/**
 * Gradient descent on a graph's trainable quantities (params, neuron biases, edge weights, and inputs
 * or inits marked trainable): θ ← θ − lr·g, or with momentum μ: v ← μ·v − lr·g, θ ← θ + v.
 * The velocities are kept between steps.
 */
public final class Trainer {
    /** One quantity's change in a step. */
    public record Update(String key, double before, double grad, double after) {}

    private final double lr;
    private final double momentum;
    private final Map<String, Double> velocity = new HashMap<>();

    public Trainer(double lr, double momentum) {
        this.lr = lr;
        this.momentum = momentum;
    }

    public Trainer(double lr) {
        this(lr, 0);
    }

    /** Evaluates the graph and applies one step to it; returns what changed, in key order. */
    public List<Update> step(Graph g) {
        return step(g, Engine.evaluate(g));
    }

    /** Applies one step using gradients already computed for this graph. */
    public List<Update> step(Graph g, Evaluation ev) {
        List<Update> out = new ArrayList<>();
        for (Quantity q : Quantity.all(g)) {
            if (!q.trainable()) continue;
            double grad = ev.grad(q.key());
            double before = q.get();
            double v = momentum * velocity.getOrDefault(q.key(), 0.0) - lr * grad;
            velocity.put(q.key(), v);
            double after = before + v;
            q.set(after);
            out.add(new Update(q.key(), before, grad, after));
        }
        return out;
    }
}
