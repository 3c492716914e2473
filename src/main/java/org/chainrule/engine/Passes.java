package org.chainrule.engine;

import org.chainrule.ops.Activation;
import org.chainrule.ops.Neuron;
import org.chainrule.ops.Op;

/**
 * The forward and reverse-mode passes over a {@link CompiledGraph}, as loops over arrays (no
 * recursion, so deep chains and long unrolls cannot overflow the stack).
 *
 * <p>Values and gradients are stored per step: index {@code (t - 1) * n + i}. An argument with delay d
 * read at step t is its source at step t − d, or the source's {@code init} when t − d &lt; 1.
 * Reverse mode accumulates with {@code +=}, so a node used by several consumers (a fork, a skip
 * connection, a shared parameter, both arguments of {@code x*x}) gets the sum of their contributions,
 * and a delayed read sends its gradient to the earlier step (backpropagation through time).
 */
final class Passes {
    private Passes() {}

    /** Gradients of one backward pass. */
    static final class Grads {
        /** ∂out/∂(node i at step t), index (t-1)*n + i. */
        final double[] node;
        /** ∂out/∂init_i. */
        final double[] init;
        /** ∂out/∂bias_i (neurons). */
        final double[] bias;
        /** ∂out/∂weight of argument slot j (edges into neurons). */
        final double[] weight;

        Grads(CompiledGraph c) {
            node = new double[c.timesteps * c.width];
            init = new double[c.width];
            bias = new double[c.n];
            weight = new double[c.argSource.length];
        }
    }

    static double[] forward(CompiledGraph c) {
        if (c.hasTensors()) return TensorPasses.forward(c);
        final int n = c.n;
        double[] val = new double[c.timesteps * n];
        double[] buf = new double[c.maxArgs()];
        for (int t = 1; t <= c.timesteps; t++) {
            final int base = (t - 1) * n;
            for (int i : c.order) val[base + i] = computeNode(c, val, i, t, buf);
        }
        return val;
    }

    /** The value of node i at step t, from the values of its arguments already in {@code val}. */
    static double computeNode(CompiledGraph c, double[] val, int i, int t, double[] buf) {
        Op op = c.op[i];
        if (op.isSource()) return c.sourceValue(i, t);
        int k = gather(c, val, i, t, buf);
        if (op == Op.NEURON) {
            return Neuron.value(c.activation[i], c.param[i], preActivation(c, i, buf, k));
        }
        if (op == Op.FUNCTION) return c.functions[i].value(buf, k);
        if (op == Op.BCE) {
            int p = sigmoidPrediction(c, i, t);
            if (p >= 0) return Op.bceOfLogit(logit(c, val, p, t - c.argDelay[c.argStart[i]]), buf[1]);
        }
        return op.apply(buf, k, c.param[i]);
    }

    /**
     * The node whose output is bce node i's prediction at step t when that node is a sigmoid (the op, or
     * a neuron with the sigmoid activation) computed at a step of the pass; else -1. Such a bce is
     * computed from the sigmoid's logit z, where σ(z) itself would round to exactly 0 or 1.
     */
    static int sigmoidPrediction(CompiledGraph c, int i, int t) {
        int j = c.argStart[i];
        int src = c.argSource[j];
        if (t - c.argDelay[j] < 1) return -1;
        boolean sigmoid = c.op[src] == Op.SIGMOID || c.op[src] == Op.NEURON && c.activation[src] == Activation.SIGMOID;
        return sigmoid ? src : -1;
    }

    /** The input z of sigmoid node s at step t: its argument, or a neuron's bias + Σ weight·input. */
    private static double logit(CompiledGraph c, double[] val, int s, int t) {
        if (c.op[s] == Op.SIGMOID) return argValue(c, val, c.argStart[s], t);
        double z = c.bias[s];
        for (int j = c.argStart[s]; j < c.argStart[s + 1]; j++) z += c.argWeight[j] * argValue(c, val, j, t);
        return z; // Neuron.preActivation, reading the arguments in place
    }

    static Grads backward(CompiledGraph c, double[] val) {
        return backward(c, val, c.output);
    }

