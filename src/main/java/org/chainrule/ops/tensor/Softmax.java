package org.chainrule.ops.tensor;

/**
 * Softmax over the last axis: p_i = e^(x_i − max) / Σ_k e^(x_k − max) in each row. Its
 * vector-Jacobian product in each row: ∂x_i = p_i·(∂p_i − Σ_k ∂p_k·p_k).
 */
final class Softmax implements TensorRule {
    @Override
    public int[] shape(int[][] args) { return args[0]; }

    private static int width(Tensor x) { return x.isScalar() ? 1 : x.shape()[x.rank() - 1]; }

    @Override
    public Tensor forward(Tensor[] args) {
        Tensor x = args[0];
        int w = width(x);
        double[] p = new double[x.size()];
        for (int r = 0; r < x.size(); r += w) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < w; i++) max = Math.max(max, x.at(r + i));
            double s = 0;
            for (int i = 0; i < w; i++) s += p[r + i] = Math.exp(x.at(r + i) - max);
            for (int i = 0; i < w; i++) p[r + i] /= s;
        }
        return Tensor.of(x.shape(), p);
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        int w = width(out);
        double[] g = new double[out.size()];
        for (int r = 0; r < out.size(); r += w) {
            double dot = 0;
            for (int i = 0; i < w; i++) dot += grad.at(r + i) * out.at(r + i);
            for (int i = 0; i < w; i++) g[r + i] = out.at(r + i) * (grad.at(r + i) - dot);
        }
        return new Tensor[] {Tensor.of(out.shape(), g)};
    }
}
