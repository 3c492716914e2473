package org.chainrule.ops.tensor;

/**
 * The matrix product as numpy's {@code matmul} takes vectors and matrices: {@code [m, k]·[k, n]},
 * a vector on the left as a row ({@code [k]·[k, n] = [n]}), on the right as a column
 * ({@code [m, k]·[k] = [m]}), two vectors as their dot product. Its vector-Jacobian product:
 * ∂A = ∂C·Bᵀ and ∂B = Aᵀ·∂C.
 */
final class MatMul implements TensorRule {
    @Override
    public int[] shape(int[][] args) {
        int[] a = args[0], b = args[1];
        if (a.length == 0 || b.length == 0 || a.length > 2 || b.length > 2 || inner(a, true) != inner(b, false)) {
            throw new ShapeException("matmul of " + Shapes.text(a) + " and " + Shapes.text(b)
                    + (a.length == 0 || b.length == 0 ? " (use mul for a scalar)" : " (the inner sizes differ)"));
        }
        if (a.length == 1 && b.length == 1) return Shapes.SCALAR;
        if (a.length == 1) return new int[] {b[1]};
        if (b.length == 1) return new int[] {a[0]};
        return new int[] {a[0], b[1]};
    }

    /** The size the product sums over: a's last axis, b's first. */
    private static int inner(int[] s, boolean left) {
        if (s.length == 0) return -1;
        return left ? s[s.length - 1] : s[0];
    }

    @Override
    public Tensor forward(Tensor[] args) {
        Tensor a = args[0], b = args[1];
        int[] shape = shape(new int[][] {a.shape(), b.shape()});
        int m = rows(a), k = cols(a), n = b.rank() == 1 ? 1 : b.shape()[1];
        return Tensor.of(shape, product(a.data(), b.data(), m, k, n));
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        Tensor a = args[0], b = args[1];
        int m = rows(a), k = cols(a), n = b.rank() == 1 ? 1 : b.shape()[1];
        double[] g = grad.data(); // m × n
        double[] ga = new double[m * k], gb = new double[k * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += g[i * n + j] * b.at(p * n + j);
                ga[i * k + p] = s;
            }
        }
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < m; i++) s += a.at(i * k + p) * g[i * n + j];
                gb[p * n + j] = s;
            }
        }
        return new Tensor[] {Tensor.of(a.shape(), ga), Tensor.of(b.shape(), gb)};
    }

    private static int rows(Tensor a) { return a.rank() == 1 ? 1 : a.shape()[0]; }

    private static int cols(Tensor a) { return a.shape()[a.rank() - 1]; }

    static double[] product(double[] a, double[] b, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double x = a[i * k + p];
                if (x == 0) continue;
                for (int j = 0; j < n; j++) c[i * n + j] += x * b[p * n + j];
            }
        }
        return c;
    }
}
