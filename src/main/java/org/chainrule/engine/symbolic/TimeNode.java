package org.chainrule.engine.symbolic;

import org.chainrule.model.Node;

/**
 * A node at one time step of the unrolled graph: t = 1..T, or t = 0 for the node's {@code init} (the
 * value read through a delayed edge before the first step). Equality is by node identity and step.
 *
 * <p>With a {@code key}, it stands for a neuron's own number rather than a node: an edge weight
 * ({@code x1->h3}) or a bias ({@code h3.bias}), as used by neuron {@code node} at step t. Such a leaf
 * ends a path when the derivative is taken with respect to that weight or bias.
 */
public record TimeNode(Node node, int t, String key) {
    /** A node at a step. */
    public TimeNode(Node node, int t) {
        this(node, t, null);
    }

    /** Whether this is a weight or bias of {@code node} rather than the node itself. */
    public boolean isLeaf() {
        return key != null;
    }

    /**
     * How formulas name it: the id alone in a graph without delays, else the id with the step in angle
     * brackets, {@code h⟨2⟩}, and {@code h⟨0⟩} for the init. A weight is {@code w(x1→h3)}, a bias
     * {@code b(h3)}, without a step (one number shared by every step).
     */
    public String name(boolean timed) {
        if (key != null) return leafName(key);
        return timed ? node.id() + "⟨" + t + "⟩" : node.id();
    }

    /** {@code w(x1→h3)} for the weight key {@code x1->h3}, {@code b(h3)} for {@code h3.bias}. */
    static String leafName(String key) {
        if (key.endsWith(".bias")) return "b(" + key.substring(0, key.length() - 5) + ")";
        return "w(" + key.replace("->", "→") + ")";
    }
}
