package org.chainrule.ops.tensor;

/**
 * {@code sum} and {@code mean}: over every element (a scalar), or over one axis, which the result
 * loses. The gradient goes back to every element summed, divided by the count for a mean.
 */
final class Reduce implements TensorRule {
    private final boolean mean;
    /** The axis, or null for every element. */
    private final Integer axis;

    Reduce(boolean mean, Integer axis) {
        this.mean = mean;
        this.axis = axis;
    }

    private String name() { return mean ? "mean" : "sum"; }

    @Override
    public int[] shape(int[][] args) {
        int[] a = args[0];
        if (axis == null) return Shapes.SCALAR;
        int ax = axisOf(a);
        int[] out = new int[a.length - 1];
        for (int i = 0, o = 0; i < a.length; i++) if (i != ax) out[o++] = a[i];
        return out;
    }

    private int axisOf(int[] a) {
        int ax = axis < 0 ? axis + a.length : axis;
        if (ax < 0 || ax >= a.length) {
            throw new ShapeException(name() + " over axis " + axis + " of " + Shapes.text(a) + " (it has " + a.length + " axes)");
        }
        return ax;
    }

    /** For each element of the argument, the element of the result it adds to. */
    private int[] target(int[] a) {
        int n = Tensor.size(a);
        int[] map = new int[n];
        if (axis == null) return map;
        int ax = axisOf(a);
        int inner = 1;
        for (int i = ax + 1; i < a.length; i++) inner *= a[i];
        for (int k = 0; k < n; k++) {
            int outer = k / (inner * a[ax]);
            map[k] = outer * inner + k % inner;
        }
        return map;
    }

    private int count(int[] a) { return axis == null ? Tensor.size(a) : a[axisOf(a)]; }

    @Override
    public Tensor forward(Tensor[] args) {
        Tensor x = args[0];
        int[] shape = shape(new int[][] {x.shape()});
        int[] map = target(x.shape());
        double[] out = new double[Tensor.size(shape)];
        for (int k = 0; k < x.size(); k++) out[map[k]] += x.at(k);
        if (mean) {
            int c = count(x.shape());
            for (int k = 0; k < out.length; k++) out[k] /= c;
        }
        return Tensor.of(shape, out);
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        Tensor x = args[0];
        int[] map = target(x.shape());
        double scale = mean ? 1.0 / count(x.shape()) : 1;
        double[] g = new double[x.size()];
        for (int k = 0; k < g.length; k++) g[k] = grad.at(map[k]) * scale;
        return new Tensor[] {Tensor.of(x.shape(), g)};
    }
}
