package org.chainrule.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/** Moves nodes to new positions (a drag, a nudge). Consecutive nudges of the same nodes merge into one
 * undo step. */
public final class MoveNodes implements Command {
    /** A position; null coordinates mean "not placed yet". */
    public record Position(Double x, Double y) {}

    private final Map<Node, Position> from = new LinkedHashMap<>();
    private final Map<Node, Position> to = new LinkedHashMap<>();
    private final String name;
    private boolean mergeable;

    /** Moves each node to its entry in {@code targets}; the current positions are remembered for undo. */
    public MoveNodes(Map<Node, Position> targets, String name) {
        for (Map.Entry<Node, Position> e : targets.entrySet()) {
            from.put(e.getKey(), new Position(e.getKey().x(), e.getKey().y()));
            to.put(e.getKey(), e.getValue());
        }
        this.name = name;
    }

    /** An arrow-key nudge: consecutive nudges of the same nodes become one undo step. */
    public static MoveNodes nudge(Map<Node, Position> targets) {
        MoveNodes m = new MoveNodes(targets, targets.size() == 1 ? "Nudge node" : "Nudge " + targets.size() + " nodes");
        m.mergeable = true;
        return m;
    }

    /** A move whose start positions are given (the nodes were already moved live, during a drag). */
    public static MoveNodes done(Map<Node, Position> start, String name) {
        Map<Node, Position> now = new LinkedHashMap<>();
        for (Node n : start.keySet()) now.put(n, new Position(n.x(), n.y()));
        MoveNodes m = new MoveNodes(now, name);
        m.from.putAll(start);
        return m;
    }

    @Override
    public void apply(Graph g) {
        to.forEach((n, p) -> n.setPosition(p.x(), p.y()));
    }

    @Override
    public void undo(Graph g) {
        from.forEach((n, p) -> n.setPosition(p.x(), p.y()));
    }

    /** Whether {@code next} moves the same nodes with the same name, so the two can be one undo step. */
    public boolean canMerge(MoveNodes next) {
        return mergeable && next.mergeable && to.keySet().equals(next.to.keySet());
    }

    /** This move followed by {@code next}: from this one's start to next's end. */
    public MoveNodes merge(MoveNodes next) {
        MoveNodes m = new MoveNodes(next.to, name);
        m.mergeable = true;
        m.from.clear();
        m.from.putAll(from);
        return m;
    }

    @Override public String name() { return name; }
}
