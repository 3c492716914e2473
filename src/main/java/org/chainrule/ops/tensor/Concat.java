package org.chainrule.ops.tensor;

/**
 * Stacks its arguments one after the other along their last axis, as numpy's {@code concatenate(…, axis=-1)}:
 * vectors {@code [n]} and {@code [m]} give {@code [n + m]} (the LSTM's z_t = [x_t, h_{t−1}]), matrices
 * {@code [b, n]} and {@code [b, m]} give {@code [b, n + m]}. A scalar counts as a vector of one element.
 * Its vector-Jacobian product hands each argument back its own slice of ∂out/∂result.
 */
public final class Concat implements TensorRule {
    @Override
    public int[] shape(int[][] args) {
        int rank = Math.max(1, args[0].length);
        int last = 0;
        for (int[] a : args) {
            int[] s = asVector(a);
            if (s.length > 2 || s.length != rank || !sameLeading(s, asVector(args[0]))) {
                throw new ShapeException("concat of " + Shapes.texts(args) + (s.length > 2 ? " (it takes vectors and matrices)"
                        : " (they differ in more than their last axis)"));
            }
            last += s[s.length - 1];
        }
        int[] out = asVector(args[0]).clone();
        out[out.length - 1] = last;
        return out;
    }

    private static int[] asVector(int[] s) { return s.length == 0 ? new int[] {1} : s; }

    private static boolean sameLeading(int[] a, int[] b) {
        for (int i = 0; i < a.length - 1; i++) if (a[i] != b[i]) return false;
        return true;
    }

    @Override
    public Tensor forward(Tensor[] args) {
        int[][] shapes = new int[args.length][];
        for (int j = 0; j < args.length; j++) shapes[j] = args[j].shape();
        int[] shape = shape(shapes);
        int width = shape[shape.length - 1], rows = Tensor.size(shape) / width;
        double[] d = new double[Tensor.size(shape)];
        int from = 0;
        for (Tensor a : args) {
            int w = a.size() / rows;
            for (int r = 0; r < rows; r++) System.arraycopy(a.data(), r * w, d, r * width + from, w);
            from += w;
        }
        return Tensor.of(shape, d);
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        int[] shape = out.shape();
        int width = shape[shape.length - 1], rows = out.size() / width;
        Tensor[] g = new Tensor[args.length];
        int from = 0;
        for (int j = 0; j < args.length; j++) {
            int w = args[j].size() / rows;
            double[] d = new double[args[j].size()];
            for (int r = 0; r < rows; r++) System.arraycopy(grad.data(), r * width + from, d, r * w, w);
            g[j] = Tensor.of(args[j].shape(), d);
            from += w;
        }
        return g;
    }

    /**
     * Where argument {@code pos} sits in the result's last axis: its first and one past its last index,
     * from the arguments' shapes.
     */
    public static int[] span(int[][] args, int pos) {
        int from = 0;
        for (int j = 0; j < pos; j++) from += last(args[j]);
        return new int[] {from, from + last(args[pos])};
    }

    private static int last(int[] s) { return s.length == 0 ? 1 : s[s.length - 1]; }
}
