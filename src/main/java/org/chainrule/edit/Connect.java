package org.chainrule.edit;

import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/** Adds an edge from → to; parallel edges and self-loops are allowed. */
public record Connect(Node from, Node to, Edge edge) implements Command {
    public Connect(Node from, Node to) { this(from, to, new Edge()); }

    @Override public void apply(Graph g) { g.connect(from, to, edge); }

    @Override public void undo(Graph g) { g.remove(edge); }

    @Override public String name() { return "Connect " + from.id() + " → " + to.id(); }
}
