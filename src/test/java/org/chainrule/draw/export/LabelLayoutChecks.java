package org.chainrule.draw.export;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;

/**
 * What a student needs to read a stepper picture right, checked on the {@link Diagram} itself: every
 * edge's text is clearly nearer its own edge than any other, texts of different owners keep a visible
 * gap, and every key's extra line ({@code d/db(h_t) −4}, {@code Σₜ …}) is drawn whole.
 */
final class LabelLayoutChecks {
    /** How much nearer its own edge than any other an edge's text must be (pixels at scale 1). */
    static final double OWN_MARGIN = 4;
    /** Least gap between texts of different owners (pixels at scale 1). */
    static final double GAP = 4;

    private LabelLayoutChecks() {}

    private record Owned(String owner, PlacedText text) {}

    static List<String> problems(Diagram d, Annotations notes) {
        List<String> out = new ArrayList<>();
        List<List<Point>> paths = new ArrayList<>();
        for (DiagramEdge e : d.edges()) paths.add(path(e));
        // (b) each edge text is nearer its own edge's path than any other edge's, by a clear margin
        for (int i = 0; i < d.edges().size(); i++) {
            DiagramEdge e = d.edges().get(i);
            for (PlacedText t : e.texts()) {
                Point c = new Point(t.x(), t.y());
                double own = distance(paths.get(i), c);
                for (int j = 0; j < paths.size(); j++) {
                    if (j == i) continue;
                    double other = distance(paths.get(j), c);
                    if (other < own + OWN_MARGIN) {
                        out.add("'" + t.text() + "' of " + e.key() + " is " + round(own) + " px from its edge but "
                                + round(other) + " px from " + d.edges().get(j).key());
                    }
                }
            }
        }
        // (d) a visible gap between texts of different owners
        List<Owned> all = new ArrayList<>();
        for (DiagramNode n : d.nodes()) for (PlacedText t : n.texts()) all.add(new Owned("node " + n.id(), t));
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) all.add(new Owned("edge " + e.key(), t));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Owned a = all.get(i), b = all.get(j);
                if (a.owner().equals(b.owner())) continue;
                double gap = gap(a.text().bounds(), b.text().bounds());
                if (gap < GAP - 0.01) {
                    out.add("'" + a.text().text() + "' (" + a.owner() + ") and '" + b.text().text() + "' (" + b.owner()
                            + ") are " + round(gap) + " px apart");
                }
            }
        }
        // (c) every extra line of a node is drawn whole, and no shortened text cut a key's gradient
        for (DiagramNode n : d.nodes()) {
            List<String> drawn = n.texts().stream().map(t -> t.text().source()).toList();
            for (String extra : notes.node(n.id()).extras()) {
                if (!drawn.contains(extra)) out.add("node " + n.id() + " lost '" + extra + "' (drawn: " + drawn + ")");
            }
            for (String s : drawn) {
                if (s.contains("…") && (s.contains("d/d") || s.contains("Σₜ")) && !s.endsWith(" …")) {
                    out.add("node " + n.id() + ": '" + s + "' cuts a key's gradient");
                }
            }
        }
        return out;
    }

    private static List<Point> path(DiagramEdge e) {
        List<Point> p = new ArrayList<>();
        for (int k = 0; k <= 200; k++) p.add(e.at(k / 200.0));
        return p;
    }

    private static double distance(List<Point> path, Point c) {
        double best = Double.MAX_VALUE;
        for (int k = 1; k < path.size(); k++) best = Math.min(best, segment(path.get(k - 1), path.get(k), c));
        return best;
    }

    private static double segment(Point a, Point b, Point c) {
        double dx = b.x() - a.x(), dy = b.y() - a.y(), len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((c.x() - a.x()) * dx + (c.y() - a.y()) * dy) / len));
        return Math.hypot(a.x() + t * dx - c.x(), a.y() + t * dy - c.y());
    }

    /** Distance between two boxes (0 when they touch or overlap). */
    static double gap(Rect a, Rect b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }

    private static String round(double v) { return String.format(java.util.Locale.ROOT, "%.1f", v); }
}
