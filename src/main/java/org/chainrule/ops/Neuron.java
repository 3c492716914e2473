package org.chainrule.ops;

/**
 * The {@code neuron} op: out = act(z) with z = bias + Σ w_j·x_j, and its local partial derivatives side by
 * side, with respect to its inputs, its weights and its bias:
 * <pre>
 *   ∂out/∂x_j = act′(z)·w_j      ∂out/∂w_j = act′(z)·x_j      ∂out/∂bias = act′(z)
 * </pre>
 * A neuron's weights live on its input edges and its bias on the node, so they are not among the
 * arguments {@link Op#apply} takes; every pass, cursor and formula computes a neuron through this class.
 * The weights are read from {@code w[from + j]} so that a caller can keep all of a graph's weights in one
 * array.
 */
public final class Neuron {
    private Neuron() {}

    /** z = bias + Σ w[from + j]·x[j] for j &lt; n: the activation's input. */
    public static double preActivation(double bias, double[] w, int from, double[] x, int n) {
        double z = bias;
        for (int j = 0; j < n; j++) z += w[from + j] * x[j];
        return z;
    }

    /** out = act(z). */
    public static double value(Activation act, double alpha, double z) {
        return act.apply(z, alpha);
    }

    /** act′(z), given out = act(z): ∂out/∂z, which is also ∂out/∂bias. */
    public static double slope(Activation act, double alpha, double z, double out) {
        return act.derivative(z, out, alpha);
    }

    /** ∂out/∂bias = act′(z). */
    public static double biasPartial(double slope) {
        return slope;
    }

    /** ∂out/∂w_j = act′(z)·x_j. */
    public static double weightPartial(double slope, double x) {
        return slope * x;
    }

    /** Fills d[j] = ∂out/∂x_j = act′(z)·w[from + j] for j &lt; n. */
    public static void inputPartials(double slope, double[] w, int from, int n, double[] d) {
        for (int j = 0; j < n; j++) d[j] = slope * w[from + j];
    }
}
