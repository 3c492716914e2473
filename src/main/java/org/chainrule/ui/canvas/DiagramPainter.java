package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramFrame;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Ink;
import org.chainrule.draw.LabelText;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.draw.ShapeKind;
import org.chainrule.draw.Theme;
import org.chainrule.ops.OpGroup;

/**
 * Paints a {@link Diagram} on a JavaFX canvas exactly as it says (the exporters paint the same
 * description), plus the editor's own marks: selection, problem nodes and output handles. Only what
 * intersects the visible rectangle is painted, texts are skipped when they would be too small to
 * read, and zoomed out the shapes get simpler ({@link SimplePaint}), so graphs of thousands of nodes
 * stay smooth.
 */
final class DiagramPainter {
    /** Below this on-screen font size (pixels) texts are not drawn. */
    static final double MIN_READABLE = 4.5;
    /** Radius of the output handle (drag from it to connect), in diagram pixels. */
    static final double HANDLE_RADIUS = 5;

    private static final Color SELECTION = Color.web("#0969da");
    private static final Color PROBLEM = Color.web("#cf222e");

    private final Theme theme = Theme.standard();
    private final Color stroke = Color.web(theme.stroke());
    private final Color highlight = Color.web(theme.highlight());
    private final Color[] fills = new Color[OpGroup.values().length];
    private final String family = theme.fontFamily();

    private final RasterSketch sketch = new RasterSketch();
    private final RasterSketch.Inks inks;

    /** Receives every text as it is painted (tests read what the canvas shows), or null. */
    java.util.function.Consumer<String> sink;

    DiagramPainter() {
        for (OpGroup g : OpGroup.values()) fills[g.ordinal()] = Color.web(theme.fill(g));
        inks = new RasterSketch.Inks(Color.web(theme.background()), stroke, fills, SELECTION, highlight, PROBLEM, theme.dimOpacity());
    }

    /** Whether {@link #sketch} paints {@code d} at this zoom. */
    boolean sketches(Diagram d, double zoom) {
        return RasterSketch.applies(d, zoom, theme.smallSize() * zoom >= MIN_READABLE);
    }

    /**
     * Paints a big graph zoomed far out as one image ({@link RasterSketch}) over the whole canvas, when that
     * applies (else returns false and paints nothing); the arguments as for {@link #paint}, with the screen
     * offset of the diagram's origin.
     */
    boolean sketch(GraphicsContext gc, Diagram d, double zoom, double ox, double oy, Marks marks, Predicate<String> nodes,
                   Predicate<DiagramEdge> edges) {
        if (!sketches(d, zoom)) return false;
        int w = (int) Math.ceil(gc.getCanvas().getWidth()), h = (int) Math.ceil(gc.getCanvas().getHeight());
        sketch.paint(gc, d, w, h, zoom, ox, oy, inks, marks, nodes, edges);
        return true;
    }

    /** What the painter needs to know beyond the diagram. */
    record Marks(Set<String> selectedNodes, Set<String> selectedEdges, Set<String> problemNodes, boolean handles) {}

    /**
     * Paints {@code d} with the context already transformed to diagram coordinates at {@code zoom};
     * {@code view} is the visible rectangle in diagram coordinates; only the nodes and edges the two
     * filters accept are painted (the canvas paints moving nodes on a layer of their own).
     */
    void paint(GraphicsContext gc, Diagram d, Rect view, double zoom, Marks marks, Predicate<String> nodes,
               Predicate<DiagramEdge> edges) {
        // a small graph keeps every text at any zoom (the stepper's numbers); only big ones leave out unreadable texts
        everyText = d.nodes().size() < CanvasLayers.DEFERRED_VIEW_NODES;
        boolean texts = everyText || theme.smallSize() * zoom >= MIN_READABLE;
        gc.setLineCap(StrokeLineCap.BUTT);
        for (DiagramFrame f : d.frames()) if (view.intersects(f.box())) paintFrame(gc, f, zoom, texts);
        // only what is in view; plain edges and nodes too small to show their shape in one path each (SimplePaint)
        List<DiagramEdge> plain = new ArrayList<>();
        List<DiagramEdge> marked = new ArrayList<>();
        for (DiagramEdge e : d.edges()) {
            if (!edges.test(e) || !view.intersects(bounds(e))) continue;
            (SimplePaint.plainEdge(e, marks.selectedEdges().contains(e.key())) ? plain : marked).add(e);
        }
        SimplePaint.edges(gc, plain, zoom, stroke, theme.strokeWidth());
        for (DiagramEdge e : marked) paintEdge(gc, e, zoom, marks.selectedEdges().contains(e.key()));
        List<DiagramNode> simple = new ArrayList<>();
        for (DiagramNode n : d.nodes()) {
            if (!nodes.test(n.id()) || !view.intersects(n.bounds().grow(HANDLE_RADIUS))) continue;
            boolean plainNode = !n.highlighted() && !n.dimmed() && !n.output() && !marks.selectedNodes().contains(n.id())
                    && !marks.problemNodes().contains(n.id());
            if (plainNode && SimplePaint.simpleNode(n, zoom)) simple.add(n);
            else paintNode(gc, n, zoom, marks);
        }
        SimplePaint.nodes(gc, simple, fills, stroke, zoom);
        if (!texts) return;
        for (DiagramEdge e : d.edges()) {
            if (!edges.test(e) || !view.intersects(bounds(e).grow(40))) continue;
            double alpha = e.dimmed() ? theme.dimOpacity() : 1;
            for (PlacedText t : e.texts()) paintText(gc, t, zoom, alpha);
        }
        for (DiagramNode n : d.nodes()) {
            if (!nodes.test(n.id()) || !view.intersects(n.bounds().grow(60))) continue;
            double alpha = n.dimmed() ? theme.dimOpacity() : 1;
            for (PlacedText t : n.texts()) paintText(gc, t, zoom, alpha);
        }
    }

