package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The edges' lines as sample points in buckets, for {@link LabelPlacer}: how many points of other lines
 * lie under a text, and whether a text is clearly nearer its own line than any other.
 */
final class LineSamples {
    /** At most this many sample points: 20,000 nodes at one every 4 px took 17 million and 5 GB. */
    static final int MAX_POINTS = 1_000_000;

    private final List<List<Point>> lines = new ArrayList<>();
    private final BucketGrid grid = new BucketGrid();   // ids: index into points / lineOf
    private final List<Point> points = new ArrayList<>();
    private final List<Integer> lineOf = new ArrayList<>();
    /** Distance between the sample points of a line; grows on huge diagrams (see {@link #budget}). */
    private double step = 4;
    /** Sample points tested together for being near (see {@link #add(EdgeRouter.Route, Predicate)}). */
    private static final int RUN = 16;

    /**
     * Spaces the sample points of the lines about to be added so that all of them together stay under
     * {@link #MAX_POINTS}; each point then weighs as much as the stretch of line it stands for.
     */
    void budget(double totalLength) {
        step = Math.max(4, totalLength / MAX_POINTS);
    }

    double step() { return step; }

    /** Samples a curve; returns its index. */
    int add(EdgeRouter.Route r) { return add(r, b -> true); }

    /**
     * Samples a curve, only its stretches that lie in a box {@code near} accepts (the part of a long line
     * near a change, when only the texts there are placed): the points are taken in runs of
     * {@value #RUN}, and a run is sampled when the box around its first point that holds the whole run is
     * accepted. Returns the curve's index.
     */
    int add(EdgeRouter.Route r, Predicate<Rect> near) {
        List<Point> pts = new ArrayList<>();
        double len = r.start().distance(r.c1()) + r.c1().distance(r.c2()) + r.c2().distance(r.end());
        int k = Math.max(8, (int) (len / step));
        // the curve is no longer than its control polygon, so a run lies within RUN * len / k of its first point
        double reach = RUN * len / k + 1;
        for (int from = 0; from <= k; from += RUN) {
            Point first = r.at(from / (double) k);
            if (!near.test(Rect.centred(first.x(), first.y(), 2 * reach, 2 * reach))) continue;
            pts.add(first);
            for (int i = from + 1; i < from + RUN && i <= k; i++) pts.add(r.at(i / (double) k));
        }
        lines.add(pts);
        for (Point p : pts) {
            grid.add(points.size(), p);
            points.add(p);
            lineOf.add(lines.size() - 1);
        }
        return lines.size() - 1;
    }

    /**
     * Sample points in the box: of lines other than {@code ownLine}, and with {@code ownToo} also those of
     * {@code ownLine} well inside it (a box beside its line may graze it by a pixel or two where it curves).
     */
    int in(Rect b, int ownLine, boolean ownToo) {
        int n = 0;
        Rect inner = b.grow(-2);
        for (int i : grid.near(b)) {
            if (lineOf.get(i) != ownLine ? b.contains(points.get(i)) : ownToo && inner.contains(points.get(i))) n++;
        }
        return n;
    }

    /** Whether the point lies less than {@code margin} nearer line {@code ownLine} than another line. */
    /**
     * How near the point is to its own line against the nearest other line: its distance to its own line
     * over its distance to the nearest other (0 when no other line is within three times that).
     */
    double closeness(Point c, int ownLine) {
        double own = Double.MAX_VALUE;
        for (Point q : lines.get(ownLine)) own = Math.min(own, q.distance(c));
        double reach = 3 * own + step;
        double other = Double.MAX_VALUE;
        for (int i : grid.near(Rect.centred(c.x(), c.y(), 2 * reach, 2 * reach))) {
            if (lineOf.get(i) != ownLine) other = Math.min(other, points.get(i).distance(c));
        }
        return other > reach ? 0 : own / Math.max(1, other);
    }

    boolean ambiguous(Point c, int ownLine, double margin) {
        double own = Double.MAX_VALUE;
        for (Point q : lines.get(ownLine)) own = Math.min(own, q.distance(c));
        double clear = own + margin;
        double reach = clear + step;
        for (int i : grid.near(Rect.centred(c.x(), c.y(), 2 * reach, 2 * reach))) {
            if (lineOf.get(i) != ownLine && points.get(i).distance(c) < clear) return true;
        }
        return false;
    }
}
