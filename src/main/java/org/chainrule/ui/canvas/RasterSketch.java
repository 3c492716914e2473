package org.chainrule.ui.canvas;

import java.util.function.Predicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Rect;

/**
 * The picture of a big graph zoomed out so far that its nodes are specks: every edge a one-pixel line,
 * every node a filled rectangle with an outline, set into a pixel buffer by the program and handed to
 * the canvas as one image. The software renderer needs hundreds of milliseconds for thousands of
 * anti-aliased shapes; the buffer takes a few. Selected, highlighted and problem marks stay visible
 * (two pixels wide, in their colours); nothing is drawn that would be smaller than a pixel anyway.
 */
final class RasterSketch {
    private int[] pixels = new int[0];
    private WritableImage image;

    /** Whether the diagram at this zoom is drawn as a sketch: no text readable and a typical node under {@link SimplePaint#NODE_PX}. */
    static boolean applies(Diagram d, double zoom, boolean texts) {
        if (texts || d.nodes().size() < CanvasLayers.DEFERRED_VIEW_NODES) return false;
        DiagramNode n = d.nodes().get(0);
        return SimplePaint.simpleNode(n, zoom);
    }

    /** The colours of a sketch. */
    record Inks(Color background, Color stroke, Color[] fills, Color selection, Color highlight, Color problem, double dim) {}

    /**
     * Paints the sketch over the whole canvas ({@code w} × {@code h} screen pixels); the diagram point
     * (x, y) lands on (x·zoom + ox, y·zoom + oy). The context's transform is left as it was.
     */
    void paint(GraphicsContext gc, Diagram d, int w, int h, double zoom, double ox, double oy, Inks ink,
               DiagramPainter.Marks marks, Predicate<String> nodes, Predicate<DiagramEdge> edges) {
        if (w <= 0 || h <= 0) return;
        render(d, w, h, zoom, ox, oy, ink, marks, nodes, edges);
        if (image == null || image.getWidth() != w || image.getHeight() != h) image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.drawImage(image, 0, 0);
        gc.restore();
    }

    /** The sketch's pixels, row by row (opaque ARGB), as {@link #paint} hands them to the canvas. */
    int[] render(Diagram d, int w, int h, double zoom, double ox, double oy, Inks ink, DiagramPainter.Marks marks,
                 Predicate<String> nodes, Predicate<DiagramEdge> edges) {
        if (pixels.length != w * h) pixels = new int[w * h];
        java.util.Arrays.fill(pixels, argb(ink.background(), 1, ink.background()));
        Rect view = new Rect(-ox / zoom, -oy / zoom, w / zoom, h / zoom);
        for (DiagramEdge e : d.edges()) {
            if (!edges.test(e) || !view.intersects(DiagramPainter.bounds(e))) continue;
            boolean selected = marks.selectedEdges().contains(e.key());
            Color c = selected ? ink.selection() : e.highlighted() ? ink.highlight() : ink.stroke();
            int rgb = argb(c, e.dimmed() ? ink.dim() : 1, ink.background());
            double x0 = e.start().x() * zoom + ox, y0 = e.start().y() * zoom + oy;
            double x1 = e.end().x() * zoom + ox, y1 = e.end().y() * zoom + oy;
            line(x0, y0, x1, y1, rgb, w, h);
            if (selected || e.highlighted()) line(x0 + 1, y0, x1 + 1, y1, rgb, w, h);
        }
        for (DiagramNode n : d.nodes()) {
            if (!nodes.test(n.id())) continue;
            Rect b = n.bounds();
            int x0 = (int) Math.floor(b.x() * zoom + ox), y0 = (int) Math.floor(b.y() * zoom + oy);
            int x1 = (int) Math.ceil(b.right() * zoom + ox), y1 = (int) Math.ceil(b.bottom() * zoom + oy);
            if (x1 < 0 || y1 < 0 || x0 >= w || y0 >= h) continue;
            double a = n.dimmed() ? ink.dim() : 1;
            fill(x0, y0, x1, y1, argb(ink.fills()[n.group().ordinal()], a, ink.background()), w, h);
            boolean problem = marks.problemNodes().contains(n.id()), selected = marks.selectedNodes().contains(n.id());
            Color edge = selected ? ink.selection() : problem ? ink.problem() : n.highlighted() ? ink.highlight() : ink.stroke();
            int grow = selected || problem || n.highlighted() || n.output() ? 1 : 0;
            outline(x0 - grow, y0 - grow, x1 + grow, y1 + grow, argb(edge, a, ink.background()), w, h);
            if (grow > 0) outline(x0 - 2 * grow, y0 - 2 * grow, x1 + 2 * grow, y1 + 2 * grow, argb(edge, a, ink.background()), w, h);
        }
        return pixels;
    }

    /** A one-pixel line (DDA), clipped to the buffer. */
    private void line(double x0, double y0, double x1, double y1, int rgb, int w, int h) {
        double dx = x1 - x0, dy = y1 - y0;
        int n = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (n == 0) {
            set((int) x0, (int) y0, rgb, w, h);
            return;
        }
        // only the part inside the buffer (a zoomed-in edge may be thousands of pixels long)
        double t0 = 0, t1 = 1;
        double[] p = {-dx, dx, -dy, dy}, q = {x0, w - 1 - x0, y0, h - 1 - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) return;
                continue;
            }
            double r = q[i] / p[i];
            if (p[i] < 0) t0 = Math.max(t0, r);
            else t1 = Math.min(t1, r);
        }
        if (t0 > t1) return;
        for (int k = (int) Math.floor(t0 * n); k <= (int) Math.ceil(t1 * n); k++) {
            set((int) Math.round(x0 + dx * k / n), (int) Math.round(y0 + dy * k / n), rgb, w, h);
        }
    }

    private void fill(int x0, int y0, int x1, int y1, int rgb, int w, int h) {
        int l = Math.max(0, x0), r = Math.min(w, x1), t = Math.max(0, y0), b = Math.min(h, y1);
        for (int y = t; y < b; y++) java.util.Arrays.fill(pixels, y * w + l, Math.max(y * w + l, y * w + r), rgb);
    }

    private void outline(int x0, int y0, int x1, int y1, int rgb, int w, int h) {
        for (int x = x0; x < x1; x++) {
            set(x, y0, rgb, w, h);
            set(x, y1 - 1, rgb, w, h);
        }
        for (int y = y0; y < y1; y++) {
            set(x0, y, rgb, w, h);
            set(x1 - 1, y, rgb, w, h);
        }
    }

    private void set(int x, int y, int rgb, int w, int h) {
        if (x >= 0 && y >= 0 && x < w && y < h) pixels[y * w + x] = rgb;
    }

    /** The colour {@code c} at opacity {@code a} over the background, as an opaque ARGB int. */
    static int argb(Color c, double a, Color bg) {
        int r = (int) Math.round(255 * (c.getRed() * a + bg.getRed() * (1 - a)));
        int g = (int) Math.round(255 * (c.getGreen() * a + bg.getGreen() * (1 - a)));
        int b = (int) Math.round(255 * (c.getBlue() * a + bg.getBlue() * (1 - a)));
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}
