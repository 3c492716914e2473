package org.chainrule.engine;

import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ops.tensor.TensorNeuron;

/**
 * The forward and reverse-mode passes of a graph with tensors, over the same flat per-step arrays as
 * {@link Passes}: node i's elements at step t start at {@link CompiledGraph#at}. Each computed node goes
 * through its op's tensor rule (value and vector-Jacobian product side by side in
 * {@code org.chainrule.ops.tensor}); delayed edges read the step before, or the source's init.
 */
final class TensorPasses {
    private TensorPasses() {}

    static double[] forward(CompiledGraph c) {
        TensorLayout L = c.tensors;
        double[] val = new double[c.timesteps * L.width];
        for (int t = 1; t <= c.timesteps; t++) {
            for (int i : c.order) L.write(val, i, t, value(c, val, i, t));
        }
        return val;
    }

    /** Node i's value at step t from its arguments' values in {@code val}. */
    static Tensor value(CompiledGraph c, double[] val, int i, int t) {
        TensorLayout L = c.tensors;
        if (c.op[i].isSource()) return L.sourceAt(i, t);
        return L.rule[i].forward(args(c, val, i, t));
    }

    /** Node i's arguments at step t, in argument order. */
    static Tensor[] args(CompiledGraph c, double[] val, int i, int t) {
        int s = c.argStart[i], k = c.argCount(i);
        Tensor[] a = new Tensor[k];
        for (int j = 0; j < k; j++) a[j] = arg(c, val, s + j, t);
        return a;
    }

    /** What argument slot j carries at step t: its source at t − delay, or the source's init. */
    static Tensor arg(CompiledGraph c, double[] val, int j, int t) {
        int src = c.argSource[j];
        int tt = t - c.argDelay[j];
        return tt >= 1 ? c.tensors.read(val, src, tt) : c.tensors.init[src];
    }

    /** ∂out/∂(each argument of node i at step t), given ∂out/∂(node i at t). */
    static Tensor[] argGrads(CompiledGraph c, double[] val, int i, int t, Tensor grad) {
        return c.tensors.rule[i].backward(args(c, val, i, t), c.tensors.read(val, i, t), grad);
    }

    /** The reverse pass seeded at node {@code seed} at t = T; a tensor seed gets 1 in every element. */
    static Passes.Grads backward(CompiledGraph c, double[] val, int seed) {
        TensorLayout L = c.tensors;
        Passes.Grads g = new Passes.Grads(c);
        for (int k = 0; k < L.size(seed); k++) g.node[c.at(seed, c.timesteps) + k] = 1;
        for (int t = c.timesteps; t >= 1; t--) {
            for (int q = c.order.length - 1; q >= 0; q--) {
                int i = c.order[q];
                if (c.op[i].isSource()) continue;
                Tensor gi = L.read(g.node, i, t);
                if (isZero(gi)) continue;
                Tensor[] a = args(c, val, i, t);
                Tensor out = L.read(val, i, t);
                Tensor[] d = L.rule[i].backward(a, out, gi);
                if (c.op[i] == Op.NEURON) {
                    TensorNeuron nr = (TensorNeuron) L.rule[i];
                    g.bias[i] += nr.biasGrad(a, out, gi);
                    double[] w = nr.weightGrads(a, out, gi);
                    for (int j = 0; j < w.length; j++) g.weight[c.argStart[i] + j] += w[j];
                }
                for (int j = 0; j < d.length; j++) {
                    int slot = c.argStart[i] + j;
                    int src = c.argSource[slot];
                    int tt = t - c.argDelay[slot];
                    if (tt >= 1) L.add(g.node, src, tt, d[j]);
                    else for (int k = 0; k < d[j].size(); k++) g.init[L.offset[src] + k] += d[j].at(k);
                }
            }
        }
        return g;
    }

    private static boolean isZero(Tensor t) {
        for (int k = 0; k < t.size(); k++) if (t.at(k) != 0) return false;
        return true;
    }
}
