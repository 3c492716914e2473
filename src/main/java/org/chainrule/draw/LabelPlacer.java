package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the texts of edges where they overlap neither nodes nor texts placed before: a value on one
 * side of its edge, the gradient on the other, the weight on the line between them, all at one point
 * of the curve, tried from the middle outwards; the point with the least overlap wins.
 */
final class LabelPlacer {
    /** Points along an edge tried for its texts, best first. */
    private static final double[] TRIES = {0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8};
    private static final double GAP = 2;

    private final List<Rect> nodes = new ArrayList<>();
    private final List<Rect> texts = new ArrayList<>();

    void addNode(Rect r) { nodes.add(r.grow(3)); }

    void addText(PlacedText t) { if (t != null) texts.add(t.bounds()); }

    /** The texts of one edge placed; returns {weight, value, grad, delayMark}, nulls kept. */
    PlacedText[] placeEdge(EdgeRouter.Route r, PlacedText weight, PlacedText value, PlacedText grad, PlacedText delay) {
        PlacedText[] out = r.selfLoop() ? placeLoop(r, weight, value, grad, delay) : placeLine(r, weight, value, grad, delay);
        for (PlacedText t : out) addText(t);
        return out;
    }

    private PlacedText[] placeLine(EdgeRouter.Route r, PlacedText weight, PlacedText value, PlacedText grad, PlacedText delay) {
        PlacedText delayAt = null;
        if (delay != null) {
            delayAt = bestGroup(r, new PlacedText[] {delay, null, null})[0];
            addText(delayAt);
        }
        PlacedText[] group = {weight, value, grad};
        boolean any = weight != null || value != null || grad != null;
        PlacedText[] placed = any ? bestGroup(r, group) : group;
        if (delayAt != null) texts.remove(texts.size() - 1);
        return new PlacedText[] {placed[0], placed[1], placed[2], delayAt};
    }

    /** {weight on the line, value on the upper side, grad on the lower side} at the best point. */
    private PlacedText[] bestGroup(EdgeRouter.Route r, PlacedText[] group) {
        PlacedText[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (double t : TRIES) {
            PlacedText[] c = at(r, t, group);
            double s = score(c) + Math.abs(t - 0.5) * 0.5;
            if (s < bestScore) {
                bestScore = s;
                best = c;
            }
            if (s < 0.01) break;
        }
        return best;
    }

    private static PlacedText[] at(EdgeRouter.Route r, double t, PlacedText[] group) {
        Point p = r.at(t);
        Point n = r.tangent(t).unit().normal();
        // the value goes on the upper side (or the left of a vertical edge)
        if (n.y() > 1e-6 || (Math.abs(n.y()) <= 1e-6 && n.x() > 0)) n = n.times(-1);
        PlacedText w = group[0], v = group[1], g = group[2];
        double half = w == null ? 1 : extent(w, n);
        PlacedText[] out = new PlacedText[3];
        if (w != null) out[0] = w.at(p.x(), p.y());
        if (v != null) {
            double d = half + GAP + extent(v, n);
            out[1] = v.at(p.x() + n.x() * d, p.y() + n.y() * d);
        }
        if (g != null) {
            double d = half + GAP + extent(g, n);
            out[2] = g.at(p.x() - n.x() * d, p.y() - n.y() * d);
        }
        return out;
    }

    /** Half the extent of a text's box in direction {@code n}. */
    private static double extent(PlacedText t, Point n) {
        return Math.abs(n.x()) * t.width() / 2 + Math.abs(n.y()) * t.height() / 2;
    }

    private double score(PlacedText[] c) {
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == null) continue;
            Rect b = c[i].bounds();
            for (Rect n : nodes) s += 3 * b.overlap(n);
            for (Rect o : texts) s += b.overlap(o.grow(1));
        }
        return s;
    }

    /** Loop texts: weight (or delay mark) on the top of the loop, value left of it, grad right of it. */
    private PlacedText[] placeLoop(EdgeRouter.Route r, PlacedText weight, PlacedText value, PlacedText grad, PlacedText delay) {
        Point apex = r.at(0.5);
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        for (int i = 0; i <= 20; i++) {
            Point p = r.at(i / 20.0);
            left = Math.min(left, p.x());
            right = Math.max(right, p.x());
        }
        PlacedText w = weight == null ? null : weight.at(apex.x(), apex.y());
        PlacedText d = null;
        if (delay != null) {
            d = w == null ? delay.at(apex.x(), apex.y())
                    : delay.at(apex.x(), apex.y() - w.height() / 2 - delay.height() / 2);
        }
        double y = apex.y() + 9;
        PlacedText v = value == null ? null : value.at(left - GAP - value.width() / 2, y);
        PlacedText g = grad == null ? null : grad.at(right + GAP + grad.width() / 2, y);
        return new PlacedText[] {w, v, g, d};
    }
}
