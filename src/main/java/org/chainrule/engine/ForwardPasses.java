package org.chainrule.engine;

import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.ops.Neuron;
import org.chainrule.ops.Op;

/**
 * Forward-mode differentiation over a {@link CompiledGraph}: one pass in evaluation order, every time
 * step, carrying beside each value its tangent ṅ = Σ ∂n/∂a · ȧ over the arguments a (a delayed argument
 * brings the tangent of an earlier step, or of the source's init before step 1). One pass gives the
 * derivative of every node with respect to one key, where one reverse pass gives the derivative of one
 * node with respect to every key. The local partials are the reverse pass's own ({@link Passes#partials}).
 */
public final class ForwardPasses {
    private ForwardPasses() {}

    /** Evaluates {@code g} and runs forward mode with respect to {@code key} (∂node/∂key at every node). */
    public static Tangents evaluate(Graph g, String key) {
        return of(Engine.evaluate(g), key);
    }

    /**
     * ∂node/∂key for every node and step of an evaluation.
     *
     * @throws IllegalArgumentException naming the key when the graph has no such key
     */
    public static Tangents of(Evaluation ev, String key) {
        return along(ev, Map.of(key, 1.0), key);
    }

    /**
     * The directional derivative of every node along {@code direction} (key → rate): Σ rate·∂node/∂key, in
     * one pass.
     */
    public static Tangents along(Evaluation ev, Map<String, Double> direction) {
        return along(ev, direction, null);
    }

    private static Tangents along(Evaluation ev, Map<String, Double> direction, String key) {
        CompiledGraph c = ev.compiled();
        if (c.hasTensors()) {
            throw new IllegalArgumentException("forward mode works on scalar graphs; this one has tensors (export --scalar or View ▸ Expand to Scalars first)");
        }
        ForwardSeed seed = new ForwardSeed(c);
        for (Map.Entry<String, Double> d : direction.entrySet()) seed.add(c, ev.graph(), d.getKey(), d.getValue());
        return new Tangents(ev, key, seed, tangents(c, ev.rawValues(), seed));
    }

    /** The tangent of every node at every step, index (t − 1)·n + i. */
    static double[] tangents(CompiledGraph c, double[] val, ForwardSeed seed) {
        final int n = c.n;
        double[] tan = new double[c.timesteps * n];
        double[] buf = new double[c.maxArgs()];
        double[] d = new double[buf.length];
        for (int t = 1; t <= c.timesteps; t++) {
            final int base = (t - 1) * n;
            for (int i : c.order) {
                double s = seed.node[i];
                if (!c.op[i].isSource()) s += step(c, val, tan, seed, i, t, buf, d);
                tan[base + i] = s;
            }
        }
        return tan;
    }

    /** Σ ∂i/∂a · ȧ over node i's arguments at step t, plus its own seeded numbers (a neuron's bias and weights). */
    private static double step(CompiledGraph c, double[] val, double[] tan, ForwardSeed seed, int i, int t,
                               double[] buf, double[] d) {
        int k = -1;
        double s = 0;
        for (int a = 0, j = c.argStart[i]; j < c.argStart[i + 1]; a++, j++) {
            double at = argTangent(c, tan, seed, j, t);
            if (at == 0) continue; // 0 · an infinite partial adds nothing, as in the reverse pass
            if (k < 0) k = Passes.partials(c, val, i, t, buf, d);
            s += d[a] * at;
        }
        if (k < 0) Passes.gather(c, val, i, t, buf);
        return s + ownTerms(c, val, seed, i, t, buf, c.argCount(i));
    }

    /** A neuron's ∂/∂bias · ḃ + Σ ∂/∂w · ẇ ({@code buf} holds its k arguments); 0 for any other node. */
    static double ownTerms(CompiledGraph c, double[] val, ForwardSeed seed, int i, int t, double[] buf, int k) {
        if (c.op[i] != Op.NEURON) return 0;
        double rate = seed.bias[i];
        boolean any = rate != 0;
        for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) any |= seed.weight[j] != 0;
        if (!any) return 0;
        double slope = Passes.activationSlope(c, val, i, t, buf, k);
        double s = rate == 0 ? 0 : rate * Neuron.biasPartial(slope);
        for (int a = 0, j = c.argStart[i]; j < c.argStart[i + 1]; a++, j++) {
            if (seed.weight[j] != 0) s += seed.weight[j] * Neuron.weightPartial(slope, buf[a]);
        }
        return s;
    }

    /** The tangent argument slot j carries at step t: its source's at t − delay, or the seed of its init. */
    static double argTangent(CompiledGraph c, double[] tan, ForwardSeed seed, int j, int t) {
        int src = c.argSource[j];
        int tt = t - c.argDelay[j];
        return tt >= 1 ? tan[(tt - 1) * c.n + src] : seed.init[src];
    }
}
