package org.chainrule.draw;

/** An axis-aligned rectangle: left, top, width, height (pixels, y down). */
public record Rect(double x, double y, double width, double height) {
    public static Rect centred(double cx, double cy, double w, double h) {
        return new Rect(cx - w / 2, cy - h / 2, w, h);
    }

    /** The smallest rectangle holding every point (a Bézier curve's ends and control points hold the curve). */
    public static Rect around(Point a, Point b, Point c, Point d, java.util.List<Point> more) {
        double l = Math.min(Math.min(a.x(), b.x()), Math.min(c.x(), d.x()));
        double r = Math.max(Math.max(a.x(), b.x()), Math.max(c.x(), d.x()));
        double t = Math.min(Math.min(a.y(), b.y()), Math.min(c.y(), d.y()));
        double bt = Math.max(Math.max(a.y(), b.y()), Math.max(c.y(), d.y()));
        for (Point p : more) {
            l = Math.min(l, p.x());
            r = Math.max(r, p.x());
            t = Math.min(t, p.y());
            bt = Math.max(bt, p.y());
        }
        return new Rect(l, t, r - l, bt - t);
    }

    public double right() { return x + width; }
    public double bottom() { return y + height; }
    public double centreX() { return x + width / 2; }
    public double centreY() { return y + height / 2; }

    public Rect grow(double d) { return new Rect(x - d, y - d, width + 2 * d, height + 2 * d); }

    /** Grown by {@code dx} left and right, {@code dy} above and below. */
    public Rect grow(double dx, double dy) { return new Rect(x - dx, y - dy, width + 2 * dx, height + 2 * dy); }

    public boolean intersects(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Area shared with another rectangle (0 when apart). */
    public double overlap(Rect o) {
        double w = Math.min(right(), o.right()) - Math.max(x, o.x);
        double h = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= right() && p.y() >= y && p.y() <= bottom();
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        double l = Math.min(x, o.x), t = Math.min(y, o.y);
        return new Rect(l, t, Math.max(right(), o.right()) - l, Math.max(bottom(), o.bottom()) - t);
    }
}
