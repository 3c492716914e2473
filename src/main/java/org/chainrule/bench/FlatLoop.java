package org.chainrule.bench;

import org.chainrule.engine.CompiledGraph;
import org.chainrule.ops.Op;

/**
 * The yardstick of issue 7: forward and backward over the benchmark graph written by hand as tight
 * loops over flat {@code double[]}/{@code int[]} arrays with the ops inlined. It does the arithmetic
 * the engine does (sums, products, relu; += accumulation) with none of its generality (one time step,
 * no delays, three ops), so the ratio engine / this loop is the price of that generality.
 */
final class FlatLoop {
    private static final byte SOURCE = 0, ADD = 1, MUL = 2, RELU = 3;

    private final int n;
    private final int output;
    private final byte[] code;
    private final double[] given;
    private final int[] argStart;
    private final int[] argSource;
    private final int[] order;

    /** Values and gradients of the last {@link #run}. */
    double[] val;
    double[] grad;

    private FlatLoop(CompiledGraph c, byte[] code) {
        this.n = c.n;
        this.output = c.output;
        this.code = code;
        this.given = c.value;
        this.argStart = c.argStart;
        this.argSource = c.argSource;
        this.order = c.order;
    }

    /** The loop for a compiled graph of input/param/const/add/mul/relu nodes, one step, no delays. */
    static FlatLoop of(CompiledGraph c) {
        if (c.timesteps != 1) throw new IllegalArgumentException("the yardstick runs one time step");
        for (int d : c.argDelay) if (d != 0) throw new IllegalArgumentException("the yardstick has no delays");
        byte[] code = new byte[c.n];
        for (int i = 0; i < c.n; i++) {
            Op op = c.op[i];
            if (op.isSource()) code[i] = SOURCE;
            else if (op == Op.ADD) code[i] = ADD;
            else if (op == Op.MUL) code[i] = MUL;
            else if (op == Op.RELU) code[i] = RELU;
            else throw new IllegalArgumentException("the yardstick has no op " + op.id());
        }
        return new FlatLoop(c, code);
    }

    /** Forward, then backward from the output; fresh arrays each time, as the engine allocates. */
    double run() {
        final double[] v = new double[n];
        final double[] g = new double[n];
        for (int i : order) {
            int s = argStart[i], e = argStart[i + 1];
            switch (code[i]) {
                case SOURCE -> v[i] = given[i];
                case ADD -> {
                    double sum = 0;
                    for (int j = s; j < e; j++) sum += v[argSource[j]];
                    v[i] = sum;
                }
                case MUL -> {
                    double p = 1;
                    for (int j = s; j < e; j++) p *= v[argSource[j]];
                    v[i] = p;
                }
                default -> {
                    double a = v[argSource[s]];
                    v[i] = a > 0 ? a : 0;
                }
            }
        }
        g[output] = 1;
        for (int q = order.length - 1; q >= 0; q--) {
            int i = order[q];
            double gi = g[i];
            if (gi == 0) continue;
            int s = argStart[i], e = argStart[i + 1];
            switch (code[i]) {
                case SOURCE -> { }
                case ADD -> {
                    for (int j = s; j < e; j++) g[argSource[j]] += gi;
                }
                case MUL -> {
                    if (e - s == 2) {
                        int a = argSource[s], b = argSource[s + 1];
                        double va = v[a], vb = v[b];
                        g[a] += gi * vb;
                        g[b] += gi * va;
                    } else {
                        for (int j = s; j < e; j++) {
                            double others = 1;
                            for (int k = s; k < e; k++) if (k != j) others *= v[argSource[k]];
                            g[argSource[j]] += gi * others;
                        }
                    }
                }
                default -> {
                    if (v[i] > 0) g[argSource[s]] += gi;
                }
            }
        }
        val = v;
        grad = g;
        return v[output];
    }
}
