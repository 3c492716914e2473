package org.chainrule.ops.tensor;

import org.chainrule.ops.Op;

/**
 * A scalar op applied element by element, its arguments broadcast to one shape. Its value and partials
 * are the scalar op's ({@link Op#apply}, {@link Op#partials}); the gradient of a broadcast argument is
 * summed over the elements that read it.
 */
final class Elementwise implements TensorRule {
    private final Op op;
    private final double param;

    Elementwise(Op op, double param) {
        this.op = op;
        this.param = param;
    }

    @Override
    public int[] shape(int[][] args) { return Shapes.broadcast(op.id(), args); }

    @Override
    public Tensor forward(Tensor[] args) {
        int[] shape = shape(shapes(args));
        int[][] map = maps(args, shape);
        double[] out = new double[Tensor.size(shape)];
        double[] buf = new double[args.length];
        for (int k = 0; k < out.length; k++) {
            for (int j = 0; j < args.length; j++) buf[j] = args[j].at(map[j][k]);
            out[k] = op.apply(buf, args.length, param);
        }
        return Tensor.of(shape, out);
    }

    @Override
    public Tensor[] backward(Tensor[] args, Tensor out, Tensor grad) {
        int[][] map = maps(args, out.shape());
        double[][] g = new double[args.length][];
        for (int j = 0; j < args.length; j++) g[j] = new double[args[j].size()];
        double[] buf = new double[args.length];
        double[] d = new double[args.length];
        for (int k = 0; k < out.size(); k++) {
            double gk = grad.at(k);
            if (gk == 0) continue;
            for (int j = 0; j < args.length; j++) buf[j] = args[j].at(map[j][k]);
            op.partials(buf, args.length, out.at(k), param, d);
            for (int j = 0; j < args.length; j++) g[j][map[j][k]] += gk * d[j];
        }
        Tensor[] res = new Tensor[args.length];
        for (int j = 0; j < args.length; j++) res[j] = Tensor.of(args[j].shape(), g[j]);
        return res;
    }

    @Override
    public boolean mixes() { return false; }

    static int[][] shapes(Tensor[] args) {
        int[][] s = new int[args.length][];
        for (int j = 0; j < args.length; j++) s[j] = args[j].shape();
        return s;
    }

    static int[][] maps(Tensor[] args, int[] shape) {
        int[][] map = new int[args.length][];
        for (int j = 0; j < args.length; j++) map[j] = Shapes.broadcastIndex(args[j].shape(), shape);
        return map;
    }
}
