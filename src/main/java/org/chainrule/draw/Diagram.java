package org.chainrule.draw;

import java.util.List;

/**
 * The drawing of a graph: every node and edge with its geometry and texts, and the {@code bounds} that
 * hold all of them plus a margin. Immutable; made by {@link DiagramBuilder}. Back ends paint nodes over
 * edges and texts last, translated so that {@code bounds} starts at the origin.
 */
public record Diagram(List<DiagramNode> nodes, List<DiagramEdge> edges, Rect bounds) {
    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The node with this id, or null. */
    public DiagramNode node(String id) {
        for (DiagramNode n : nodes) if (n.id().equals(id)) return n;
        return null;
    }

    /** The edge with this key, or null. */
    public DiagramEdge edge(String key) {
        for (DiagramEdge e : edges) if (e.key().equals(key)) return e;
        return null;
    }
}
