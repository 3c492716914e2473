package org.chainrule.edit;

import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/** Adds one node (its id must be free). */
public final class AddNode implements Command {
    private final Node node;

    public AddNode(Node node) { this.node = node; }

    public Node node() { return node; }

    @Override public void apply(Graph g) { g.add(node); }

    // the node was added last, so removing it restores the order exactly
    @Override public void undo(Graph g) { g.remove(node); }

    @Override public String name() { return "Add " + node.op().id() + " node"; }
}
