package org.chainrule.ops.tensor;

/**
 * Batch normalisation of x {@code [b, n]} with scale γ and shift β {@code [n]}:
 * y = (x − μ)/√(σ² + eps)·γ + β, μ and σ² the mean and the biased variance of each column.
 * With x̂ = (x − μ)/√(σ² + eps) and ∂x̂ = ∂y·γ, its vector-Jacobian product is ∂β = Σ_rows ∂y,
 * ∂γ = Σ_rows ∂y·x̂ and ∂x = (b·∂x̂ − Σ_rows ∂x̂ − x̂·Σ_rows ∂x̂·x̂) / (b·√(σ² + eps)).
 */
public final class BatchNorm implements TensorRule {
    private final double eps;

    public BatchNorm(double eps) { this.eps = eps; }

    @Override
    public int[] shape(int[][] args) {
        int[] x = args[0], g = args[1], b = args[2];
        if (x.length != 2 || g.length != 1 || b.length != 1 || g[0] != x[1] || b[0] != x[1]) {
            throw new ShapeException("batchnorm of " + Shapes.texts(args) + " (x [b, n] with γ [n] and β [n])");
        }
        return x;
    }

    /** The mean of each column of x. */
    public static double[] mean(Tensor x) {
        int b = x.shape()[0], n = x.shape()[1];
        double[] mu = new double[n];
        for (int i = 0; i < b; i++) for (int j = 0; j < n; j++) mu[j] += x.at(i * n + j) / b;
        return mu;
    }

    /** The biased variance of each column of x. */
    public static double[] variance(Tensor x) {
        int b = x.shape()[0], n = x.shape()[1];
        double[] mu = mean(x), var = new double[n];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < n; j++) {
                double d = x.at(i * n + j) - mu[j];
                var[j] += d * d / b;
            }
        }
        return var;
    }

    private double[] normalised(Tensor x) {
        int b = x.shape()[0], n = x.shape()[1];
        double[] mu = mean(x), var = variance(x), h = new double[b * n];
        for (int i = 0; i < b; i++) for (int j = 0; j < n; j++) h[i * n + j] = (x.at(i * n + j) - mu[j]) / Math.sqrt(var[j] + eps);
        return h;
    }

    @Override
    public Tensor forward(Tensor[] args) {
        Tensor x = args[0], gamma = args[1], beta = args[2];
        shape(Elementwise.shapes(args));
        int n = x.shape()[1];
        double[] h = normalised(x);
        for (int k = 0; k < h.length; k++) h[k] = h[k] * gamma.at(k % n) + beta.at(k % n);
        return Tensor.of(x.shape(), h);
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        Tensor x = args[0], gamma = args[1];
        int b = x.shape()[0], n = x.shape()[1];
        double[] h = normalised(x), var = variance(x);
        double[] gg = new double[n], gb = new double[n], sumDh = new double[n], sumDhH = new double[n];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                double dy = grad.at(k), dh = dy * gamma.at(j);
                gb[j] += dy;
                gg[j] += dy * h[k];
                sumDh[j] += dh;
                sumDhH[j] += dh * h[k];
            }
        }
        double[] gx = new double[b * n];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                double dh = grad.at(k) * gamma.at(j);
                gx[k] = (b * dh - sumDh[j] - h[k] * sumDhH[j]) / (b * Math.sqrt(var[j] + eps));
            }
        }
        return new Tensor[] {Tensor.of(x.shape(), gx), Tensor.of(gamma.shape(), gg), Tensor.of(args[2].shape(), gb)};
    }
}
