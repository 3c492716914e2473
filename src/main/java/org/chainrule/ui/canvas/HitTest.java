package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/** What lies under a point of the canvas: a node, a node's output handle, an edge. */
final class HitTest {
    private final Supplier<Diagram> diagram;
    private final Supplier<Graph> graph;
    private final Viewport view;

    HitTest(Supplier<Diagram> diagram, Supplier<Graph> graph, Viewport view) {
        this.diagram = diagram;
        this.graph = graph;
        this.view = view;
    }

    /** The model node under the canvas point, or null. */
    Node nodeAt(double sx, double sy) {
        DiagramNode d = diagramNodeAt(view.toDiagram(sx, sy));
        return d == null ? null : graph.get().node(d.id());
    }

    /** The topmost drawn node whose box holds the diagram point, or null. */
    DiagramNode diagramNodeAt(Point p) {
        List<DiagramNode> nodes = diagram.get().nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            DiagramNode n = nodes.get(i);
            if (n.bounds().contains(p)) return n;
        }
        return null;
    }

    /** The node whose output handle is under the canvas point, or null. */
    Node handleAt(double sx, double sy) {
        Point p = view.toDiagram(sx, sy);
        double r = DiagramPainter.HANDLE_RADIUS + 3 / view.zoom();
        for (DiagramNode n : diagram.get().nodes()) {
            if (DiagramPainter.handle(n).distance(p) <= r) return graph.get().node(n.id());
        }
        return null;
    }

    /** The edge whose line passes within a few pixels of the canvas point, or null. */
    Edge edgeAt(double sx, double sy) {
        Point p = view.toDiagram(sx, sy);
        double tolerance = 5 / view.zoom();
        DiagramEdge best = null;
        double bestDistance = tolerance;
        for (DiagramEdge e : diagram.get().edges()) {
            if (!DiagramPainter.bounds(e).grow(tolerance).contains(p)) continue;
            for (int i = 0; i <= 24; i++) {
                double d = e.at(i / 24.0).distance(p);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e;
                }
            }
            if (e.tip().distance(p) < bestDistance) best = e;
        }
        return best == null ? null : graph.get().edge(best.key());
    }

    /** The model nodes whose centres lie in the diagram rectangle. */
    List<Node> nodesIn(Rect r) {
        List<Node> out = new ArrayList<>();
        for (DiagramNode n : diagram.get().nodes()) if (r.contains(n.centre())) out.add(graph.get().node(n.id()));
        return out;
    }
}
