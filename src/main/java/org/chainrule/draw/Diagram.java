package org.chainrule.draw;

import java.util.List;

/**
 * The drawing of a graph: every node and edge with its geometry and texts, the {@code frames} around the
 * nodes of one use of a cell, and the {@code bounds} that hold all of them plus a margin. Immutable; made by
 * {@link DiagramBuilder}. Back ends paint frames first, nodes over edges and texts last, translated so that
 * {@code bounds} starts at the origin. Each frame is fitted again to where its nodes are (a moved node
 * takes its frame along).
 */
public record Diagram(List<DiagramNode> nodes, List<DiagramEdge> edges, List<DiagramFrame> frames, Rect bounds) {
    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (!frames.isEmpty()) {
            java.util.Map<String, DiagramNode> byId = new java.util.HashMap<>();
            for (DiagramNode n : nodes) byId.put(n.id(), n);
            List<DiagramFrame> fitted = new java.util.ArrayList<>();
            for (DiagramFrame f : frames) {
                DiagramFrame r = f.refit(byId);
                if (r == null) continue;
                fitted.add(r);
                bounds = bounds.union(r.box().grow(DiagramBuilder.MARGIN));
            }
            frames = fitted;
        }
        frames = List.copyOf(frames);
    }

    /** A diagram without frames. */
    public Diagram(List<DiagramNode> nodes, List<DiagramEdge> edges, Rect bounds) {
        this(nodes, edges, List.of(), bounds);
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
