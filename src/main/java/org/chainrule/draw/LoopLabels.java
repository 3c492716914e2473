package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the texts of a self-loop go (see {@link LabelPlacer}). Usually the weight sits just above the
 * loop's top, the gradient above it, the delay mark beside the weight and the value left of the loop.
 * Where other edges crowd that column, the texts are placed around the loop instead, each at the free
 * place nearest the loop, so that every one is clearly the loop's own.
 */
final class LoopLabels {
    private LoopLabels() {}

    /** What a text costs at a place: 0 when it covers nothing and is {@code margin} px nearer its loop than any other line. */
    interface Cost {
        double of(PlacedText t, boolean offOwnLine, double margin);
    }

    /** The loop's texts {weight, value, grad, delayMark}, nulls kept. */
    static PlacedText[] place(EdgeRouter.Route r, PlacedText weight, PlacedText value, PlacedText grad, PlacedText delay,
                              double gap, Cost cost) {
        Loop loop = Loop.of(r);
        PlacedText[] column = column(r, loop, weight, value, grad, delay, gap);
        if (total(column, cost, LabelPlacer.OWN_MARGIN) == 0) return column;
        PlacedText[] texts = {weight, value, grad, delay};
        PlacedText[] best = column;
        double bestCost = Double.MAX_VALUE;
        // the gradient (the widest) first, or the weight's mark first and the gradient around it; where edges
        // crowd, a text half as clearly its loop's own (still 5 px nearer) will do
        for (double margin : new double[] {LabelPlacer.OWN_MARGIN, LabelPlacer.OWN_MARGIN / 2 + 1}) {
            for (boolean gradFirst : new boolean[] {true, false}) {
                PlacedText[] c = around(loop, texts, gradFirst, gap, cost, margin);
                double k = total(c, cost, margin);
                if (k == 0) return c;
                if (k < bestCost) {
                    bestCost = k;
                    best = c;
                }
            }
        }
        return best;
    }

    private static double total(PlacedText[] texts, Cost cost, double margin) {
        double k = 0;
        for (int i = 0; i < texts.length; i++) if (texts[i] != null) k += cost.of(texts[i], i == 1 || i == 2, margin);
        return k;
    }

    /** The usual arrangement: weight above the loop's top, gradient above it, delay mark beside, value to the left. */
    private static PlacedText[] column(EdgeRouter.Route r, Loop loop, PlacedText weight, PlacedText value, PlacedText grad,
                                       PlacedText delay, double gap) {
        Point apex = r.at(0.5);
        // above the loop's top, not on it (the arc stays visible all round), the gradient above the weight
        // (nearest its own loop), the delay mark beside the weight
        PlacedText w = weight == null ? null : weight.at(apex.x(), apex.y() - weight.height() / 2 - gap);
        double top = w == null ? apex.y() - gap : w.bounds().y();
        PlacedText g = grad == null ? null : grad.at(apex.x(), top - grad.height() / 2);
        PlacedText d = delay == null ? null : w == null && g == null ? delay.at(apex.x(), apex.y() - delay.height() / 2 - gap)
                : delay.at((w != null ? w : g).bounds().right() + gap + delay.width() / 2, w != null ? w.y() : g.y());
        double y = apex.y() + 9;
        // beside the loop, and clear of a wide weight on its top
        double l = w == null ? loop.box().x() : Math.min(loop.box().x(), w.bounds().x());
        PlacedText v = value == null ? null : value.at(l - gap - value.width() / 2, y);
        return new PlacedText[] {w, v, g, d};
    }

    /**
     * Each part on its own around the loop: the gradient and the weight's mark (the weight and its delay
     * mark as one row, "1 t−1"), in the given order, then the value.
     */
    private static PlacedText[] around(Loop loop, PlacedText[] texts, boolean gradFirst, double gap, Cost cost, double margin) {
        PlacedText[] out = new PlacedText[4];
        List<Rect> taken = new ArrayList<>();
        for (int part : gradFirst ? new int[] {2, 0, 1} : new int[] {0, 2, 1}) {
            // a part: its texts' indices, laid out in a row left to right
            int[] idx = part == 0 ? new int[] {0, 3} : new int[] {part};
            List<PlacedText> row = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i : idx) {
                if (texts[i] != null) {
                    row.add(texts[i]);
                    at.add(i);
                }
            }
            if (row.isEmpty()) continue;
            List<PlacedText> placed = nearest(loop, row, taken, gap, cost, margin, part != 0);
            for (int k = 0; k < placed.size(); k++) {
                out[at.get(k)] = placed.get(k);
                taken.add(placed.get(k).bounds());
            }
        }
        return out;
    }

    /** Step of the grid of places tried around a loop, and how far from the loop they reach (pixels). */
    private static final double GRID = 2, REACH = 40;

    /**
     * A row of texts outside the loop's box, clear of the loop's texts placed before: of the places on a
     * grid around the loop, the free one nearest the loop, else the cheapest.
     */
    private static List<PlacedText> nearest(Loop loop, List<PlacedText> row, List<Rect> taken, double gap, Cost cost,
                                            double margin, boolean offOwnLine) {
        double width = -gap, height = 0;
        for (PlacedText t : row) {
            width += t.width() + gap;
            height = Math.max(height, t.height());
        }
        Rect box = loop.box(), keepOff = box.grow(gap);
        List<double[]> places = new ArrayList<>();   // {left, centre y, distance from the loop}
        for (double y = box.y() - height - REACH; y <= box.bottom() + REACH; y += GRID) {
            for (double x = box.x() - width - REACH; x <= box.right() + REACH; x += GRID) {
                if (new Rect(x, y - height / 2, width, height).intersects(keepOff)) continue;
                double near = 0, left = x;
                for (PlacedText t : row) {
                    near = Math.max(near, loop.distance(new Point(left + t.width() / 2, y)));
                    left += t.width() + gap;
                }
                if (near <= REACH) places.add(new double[] {x, y, near});
            }
        }
        places.sort((p, q) -> Double.compare(p[2], q[2]));
        List<PlacedText> best = null;
        double bestCost = Double.MAX_VALUE;
        for (double[] p : places) {
            List<PlacedText> c = new ArrayList<>();
            double k = 0, left = p[0];
            for (PlacedText t : row) {
                PlacedText at = t.at(left + t.width() / 2, p[1]);
                left += t.width() + gap;
                c.add(at);
                k += covers(at, taken) ? 1e6 : cost.of(at, offOwnLine, margin);
            }
            if (k == 0) return c;
            if (k < bestCost) {
                bestCost = k;
                best = c;
            }
        }
        return best != null ? best : row;
    }

    private static boolean covers(PlacedText t, List<Rect> taken) {
        for (Rect r : taken) if (t.bounds().intersects(r.grow(1))) return true;
        return false;
    }

    /** A loop's curve as points, and the box around them. */
    private record Loop(List<Point> points, Rect box) {
        static Loop of(EdgeRouter.Route r) {
            List<Point> pts = new ArrayList<>();
            Rect b = null;
            for (int i = 0; i <= 20; i++) {
                Point p = r.at(i / 20.0);
                pts.add(p);
                Rect q = new Rect(p.x(), p.y(), 0, 0);
                b = b == null ? q : b.union(q);
            }
            return new Loop(pts, b);
        }

        double distance(Point c) {
            double d = Double.MAX_VALUE;
            for (Point p : points) d = Math.min(d, p.distance(c));
            return d;
        }
    }
}
