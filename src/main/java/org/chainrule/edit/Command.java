package org.chainrule.edit;

import org.chainrule.model.Graph;

/**
 * One change to a graph that can be undone. {@link #apply} and {@link #undo} are called alternately on
 * the same graph, starting with {@code apply}; after {@code undo} the graph is exactly as it was before
 * (same node and edge objects, same order, same fields), so later commands in a history stay valid.
 */
public interface Command {
    void apply(Graph g);

    void undo(Graph g);

    /** What the user did, for the Undo/Redo menu items: "Add node", "Move 3 nodes". */
    String name();
}