    /** The reverse pass seeded at node {@code seed} at t = T (∂seed/∂everything) instead of the output. */
    static Grads backward(CompiledGraph c, double[] val, int seed) {
        if (c.hasTensors()) return TensorPasses.backward(c, val, seed);
        final int n = c.n;
        Grads g = new Grads(c);
        double[] buf = new double[c.maxArgs()];
        double[] d = new double[buf.length];
        g.node[(c.timesteps - 1) * n + seed] = 1;
        int[] order = c.order;
        for (int t = c.timesteps; t >= 1; t--) {
            final int base = (t - 1) * n;
            for (int q = order.length - 1; q >= 0; q--) {
                int i = order[q];
                double gi = g.node[base + i];
                if (gi == 0 || c.op[i].isSource()) continue;
                int s = c.argStart[i];
                int k;
                if (c.op[i] == Op.NEURON) {
                    k = gather(c, val, i, t, buf);
                    double slope = activationSlope(c, val, i, t, buf, k);
                    Neuron.inputPartials(slope, c.argWeight, s, k, d);
                    g.bias[i] += gi * Neuron.biasPartial(slope);
                    for (int j = 0; j < k; j++) g.weight[s + j] += gi * Neuron.weightPartial(slope, buf[j]);
                } else {
                    k = partials(c, val, i, t, buf, d);
                }
                for (int j = 0; j < k; j++) {
                    double contribution = gi * d[j];
                    int src = c.argSource[s + j];
                    int tt = t - c.argDelay[s + j];
                    if (tt >= 1) g.node[(tt - 1) * n + src] += contribution;
                    else g.init[src] += contribution;
                }
            }
        }
        return g;
    }

    /**
     * Fills {@code buf} with node i's arguments at step t and {@code d} with ∂node/∂argument (for a
     * neuron: act'(z) · weight); returns the number of arguments.
     */
    static int partials(CompiledGraph c, double[] val, int i, int t, double[] buf, double[] d) {
        int k = gather(c, val, i, t, buf);
        double out = val[(t - 1) * c.n + i];
        if (c.op[i] == Op.NEURON) {
            Neuron.inputPartials(activationSlope(c, val, i, t, buf, k), c.argWeight, c.argStart[i], k, d);
        } else if (c.op[i] == Op.BCE && sigmoidPrediction(c, i, t) >= 0) {
            int j = c.argStart[i];
            Op.bceOfLogitPartials(logit(c, val, c.argSource[j], t - c.argDelay[j]), buf[1], d);
        } else if (c.op[i] == Op.FUNCTION) {
            c.functions[i].partials(buf, k, d);
        } else {
            c.op[i].partials(buf, k, out, c.param[i], d);
        }
        return k;
    }

    /** act'(z) of neuron i at step t (= ∂out/∂bias); {@code buf} already holds its k arguments. */
    static double activationSlope(CompiledGraph c, double[] val, int i, int t, double[] buf, int k) {
        return Neuron.slope(c.activation[i], c.param[i], preActivation(c, i, buf, k), val[(t - 1) * c.n + i]);
    }

    /** act'(z) of neuron i at step t, its arguments gathered here. */
    static double activationSlope(CompiledGraph c, double[] val, int i, int t) {
        double[] x = new double[c.argCount(i)];
        return activationSlope(c, val, i, t, x, gather(c, val, i, t, x));
    }

    /** bias + Σ weight_j · argument_j. */
    static double preActivation(CompiledGraph c, int i, double[] buf, int k) {
        return Neuron.preActivation(c.bias[i], c.argWeight, c.argStart[i], buf, k);
    }

    /** Reads node i's arguments at step t into buf; returns how many. */
    static int gather(CompiledGraph c, double[] val, int i, int t, double[] buf) {
        int s = c.argStart[i], e = c.argStart[i + 1];
        for (int j = s; j < e; j++) buf[j - s] = argValue(c, val, j, t);
        return e - s;
    }

    /** What argument slot j carries at step t: its source at t − delay, or the source's init. */
    static double argValue(CompiledGraph c, double[] val, int j, int t) {
        int src = c.argSource[j];
        int tt = t - c.argDelay[j];
        return tt >= 1 ? val[(tt - 1) * c.n + src] : c.init[src];
    }
}
