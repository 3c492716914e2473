package org.chainrule.draw;

import java.util.List;
import java.util.Map;

/**
 * A frame drawn around the nodes of one use of a cell (a function of several outputs that several nodes
 * call with the same arguments, one output each): a dashed rounded box around their shapes, {@link #PAD}
 * wide, with the function's name ({@code label}) on its top edge at the left, so that the nodes read as
 * one block.
 * The box follows the nodes: {@link #refit} makes it again from where they are now.
 *
 * @param members the ids of the framed nodes
 * @param box     the frame
 * @param label   the function's name, on the frame's top edge (boxed: the line does not run through it)
 */
public record DiagramFrame(List<String> members, Rect box, PlacedText label) {
    /** Room between the nodes and the frame at the sides and below, and above for the name. */
    public static final double PAD = 20, TOP = 16;
    /** Dash pattern of the frame's line (pixels on, off). */
    public static final double[] DASH = {5, 3};

    public DiagramFrame {
        members = List.copyOf(members);
    }

    /** The frame around {@code nodes} with the name {@code text} (size and ink as it is drawn). */
    static DiagramFrame around(List<DiagramNode> nodes, LabelText text, double size, Ink ink) {
        Rect b = box(nodes);
        PlacedText label = new PlacedText(text, 0, 0, size, ink, true, null);
        return new DiagramFrame(nodes.stream().map(DiagramNode::id).toList(), b, atTop(label, b));
    }

    /** The same frame around where its nodes are in {@code byId}; null when fewer than two of them are left. */
    DiagramFrame refit(Map<String, DiagramNode> byId) {
        List<DiagramNode> ns = members.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        if (ns.size() < 2) return null;
        Rect b = box(ns);
        return b.equals(box) && ns.size() == members.size() ? this
                : new DiagramFrame(ns.stream().map(DiagramNode::id).toList(), b, atTop(label, b));
    }

    private static Rect box(List<DiagramNode> nodes) {
        Rect b = null;
        for (DiagramNode n : nodes) b = b == null ? n.bounds() : b.union(n.bounds());
        return new Rect(b.x() - PAD, b.y() - TOP, b.width() + 2 * PAD, b.height() + PAD + TOP);
    }

    private static PlacedText atTop(PlacedText t, Rect b) {
        return t.at(b.x() + 6 + t.width() / 2, b.y());
    }
}