    /** The dashed frame around the nodes of one use of a cell, with the function's name in it. */
    private void paintFrame(GraphicsContext gc, DiagramFrame f, double zoom, boolean texts) {
        gc.setGlobalAlpha(1);
        gc.setStroke(Color.web(theme.color(Ink.MUTED)));
        gc.setLineWidth(theme.strokeWidth());
        gc.setLineDashes(DiagramFrame.DASH);
        Rect b = f.box();
        gc.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 4 * ShapeKind.CORNER_RADIUS, 4 * ShapeKind.CORNER_RADIUS);
        gc.setLineDashes(null);
        if (texts) paintText(gc, f.label(), zoom, 1);
    }

    /** The box around an edge's curve and arrowhead (control points bound the curve). */
    static Rect bounds(DiagramEdge e) {
        return Rect.around(e.start(), e.c1(), e.c2(), e.end(), e.arrow());
    }

    private void paintEdge(GraphicsContext gc, DiagramEdge e, double zoom, boolean selected) {
        gc.setGlobalAlpha(e.dimmed() ? theme.dimOpacity() : 1);
        Color c = selected ? SELECTION : e.highlighted() ? highlight : stroke;
        double w = selected || e.highlighted() ? theme.highlightStrokeWidth() : theme.strokeWidth();
        gc.setStroke(c);
        gc.setFill(c);
        gc.setLineWidth(w);
        gc.setLineDashes(e.dashed() ? DiagramEdge.DASH : null);
        gc.beginPath();
        gc.moveTo(e.start().x(), e.start().y());
        if (e.straight()) gc.lineTo(e.end().x(), e.end().y());
        else gc.bezierCurveTo(e.c1().x(), e.c1().y(), e.c2().x(), e.c2().y(), e.end().x(), e.end().y());
        gc.stroke();
        gc.setLineDashes(null);
        int k = e.arrow().size();
        double[] xs = new double[k], ys = new double[k];
        for (int i = 0; i < k; i++) {
            xs[i] = e.arrow().get(i).x();
            ys[i] = e.arrow().get(i).y();
        }
        gc.fillPolygon(xs, ys, k);
        gc.setGlobalAlpha(1);
    }

    private void paintNode(GraphicsContext gc, DiagramNode n, double zoom, Marks marks) {
        gc.setGlobalAlpha(n.dimmed() ? theme.dimOpacity() : 1);
        Rect b = n.bounds();
        gc.setFill(fills[n.group().ordinal()]);
        boolean selected = marks.selectedNodes().contains(n.id());
        boolean problem = marks.problemNodes().contains(n.id());
        double w = n.highlighted() ? theme.highlightStrokeWidth() : n.output() ? theme.outputStrokeWidth() : theme.strokeWidth();
        gc.setStroke(n.highlighted() ? highlight : stroke);
        gc.setLineWidth(w);
        shape(gc, n, b, 0, true);
        shape(gc, n, b, 0, false);
        if (problem) {
            gc.setStroke(PROBLEM);
            gc.setLineWidth(2);
            gc.setLineDashes(4, 3);
            shape(gc, n, b, 4, false);
            gc.setLineDashes(null);
        }
        if (selected) {
            gc.setStroke(SELECTION);
            gc.setLineWidth(2.5);
            shape(gc, n, b, problem ? 8 : 4, false);
        }
        if (marks.handles() && selected) paintHandle(gc, n, zoom);
        gc.setGlobalAlpha(1);
    }

    /** The output handle of a node (shown on selected nodes and the node under the mouse). */
    void paintHandle(GraphicsContext gc, DiagramNode n, double zoom) {
        if (HANDLE_RADIUS * zoom < 2.5) return;
        Point h = handle(n);
        gc.setFill(Color.WHITE);
        gc.fillOval(h.x() - HANDLE_RADIUS, h.y() - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
        gc.setStroke(stroke);
        gc.setLineWidth(1.2);
        gc.strokeOval(h.x() - HANDLE_RADIUS, h.y() - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
    }

    /** Where a node's output handle sits: the middle of its right side. */
    static Point handle(DiagramNode n) { return new Point(n.x() + n.width() / 2, n.y()); }

    private static void shape(GraphicsContext gc, DiagramNode n, Rect b, double grow, boolean fill) {
        double x = b.x() - grow, y = b.y() - grow, w = b.width() + 2 * grow, h = b.height() + 2 * grow;
        if (n.shape() == ShapeKind.CIRCLE) {
            if (fill) gc.fillOval(x, y, w, w);
            else gc.strokeOval(x, y, w, w);
        } else {
            double r = n.shape() == ShapeKind.ROUNDED ? 2 * ShapeKind.CORNER_RADIUS + grow : 2 * grow;
            if (fill) gc.fillRoundRect(x, y, w, h, r, r);
            else gc.strokeRoundRect(x, y, w, h, r, r);
        }
    }

    /** Whether the diagram being painted is small enough to paint every text, however small. */
    private boolean everyText;

    private void paintText(GraphicsContext gc, PlacedText t, double zoom, double alpha) {
        if (!everyText && t.size() * zoom < MIN_READABLE) return;
        if (sink != null) {
            StringBuilder all = new StringBuilder();
            for (LabelText.Run r : t.text().runs()) all.append(r.text());
            sink.accept(all.toString());
        }
        gc.setGlobalAlpha(alpha);
        if (t.boxed()) {
            Rect b = t.bounds();
            gc.setFill(Color.rgb(255, 255, 255, 0.85));
            gc.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 4, 4);
        }
        if (t.grid() != null) {
            paintGrid(gc, t, zoom, alpha);
            return;
        }
        gc.setFill(Color.web(theme.color(t.ink())));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = t.x() - t.text().width(t.size()) / 2;
        for (LabelText.Run r : t.text().runs()) {
            double size = r.script() == LabelText.Script.NORMAL ? t.size() : t.size() * LabelText.SCRIPT_SCALE;
            double dy = switch (r.script()) {
                case SUPER -> LabelText.SUPER_SHIFT * t.size();
                case SUB -> LabelText.SUB_SHIFT * t.size();
                default -> 0;
            };
            gc.setFont(font(size, t.ink() == org.chainrule.draw.Ink.TEXT && !t.boxed()));
            double advance = LabelText.plain(r.text()).width(size);
            // never wider than the box placement reserved (a bold title, or a font that is not the theme's)
            gc.fillText(r.text(), x, t.y() + dy, Math.max(advance, 0.1));
            x += advance;
        }
        gc.setGlobalAlpha(1);
    }

    /** A small tensor: its numbers cell by cell between two bracket strokes (the sink saw it whole). */
    private void paintGrid(GraphicsContext gc, PlacedText t, double zoom, double alpha) {
        java.util.function.Consumer<String> whole = sink;
        sink = null;
        try {
            for (PlacedText cell : t.grid().cells(t)) paintText(gc, cell, zoom, alpha);
        } finally {
            sink = whole;
        }
        gc.setGlobalAlpha(alpha);
        gc.setStroke(Color.web(theme.color(t.ink())));
        gc.setLineWidth(org.chainrule.draw.TextGrid.STROKE * t.size());
        for (java.util.List<Point> b : t.grid().brackets(t)) {
            double[] xs = new double[b.size()], ys = new double[b.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = b.get(i).x();
                ys[i] = b.get(i).y();
            }
            gc.strokePolyline(xs, ys, xs.length);
        }
        gc.setGlobalAlpha(1);
    }

    private final java.util.Map<Long, Font> fonts = new java.util.HashMap<>();

    private Font font(double size, boolean bold) {
        long key = Math.round(size * 100) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }
}
