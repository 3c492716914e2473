package org.chainrule.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;

/**
 * Which part of the diagram the canvas shows: a scale and a shift from diagram to canvas pixels, with
 * zoom, pan and fit. Tells its listener after every change.
 */
public final class Viewport {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 6;
    /** The most a small graph is magnified when fitted to the window. */
    public static final double FIT_MAX = 1.5;
    private static final double MARGIN = 40;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private double offsetX = MARGIN, offsetY = MARGIN;
    private Runnable onChange = () -> { };

    /** Called after every zoom and pan. */
    void setOnChange(Runnable r) { onChange = r; }

    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    public double zoom() { return zoom.get(); }

    double offsetX() { return offsetX; }

    double offsetY() { return offsetY; }

    /** Diagram coordinates of a canvas point. */
    public Point toDiagram(double sx, double sy) { return new Point((sx - offsetX) / zoom(), (sy - offsetY) / zoom()); }

    /** Canvas coordinates of a diagram point. */
    public Point toScreen(Point p) { return new Point(p.x() * zoom() + offsetX, p.y() * zoom() + offsetY); }

    /** Zooms by {@code factor} keeping the canvas point (sx, sy) in place. */
    public void zoomBy(double factor, double sx, double sy) {
        double z = clamp(zoom() * factor, MAX_ZOOM);
        Point p = toDiagram(sx, sy);
        zoom.set(z);
        offsetX = sx - p.x() * z;
        offsetY = sy - p.y() * z;
        onChange.run();
    }

    public void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
        onChange.run();
    }

    /** Scale 1, the diagram's origin a little in from the top left corner (no change is reported). */
    void reset() {
        zoom.set(1);
        offsetX = MARGIN;
        offsetY = MARGIN;
    }

    /**
     * Centres the diagram rectangle {@code b} in a canvas of {@code w} by {@code h}, scaled to take
     * {@code share} of it, magnified at most to {@code maxZoom} (no change is reported). Returns false when
     * there is nothing to fit.
     */
    boolean centre(Rect b, double w, double h, double maxZoom, double share) {
        if (b.width() <= 0 || b.height() <= 0 || w <= 0 || h <= 0) return false;
        double z = clamp(share * Math.min(w / b.width(), h / b.height()), maxZoom);
        zoom.set(z);
        offsetX = (w - b.width() * z) / 2 - b.x() * z;
        offsetY = (h - b.height() * z) / 2 - b.y() * z;
        return true;
    }

    /** The diagram rectangle a canvas of {@code w} by {@code h} shows. */
    Rect visible(double w, double h) {
        Point tl = toDiagram(0, 0), br = toDiagram(w, h);
        return new Rect(tl.x(), tl.y(), br.x() - tl.x(), br.y() - tl.y());
    }

    /** Whether {@code b} lies in {@code v} (half a pixel of slack). */
    static boolean contains(Rect v, Rect b) {
        return b.x() >= v.x() - 0.5 && b.y() >= v.y() - 0.5 && b.right() <= v.right() + 0.5 && b.bottom() <= v.bottom() + 0.5;
    }

    private static double clamp(double z, double max) { return Math.max(MIN_ZOOM, Math.min(max, z)); }
}
