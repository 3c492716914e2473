package org.chainrule.ops.tensor;

import org.chainrule.ops.Activation;
import org.chainrule.ops.Neuron;

/**
 * A neuron whose inputs are tensors of one broadcast shape: out = act(bias + Σ w_j·x_j) element by
 * element, the weights and the bias scalars on its edges and node. Its values and partials are
 * {@link Neuron}'s; the gradients of the weights and the bias are summed over the elements.
 */
public final class TensorNeuron implements TensorRule {
    private final Activation act;
    private final double alpha;
    private final double bias;
    private final double[] w;
    private final int from;

    /** The weights are {@code w[from .. from + number of inputs)}. */
    public TensorNeuron(Activation act, double alpha, double bias, double[] w, int from) {
        this.act = act;
        this.alpha = alpha;
        this.bias = bias;
        this.w = w;
        this.from = from;
    }

    @Override
    public int[] shape(int[][] args) { return Shapes.broadcast("neuron", args); }

    private double z(Tensor[] args, int[][] map, int k, double[] buf) {
        for (int j = 0; j < args.length; j++) buf[j] = args[j].at(map[j][k]);
        return Neuron.preActivation(bias, w, from, buf, args.length);
    }

    @Override
    public Tensor forward(Tensor[] args) {
        int[] shape = args.length == 0 ? Shapes.SCALAR : shape(Elementwise.shapes(args));
        int[][] map = Elementwise.maps(args, shape);
        double[] out = new double[Tensor.size(shape)];
        double[] buf = new double[args.length];
        for (int k = 0; k < out.length; k++) out[k] = Neuron.value(act, alpha, z(args, map, k, buf));
        return Tensor.of(shape, out);
    }

    /** act′(z) at every element of the result. */
    private double[] slopes(Tensor[] args, Tensor out) {
        int[][] map = Elementwise.maps(args, out.shape());
        double[] s = new double[out.size()];
        double[] buf = new double[args.length];
        for (int k = 0; k < s.length; k++) s[k] = Neuron.slope(act, alpha, z(args, map, k, buf), out.at(k));
        return s;
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        int[][] map = Elementwise.maps(args, out.shape());
        double[] s = slopes(args, out);
        double[] d = new double[args.length];
        Tensor[] res = new Tensor[args.length];
        double[][] g = new double[args.length][];
        for (int j = 0; j < args.length; j++) g[j] = new double[args[j].size()];
        for (int k = 0; k < s.length; k++) {
            Neuron.inputPartials(s[k], w, from, args.length, d);
            for (int j = 0; j < args.length; j++) g[j][map[j][k]] += grad.at(k) * d[j];
        }
        for (int j = 0; j < args.length; j++) res[j] = Tensor.of(args[j].shape(), g[j]);
        return res;
    }

    /** ∂out/∂bias, summed over the elements. */
    public double biasGrad(Tensor[] args, Tensor out, Tensor grad) {
        double[] s = slopes(args, out);
        double b = 0;
        for (int k = 0; k < s.length; k++) b += grad.at(k) * Neuron.biasPartial(s[k]);
        return b;
    }

    /** ∂out/∂w_j for every input j, summed over the elements. */
    public double[] weightGrads(Tensor[] args, Tensor out, Tensor grad) {
        int[][] map = Elementwise.maps(args, out.shape());
        double[] s = slopes(args, out);
        double[] gw = new double[args.length];
        for (int k = 0; k < s.length; k++) {
            for (int j = 0; j < args.length; j++) gw[j] += grad.at(k) * Neuron.weightPartial(s[k], args[j].at(map[j][k]));
        }
        return gw;
    }

    @Override
    public boolean mixes() { return false; }
}
