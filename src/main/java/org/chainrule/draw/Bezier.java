package org.chainrule.draw;

/** Cubic Bézier arithmetic. */
final class Bezier {
    private Bezier() {}

    static Point at(Point p0, Point p1, Point p2, Point p3, double t) {
        double u = 1 - t;
        double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        return new Point(a * p0.x() + b * p1.x() + c * p2.x() + d * p3.x(),
                a * p0.y() + b * p1.y() + c * p2.y() + d * p3.y());
    }

    /** The (unnormalised) tangent at {@code t}. */
    static Point tangent(Point p0, Point p1, Point p2, Point p3, double t) {
        double u = 1 - t;
        double a = 3 * u * u, b = 6 * u * t, c = 3 * t * t;
        return new Point(a * (p1.x() - p0.x()) + b * (p2.x() - p1.x()) + c * (p3.x() - p2.x()),
                a * (p1.y() - p0.y()) + b * (p2.y() - p1.y()) + c * (p3.y() - p2.y()));
    }
}
