package org.chainrule.ops.tensor;

/**
 * Cross-entropy of probabilities p against targets y over the last axis: −Σ y·log p (a term with
 * y = 0 is 0, so 0·log 0 = 0); for a matrix, the mean over its rows. Partials: ∂p = −y/p and
 * ∂y = −log p, each divided by the number of rows.
 */
final class CrossEntropy implements TensorRule {
    @Override
    public int[] shape(int[][] args) {
        int[] p = args[0], y = args[1];
        if (!Shapes.same(p, y) || p.length > 2) {
            throw new ShapeException("cross_entropy of " + Shapes.text(p) + " and " + Shapes.text(y)
                    + (p.length > 2 ? " (a vector or a matrix)" : " (probabilities and targets need the same shape)"));
        }
        return Shapes.SCALAR;
    }

    private static int rows(Tensor p) { return p.rank() == 2 ? p.shape()[0] : 1; }

    @Override
    public Tensor forward(Tensor[] args) {
        shape(Elementwise.shapes(args));
        Tensor p = args[0], y = args[1];
        double s = 0;
        for (int k = 0; k < p.size(); k++) if (y.at(k) != 0) s -= y.at(k) * Math.log(p.at(k));
        return Tensor.scalar(s / rows(p));
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        Tensor p = args[0], y = args[1];
        double g = grad.at(0) / rows(p);
        double[] gp = new double[p.size()], gy = new double[y.size()];
        for (int k = 0; k < p.size(); k++) {
            gp[k] = y.at(k) == 0 ? 0 : -g * y.at(k) / p.at(k);
            gy[k] = -g * Math.log(p.at(k));
        }
        return new Tensor[] {Tensor.of(p.shape(), gp), Tensor.of(y.shape(), gy)};
    }
}
