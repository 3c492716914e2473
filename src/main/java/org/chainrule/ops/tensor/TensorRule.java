package org.chainrule.ops.tensor;

/**
 * One op on tensors: the shape of its result, its value, and its vector-Jacobian product, side by side.
 * The product turns ∂out/∂result into ∂out/∂argument for every argument, each of its argument's shape
 * (so a broadcast argument gets the sum over the axes it was repeated along).
 */
public interface TensorRule {
    /** The result's shape from the arguments' shapes; throws {@link ShapeException} naming them. */
    int[] shape(int[][] args);

    Tensor forward(Tensor[] args);

    /** ∂out/∂args[j] for every j, given the arguments, the result and ∂out/∂result. */
    Tensor[] backward(Tensor[] args, Tensor out, Tensor grad);

    /** Whether the op reduces or mixes elements (its rule is not the scalar op applied element by element). */
    default boolean mixes() { return true; }
}
