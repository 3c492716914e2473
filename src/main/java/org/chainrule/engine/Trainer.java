package org.chainrule.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Quantity;
import org.chainrule.ops.tensor.Tensor;

/**
 * Gradient descent on a graph's trainable quantities (params, neuron biases, edge weights, and inputs
 * or inits marked trainable): θ ← θ − lr·g, or with momentum μ: v ← μ·v − lr·g, θ ← θ + v.
 * The velocities are kept between steps.
 */
public final class Trainer {
    /**
     * One quantity's change in a step: its value before, its gradient and its value after, tensors of its
     * shape ({@link #before()}, {@link #grad()}, {@link #after()} read a scalar quantity's numbers).
     */
    public record Update(String key, Tensor was, Tensor gradient, Tensor now) {
        public Update(String key, double before, double grad, double after) {
            this(key, Tensor.scalar(before), Tensor.scalar(grad), Tensor.scalar(after));
        }

        public double before() { return was.at(0); }

        public double grad() { return gradient.at(0); }

        public double after() { return now.at(0); }

        /** Whether the quantity is a tensor. */
        public boolean isTensor() { return !was.isScalar(); }
    }

    private final double lr;
    private final double momentum;
    private final Map<String, double[]> velocity = new HashMap<>();

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
            Tensor grad = ev.hasTensors() ? ev.gradTensor(q.key()) : Tensor.scalar(ev.grad(q.key()));
            Tensor before = q.tensor();
            double[] v = velocity.computeIfAbsent(q.key(), k -> new double[before.size()]);
            double[] after = new double[before.size()];
            for (int k = 0; k < after.length; k++) {
                v[k] = momentum * v[k] - lr * grad.at(k);
                after[k] = before.at(k) + v[k];
            }
            Tensor now = Tensor.of(before.shape(), after);
            q.set(now);
            out.add(new Update(q.key(), before, grad, now));
        }
        return out;
    }
}
