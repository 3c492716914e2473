package org.chainrule.draw;

/** A point in diagram coordinates (pixels, y down). */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) { return new Point(x + dx, y + dy); }

    public Point minus(Point o) { return new Point(x - o.x, y - o.y); }

    public Point plus(Point o) { return new Point(x + o.x, y + o.y); }

    public Point times(double k) { return new Point(x * k, y * k); }

    public double length() { return Math.hypot(x, y); }

    public double distance(Point o) { return Math.hypot(x - o.x, y - o.y); }

    /** This vector scaled to length 1 (the zero vector stays zero). */
    public Point unit() {
        double l = length();
        return l == 0 ? this : new Point(x / l, y / l);
    }

    /** This vector turned a quarter turn counter-clockwise on screen: (x, y) → (y, −x). */
    public Point normal() { return new Point(y, -x); }
}
