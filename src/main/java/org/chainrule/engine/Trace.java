package org.chainrule.engine;

import java.util.List;

/**
 * The ordered steps of a forward and a backward pass: every node once per time step in each phase,
 * forward in evaluation order, backward in reverse. Immutable, so a player can rewind and seek
 * without recomputing anything.
 */
public final class Trace {
    private final List<Step> steps;
    private final int forwardCount;

    Trace(List<Step> steps, int forwardCount) {
        this.steps = List.copyOf(steps);
        this.forwardCount = forwardCount;
    }

    public List<Step> steps() { return steps; }

    public int size() { return steps.size(); }

    /** How many steps the forward pass has (the backward steps follow). */
    public int forwardCount() { return forwardCount; }

    public Step get(int i) { return steps.get(i); }
}
