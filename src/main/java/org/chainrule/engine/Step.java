package org.chainrule.engine;

import java.util.List;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;

/**
 * One step of a recorded pass: a node at a time step, the number it got (its value in the forward
 * pass, ∂out/∂node in the backward pass) and the chain-rule explanation with symbols and numbers, each
 * number tagged with its quantity ({@link TaggedText}). {@code lines} adds, for a neuron in the backward
 * pass, the gradients of its bias and weights. In a graph with tensors, {@code tensor} is the whole value
 * or gradient ({@code number} its first element).
 *
 * @param node the model node, or null when evaluated from a compiled form alone
 */
public record Step(Phase phase, Node node, String nodeId, int t, double number, TaggedText explanation,
                   List<TaggedText> lines, Tensor tensor) {
    public Step {
        lines = List.copyOf(lines);
    }

    /** A step of a scalar graph. */
    public Step(Phase phase, Node node, String nodeId, int t, double number, TaggedText explanation, List<TaggedText> lines) {
        this(phase, node, nodeId, t, number, explanation, lines, null);
    }

    /** The number as a tensor: the step's tensor in a tensor graph, else the number as a scalar. */
    public Tensor value() { return tensor != null ? tensor : Tensor.scalar(number); }

    /** The explanation as plain text. */
    public String text() { return explanation.text(); }

    /** The extra lines as plain text. */
    public List<String> details() { return lines.stream().map(TaggedText::text).toList(); }
}
