package org.chainrule.engine.symbolic;

import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;

/**
 * A node at one time step of the unrolled graph: t = 1..T, or t = 0 for the node's {@code init} (the
 * value read through a delayed edge before the first step). Equality is by node identity and step.
 *
 * <p>With a {@code key}, it stands for a neuron's own number rather than a node: an edge weight
 * ({@code x1->h3}) or a bias ({@code h3.bias}), as used by neuron {@code node} at step t, written
 * {@code keyName} ({@code w[1]_13}, {@code b(h_3)}: {@link KeyNames#of}). Such a leaf ends a path when
 * the derivative is taken with respect to that weight or bias.
 */
public record TimeNode(Node node, int t, String key, String keyName) {
    /** A node at a step. */
    public TimeNode(Node node, int t) {
        this(node, t, null, null);
    }

    /** Whether this is a weight or bias of {@code node} rather than the node itself. */
    public boolean isLeaf() {
        return key != null;
    }

    /**
     * How formulas name it, as the {@code steps} explanations do ({@link KeyNames}): the node's label in a
     * graph without delays, else with its step ({@code h_2} for a label {@code h_t}, {@code s⟨2⟩},
     * {@code h_0} for the init). A weight or bias is written without a step: one number shared by every step.
     */
    public String name(boolean timed) {
        if (key != null) return keyName != null ? keyName : key;
        return KeyNames.at(node, t, timed);
    }
}
