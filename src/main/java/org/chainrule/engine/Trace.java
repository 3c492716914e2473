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
    private final List<TaggedText> totals;

    Trace(List<Step> steps, int forwardCount) {
        this(steps, forwardCount, List.of());
    }

    Trace(List<Step> steps, int forwardCount, List<TaggedText> totals) {
        this.steps = List.copyOf(steps);
        this.forwardCount = forwardCount;
        this.totals = List.copyOf(totals);
    }

    /**
     * The totals of backpropagation through time ({@code dy_2/du = −11 + (−9) = −20}), each also a line of
     * the last step that contributed to it, in the order they were written; empty with one time step.
     */
    public List<String> totals() { return totals.stream().map(TaggedText::text).toList(); }

    /** The totals with the quantity of each number ({@link TaggedText}). */
    public List<TaggedText> taggedTotals() { return totals; }

    public List<Step> steps() { return steps; }

    public int size() { return steps.size(); }

    /** How many steps the forward pass has (the backward steps follow). */
    public int forwardCount() { return forwardCount; }

    public Step get(int i) { return steps.get(i); }
}
