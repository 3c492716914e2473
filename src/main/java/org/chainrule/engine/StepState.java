package org.chainrule.engine;

import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;

/**
 * Everything known at one position of a {@link StepCursor}, for the time step being shown: what the canvas
 * draws after the steps up to and including {@code step}. Immutable.
 *
 * @param position    how many steps have been played (0 = nothing yet)
 * @param step        the step just played, or null at the start
 * @param time        the time step shown (the step's t; 1 at the start)
 * @param values      nodes whose value at {@code time} is known
 * @param edgeValues  edges whose value into their target at {@code time} is known (before any weight)
 * @param edgeGrads   edges whose gradient carried back from their target at {@code time} is known
 * @param grads       nodes whose gradient at {@code time} is known, with the consumers' contributions
 * @param quantities  gradients of the graph's keys ({@code ID}, {@code ID.bias}, {@code ID.init},
 *                    {@code FROM->TO}) summed over the backward steps played so far, in key order
 * @param moving      the edges the step just played sends a number along (forward: the node's outgoing
 *                    edges; backward: its incoming edges), for the travel animation
 * @param tensors     on a graph with tensors, the same known values and gradients as whole tensors (the
 *                    maps above hold their first elements); {@link Tensors#NONE} on a scalar graph
 */
public record StepState(int position, Step step, int time, Map<Node, Double> values, Map<Edge, Double> edgeValues,
                        Map<Edge, Double> edgeGrads, Map<Node, GradientSum> grads, Map<String, QuantityGradient> quantities,
                        List<Edge> moving, Tensors tensors) {

    /** A state of a scalar graph. */
    public StepState(int position, Step step, int time, Map<Node, Double> values, Map<Edge, Double> edgeValues,
                     Map<Edge, Double> edgeGrads, Map<Node, GradientSum> grads, Map<String, QuantityGradient> quantities,
                     List<Edge> moving) {
        this(position, step, time, values, edgeValues, edgeGrads, grads, quantities, moving, Tensors.NONE);
    }

    /**
     * The known numbers of a tensor graph as tensors, keyed like the scalar maps: a node's value and
     * gradient (its total, the sum of what its consumers send back), what an edge carries forward and back,
     * and, by key, the whole gradient of each tensor key whose every time step is known ({@code totals}).
     */
    public record Tensors(Map<Node, Tensor> values, Map<Node, Tensor> grads, Map<Edge, Tensor> edgeValues,
                          Map<Edge, Tensor> edgeGrads, Map<String, Tensor> totals) {
        public static final Tensors NONE = new Tensors(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        /** Whether the graph has tensors (then every known number has its tensor here). */
        public boolean any() { return this != NONE; }
    }

    /**
     * A node's gradient at one time step as the sum of what its consumers send back: one term per
     * outgoing edge (at the consumer's time step), plus the seed 1 when the node is the output at T.
     */
    public record GradientSum(Node node, int time, double total, List<Contribution> terms) {
        /** Whether the sum is worth writing out (a fork, a skip connection, a shared parameter). */
        public boolean isSum() { return terms.size() > 1; }
    }

    /**
     * One contribution to a gradient.
     *
     * @param edge  the edge it comes back along, or null for the seed ∂out/∂out = 1 or an own-step term
     * @param time  the time step of the consumer it comes from
     * @param value the number
     */
    public record Contribution(Edge edge, int time, double value) {}

    /**
     * The gradient of one key, accumulated over the backward steps played so far (one term per time step
     * in backpropagation through time).
     *
     * @param key      the key (docs/file-format.md)
     * @param trainable whether gradient descent changes it
     * @param terms    per time step, the contributions known so far (latest time step first)
     * @param sum      their sum
     * @param complete whether every time step has contributed (then {@code sum} is the full gradient)
     */
    public record QuantityGradient(String key, boolean trainable, List<Contribution> terms, double sum, boolean complete) {}

    /** The phase of the step just played, or null at the start. */
    public Phase phase() { return step == null ? null : step.phase(); }
}
