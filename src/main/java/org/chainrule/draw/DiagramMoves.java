package org.chainrule.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * A quick update of a diagram while nodes are being dragged: the moved nodes (those whose model
 * position differs from their drawn centre) and their texts are shifted, the edges touching them are
 * re-routed between the new outlines keeping their bend, their texts follow the middle of the curve,
 * and nothing else is recomputed. Building the full diagram places every label against every other
 * and is too slow to repeat on each mouse event of a large graph; after the drag the caller builds the
 * diagram again with {@link DiagramBuilder}.
 */
public final class DiagramMoves {
    private DiagramMoves() {}

    /** {@code base} with the nodes of {@code graph} that moved drawn at their new positions. */
    public static Diagram apply(Diagram base, Graph graph) {
        Map<String, Point> moved = new HashMap<>();   // id → displacement
        List<DiagramNode> nodes = new ArrayList<>(base.nodes().size());
        Rect bounds = base.bounds();
        for (DiagramNode d : base.nodes()) {
            Node n = graph.node(d.id());
            if (n == null || !n.hasPosition() || (n.x() == d.x() && n.y() == d.y())) {
                nodes.add(d);
                continue;
            }
            DiagramNode m = shift(d, n.x() - d.x(), n.y() - d.y());
            moved.put(d.id(), new Point(n.x() - d.x(), n.y() - d.y()));
            nodes.add(m);
            bounds = bounds.union(m.bounds().grow(DiagramBuilder.MARGIN));
        }
        if (moved.isEmpty()) return base;
        Map<String, DiagramNode> byId = new HashMap<>();
        for (DiagramNode d : nodes) byId.put(d.id(), d);
        List<DiagramEdge> edges = new ArrayList<>(base.edges().size());
        for (DiagramEdge e : base.edges()) {
            boolean a = moved.containsKey(e.from()), b = moved.containsKey(e.to());
            if (!a && !b) {
                edges.add(e);
                continue;
            }
            Point da = moved.get(e.from()), db = moved.get(e.to());
            // a loop, or an edge whose two ends moved alike, moves as a whole; others are re-routed
            DiagramEdge r = e.selfLoop() || (a && b && da.equals(db)) ? shifted(e, (a ? da : db).x(), (a ? da : db).y())
                    : reroute(e, byId.get(e.from()), byId.get(e.to()));
            edges.add(r);
            bounds = bounds.union(DiagramMoves.box(r).grow(DiagramBuilder.MARGIN));
        }
        return new Diagram(nodes, edges, base.frames(), bounds);
    }

    private static DiagramNode shift(DiagramNode d, double dx, double dy) {
        return new DiagramNode(d.id(), d.shape(), d.group(), d.x() + dx, d.y() + dy, d.width(), d.height(),
                shift(d.title(), dx, dy), shift(d.symbol(), dx, dy), shift(d.dims(), dx, dy), shift(d.caption(), dx, dy),
                shift(d.value(), dx, dy), shift(d.grad(), dx, dy),
                d.extras().stream().map(t -> shift(t, dx, dy)).toList(), d.output(), d.highlighted(), d.dimmed(),
                d.styleClasses());
    }

    private static PlacedText shift(PlacedText t, double dx, double dy) {
        return t == null ? null : t.at(t.x() + dx, t.y() + dy);
    }

    private static DiagramEdge reroute(DiagramEdge e, DiagramNode from, DiagramNode to) {
        EdgeRouter.Route r = EdgeRouter.between(from, to, bend(e));
        Point oldMid = e.at(0.5), newMid = r.at(0.5);
        double dx = newMid.x() - oldMid.x(), dy = newMid.y() - oldMid.y();
        return new DiagramEdge(e.key(), e.from(), e.to(), r.start(), r.c1(), r.c2(), r.end(), r.arrow(), r.straight(),
                false, e.delay(), shift(e.weight(), dx, dy), shift(e.value(), dx, dy), shift(e.grad(), dx, dy),
                shift(e.delayMark(), dx, dy), e.highlighted(), e.dimmed(), e.styleClasses());
    }

    private static DiagramEdge shifted(DiagramEdge e, double dx, double dy) {
        List<Point> arrow = new ArrayList<>();
        for (Point p : e.arrow()) arrow.add(p.plus(dx, dy));
        return new DiagramEdge(e.key(), e.from(), e.to(), e.start().plus(dx, dy), e.c1().plus(dx, dy), e.c2().plus(dx, dy),
                e.end().plus(dx, dy), arrow, e.straight(), e.selfLoop(), e.delay(), shift(e.weight(), dx, dy),
                shift(e.value(), dx, dy), shift(e.grad(), dx, dy), shift(e.delayMark(), dx, dy), e.highlighted(),
                e.dimmed(), e.styleClasses());
    }

    /** The edge's bend as {@link EdgeRouter#between} measures it: how far its middle sits left of the chord. */
    private static double bend(DiagramEdge e) {
        if (e.straight()) return 0;
        Point chord = e.end().minus(e.start());
        if (chord.length() < 1e-9) return 0;
        Point n = chord.unit().normal();
        Point mid = e.at(0.5).minus(e.start().plus(chord.times(0.5)));
        return mid.x() * n.x() + mid.y() * n.y();
    }

    private static Rect box(DiagramEdge e) {
        double l = Math.min(Math.min(e.start().x(), e.end().x()), Math.min(e.c1().x(), e.c2().x()));
        double r = Math.max(Math.max(e.start().x(), e.end().x()), Math.max(e.c1().x(), e.c2().x()));
        double t = Math.min(Math.min(e.start().y(), e.end().y()), Math.min(e.c1().y(), e.c2().y()));
        double b = Math.max(Math.max(e.start().y(), e.end().y()), Math.max(e.c1().y(), e.c2().y()));
        return new Rect(l, t, r - l, b - t);
    }
}
