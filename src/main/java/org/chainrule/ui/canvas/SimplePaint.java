package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Rect;

/**
 * The level of detail of a zoomed-out picture, for {@link DiagramPainter}: plain edges are stroked as
 * one path (straight, without arrowheads, when they are too small to see), nodes too small to show their
 * shape are plain rectangles filled together by colour. The software renderer pays per shape it is
 * handed, so thousands of edges in one path cost a fraction of thousands of paths.
 */
final class SimplePaint {
    /** Below this on-screen size (pixels) of a node its outline and shape are not drawn, only a rectangle. */
    static final double NODE_PX = 10;
    /** Below this on-screen length (pixels) of an arrowhead, edges are straight and have none. */
    static final double ARROW_PX = 3;

    private SimplePaint() {}

    /** Whether a node at this zoom is drawn as a plain rectangle. */
    static boolean simpleNode(DiagramNode n, double zoom) {
        return Math.max(n.width(), n.height()) * zoom < NODE_PX;
    }

    /** Whether an edge is drawn with the others in one path: plain (not selected, highlighted, dimmed or dashed). */
    static boolean plainEdge(DiagramEdge e, boolean selected) {
        return !selected && !e.highlighted() && !e.dimmed() && !e.dashed();
    }

    /** Strokes the plain edges as one path; arrowheads filled as a second one when big enough to see. */
    static void edges(GraphicsContext gc, List<DiagramEdge> edges, double zoom, Color stroke, double width) {
        if (edges.isEmpty()) return;
        boolean detailed = ARROW_PX <= 9 * zoom;   // an arrowhead is 9 px long at zoom 1
        gc.setGlobalAlpha(1);
        gc.setStroke(stroke);
        gc.setFill(stroke);
        gc.setLineWidth(width);
        gc.setLineDashes(null);
        // in paths of a few hundred: one path per edge costs the renderer per call, one for all of them
        // costs it in sorting the crossings of every line on each scanline
        for (int from = 0; from < edges.size(); from += BATCH) {
            List<DiagramEdge> part = edges.subList(from, Math.min(edges.size(), from + BATCH));
            gc.beginPath();
            for (DiagramEdge e : part) {
                gc.moveTo(e.start().x(), e.start().y());
                if (e.straight() || !detailed) gc.lineTo(e.end().x(), e.end().y());
                else gc.bezierCurveTo(e.c1().x(), e.c1().y(), e.c2().x(), e.c2().y(), e.end().x(), e.end().y());
            }
            gc.stroke();
            if (!detailed) continue;
            gc.beginPath();
            for (DiagramEdge e : part) {
                var a = e.arrow();
                gc.moveTo(a.get(0).x(), a.get(0).y());
                for (int i = 1; i < a.size(); i++) gc.lineTo(a.get(i).x(), a.get(i).y());
                gc.closePath();
            }
            gc.fill();
        }
    }

    /** Edges per path. */
    private static final int BATCH = 256;

    /** Fills the simple nodes as rectangles, one path per colour, and outlines them all as one path. */
    static void nodes(GraphicsContext gc, List<DiagramNode> nodes, Color[] fills, Color stroke, double zoom) {
        if (nodes.isEmpty()) return;
        gc.setGlobalAlpha(1);
        List<List<DiagramNode>> byGroup = new ArrayList<>();
        for (int i = 0; i < fills.length; i++) byGroup.add(new ArrayList<>());
        for (DiagramNode n : nodes) byGroup.get(n.group().ordinal()).add(n);
        for (int g = 0; g < fills.length; g++) {
            if (byGroup.get(g).isEmpty()) continue;
            gc.setFill(fills[g]);
            gc.beginPath();
            for (DiagramNode n : byGroup.get(g)) rect(gc, n.bounds());
            gc.fill();
        }
        gc.setStroke(stroke);
        gc.setLineWidth(1 / zoom);   // one screen pixel
        gc.beginPath();
        for (DiagramNode n : nodes) rect(gc, n.bounds());
        gc.stroke();
    }

    private static void rect(GraphicsContext gc, Rect b) {
        gc.moveTo(b.x(), b.y());
        gc.lineTo(b.right(), b.y());
        gc.lineTo(b.right(), b.bottom());
        gc.lineTo(b.x(), b.bottom());
        gc.closePath();
    }
}
