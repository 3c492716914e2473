package org.chainrule.engine;

import java.util.List;
import org.chainrule.model.Node;

/**
 * One step of a recorded pass: a node at a time step, the number it got (its value in the forward
 * pass, ∂out/∂node in the backward pass) and the chain-rule explanation with symbols and numbers.
 * {@code details} adds, for a neuron in the backward pass, the gradients of its bias and weights.
 *
 * @param node the model node, or null when evaluated from a compiled form alone
 */
public record Step(Phase phase, Node node, String nodeId, int t, double number, String text, List<String> details) {
    public Step {
        details = List.copyOf(details);
    }
}
