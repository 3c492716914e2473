package org.chainrule.ops.tensor;

import org.chainrule.ops.Op;

/** The tensor rule of each op: the new tensor ops by name, every scalar op element by element. */
public final class TensorRules {
    private TensorRules() {}

    /** Default {@code eps} of {@code batchnorm}. */
    public static final double DEFAULT_EPS = 1e-5;

    /**
     * The rule of a computed op (not a source, not a neuron: see {@link TensorNeuron}).
     *
     * @param param the op's extra number (pow p, leaky_relu alpha)
     * @param axis  the axis of sum and mean, or null for every element
     * @param eps   batchnorm's eps
     */
    public static TensorRule of(Op op, double param, Integer axis, double eps) {
        switch (op) {
            case MATMUL: return new MatMul();
            case TRANSPOSE: return new Transpose();
            case SUM: return new Reduce(false, axis);
            case MEAN: return new Reduce(true, axis);
            case SOFTMAX: return new Softmax();
            case CROSS_ENTROPY: return new CrossEntropy();
            case BATCHNORM: return new BatchNorm(eps);
            case CONCAT: return new Concat();
            default:
                if (op.isSource() || op == Op.NEURON) throw new IllegalArgumentException(op.id() + " has no tensor rule");
                return new Elementwise(op, param);
        }
    }
}
