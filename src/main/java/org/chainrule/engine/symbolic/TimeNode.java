package org.chainrule.engine.symbolic;

import org.chainrule.model.Node;

/**
 * A node at one time step of the unrolled graph: t = 1..T, or t = 0 for the node's {@code init} (the
 * value read through a delayed edge before the first step). Equality is by node identity and step.
 */
public record TimeNode(Node node, int t) {
    /**
     * How formulas name it: the id alone in a graph without delays, else the id with the step in angle
     * brackets, {@code h⟨2⟩}, and {@code h⟨0⟩} for the init.
     */
    public String name(boolean timed) {
        return timed ? node.id() + "⟨" + t + "⟩" : node.id();
    }
}
