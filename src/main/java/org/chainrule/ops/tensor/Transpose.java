package org.chainrule.ops.tensor;

/** Swaps the two axes of a matrix; a vector or a scalar stays as it is (as numpy's {@code .T}). */
final class Transpose implements TensorRule {
    @Override
    public int[] shape(int[][] args) {
        int[] a = args[0];
        if (a.length > 2) throw new ShapeException("transpose of " + Shapes.text(a) + " (a matrix has two axes)");
        return a.length == 2 ? new int[] {a[1], a[0]} : a;
    }

    @Override
    public Tensor forward(Tensor[] args) { return swap(args[0]); }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) { return new Tensor[] {swap(grad)}; }

    static Tensor swap(Tensor a) {
        if (a.rank() < 2) return a;
        int m = a.shape()[0], n = a.shape()[1];
        double[] d = new double[m * n];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) d[j * m + i] = a.at(i * n + j);
        return Tensor.of(new int[] {n, m}, d);
    }
}
