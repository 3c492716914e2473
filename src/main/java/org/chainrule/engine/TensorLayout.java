package org.chainrule.engine;

import java.util.List;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Shapes;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ops.tensor.TensorNeuron;
import org.chainrule.ops.tensor.TensorRule;
import org.chainrule.ops.tensor.TensorRules;

/**
 * Where a tensor graph's nodes live in the flat value arrays: node i's elements are
 * {@code offset[i] .. offset[i] + size(shape[i])} of each step's block of {@code width} numbers (a
 * scalar takes one). With the rule of every computed node, the sources' tensors and the inits.
 */
public final class TensorLayout {
    final int[][] shape;
    final int[] offset;
    /** Numbers per time step: the sum of the nodes' sizes. */
    final int width;
    final TensorRule[] rule;
    /** A source's tensor at every step ({@code source[i].length} is 1 or T), null for computed nodes. */
    final Tensor[][] source;
    /** What a delayed edge reads from node i before the first step. */
    final Tensor[] init;

    private TensorLayout(int[][] shape, TensorRule[] rule, Tensor[][] source, Tensor[] init) {
        this.shape = shape;
        this.rule = rule;
        this.source = source;
        this.init = init;
        this.offset = new int[shape.length];
        int w = 0;
        for (int i = 0; i < shape.length; i++) {
            offset[i] = w;
            w += Tensor.size(shape[i]);
        }
        this.width = w;
    }

    /** The layout of a validated tensor graph whose nodes are compiled in the order {@code nodes}. */
    static TensorLayout of(Graph g, Node[] nodes, List<Node> order, double[] bias, double[] argWeight, int[] argStart) {
        Map<Node, int[]> shapes = TensorShapes.of(g, order).shape;
        int n = nodes.length;
        int[][] shape = new int[n][];
        TensorRule[] rule = new TensorRule[n];
        Tensor[][] source = new Tensor[n][];
        Tensor[] init = new Tensor[n];
        for (int i = 0; i < n; i++) {
            Node nd = nodes[i];
            shape[i] = shapes.get(nd);
            Op op = nd.op();
            if (op.isSource()) {
                source[i] = new Tensor[nd.valueIsList() ? g.timesteps() : 1];
                for (int t = 0; t < source[i].length; t++) source[i][t] = nd.tensorAt(t + 1);
            } else if (op == Op.NEURON) {
                rule[i] = new TensorNeuron(nd.activation(), nd.alpha(), bias[i], argWeight, argStart[i]);
            } else {
                rule[i] = TensorRules.of(op, nd.opParam(), nd.axis(), TensorShapes.eps(nd));
            }
            init[i] = nd.tensorInit() != null ? nd.tensorInit() : filled(shape[i], nd.init());
        }
        return new TensorLayout(shape, rule, source, init);
    }

    private static Tensor filled(int[] shape, double v) {
        double[] d = new double[Tensor.size(shape)];
        java.util.Arrays.fill(d, v);
        return Tensor.of(shape, d);
    }

    public int[] shape(int i) { return shape[i]; }

    public int size(int i) { return Tensor.size(shape[i]); }

    public boolean isScalar(int i) { return shape[i].length == 0; }

    /** Source i's tensor at step t. */
    Tensor sourceAt(int i, int t) {
        Tensor[] s = source[i];
        return s.length == 1 ? s[0] : s[t - 1];
    }

    /** Node i's slice of a per-step array {@code a} at step t, as a tensor. */
    Tensor read(double[] a, int i, int t) {
        int from = (t - 1) * width + offset[i];
        return Tensor.of(shape[i], java.util.Arrays.copyOfRange(a, from, from + Tensor.size(shape[i])));
    }

    /** Writes a tensor into node i's slice at step t. */
    void write(double[] a, int i, int t, Tensor v) {
        System.arraycopy(v.data(), 0, a, (t - 1) * width + offset[i], v.size());
    }

    /** Adds a tensor into node i's slice at step t. */
    void add(double[] a, int i, int t, Tensor v) {
        int from = (t - 1) * width + offset[i];
        for (int k = 0; k < v.size(); k++) a[from + k] += v.at(k);
    }
}
