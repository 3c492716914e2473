package org.chainrule.draw.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.GlyphWidths;
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
    /** Least gap between texts of different owners side by side on one row (pixels at scale 1). */
    static final double ROW_GAP = 12;

    private LabelLayoutChecks() {}

    private record Owned(String owner, PlacedText text) {}

    static List<String> problems(Diagram d, Annotations notes) {
        List<String> out = new ArrayList<>();
        List<List<Point>> paths = new ArrayList<>();
        for (DiagramEdge e : d.edges()) paths.add(path(e));
        SegmentGrid grid = new SegmentGrid(paths);
        // (b) each edge text is nearer its own edge's path than any other edge's, by a clear margin
        for (int i = 0; i < d.edges().size(); i++) {
            DiagramEdge e = d.edges().get(i);
            int mine = i;
            for (PlacedText t : e.texts()) {
                Point c = new Point(t.x(), t.y());
                double own = distance(paths.get(i), c);
                grid.within(c, own + OWN_MARGIN, (j, other) -> {
                    if (j == mine) return;
                    out.add("'" + t.text() + "' of " + e.key() + " is " + round(own) + " px from its edge but "
                            + round(other) + " px from " + d.edges().get(j).key());
                });
            }
        }
        // (d) a visible gap between texts of different owners
        List<Owned> all = new ArrayList<>();
        for (DiagramNode n : d.nodes()) for (PlacedText t : n.texts()) all.add(new Owned("node " + n.id(), t));
        for (DiagramEdge e : d.edges()) for (PlacedText t : e.texts()) all.add(new Owned("edge " + e.key(), t));
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Rect r = all.get(i).text().bounds().grow(ROW_GAP);
            for (long cell : cells(r)) cells.computeIfAbsent(cell, k -> new ArrayList<>()).add(i);
        }
        Set<Long> seen = new HashSet<>();
        for (List<Integer> inCell : cells.values()) {
            for (int x = 0; x < inCell.size(); x++) {
                for (int y = x + 1; y < inCell.size(); y++) {
                    int i = inCell.get(x), j = inCell.get(y);
                    Owned a = all.get(i), b = all.get(j);
                    if (a.owner().equals(b.owner()) || !seen.add((long) i * all.size() + j)) continue;
                    double gap = gap(a.text().bounds(), b.text().bounds());
                    Rect ra = a.text().bounds(), rb = b.text().bounds();
                    // side by side on one row: a wider gap, or two numbers read as one row ("72 24")
                    boolean row = ra.y() < rb.bottom() && rb.y() < ra.bottom();
                    if (gap < (row ? ROW_GAP : GAP) - 0.01) {
                        out.add("'" + a.text().text() + "' (" + a.owner() + ") and '" + b.text().text() + "' ("
                                + b.owner() + ") are " + round(gap) + " px apart");
                    }
                }
            }
        }
        // (c) every extra line of a node is drawn whole (one wider than every label's limit shortened as
        // every label is, its first terms and its total kept), and no shortened text cut a key's gradient
        for (DiagramNode n : d.nodes()) {
            List<String> drawn = n.texts().stream().map(t -> t.text().source()).toList();
            for (String extra : notes.node(n.id()).extras()) {
                boolean shortened = n.extras().stream().anyMatch(t -> GlyphWidths.of(extra) * t.size() > LABEL_LIMIT
                        && t.text().source().contains("…") && total(t.text().source()).equals(total(extra))
                        && t.tooltip() != null && t.tooltip().startsWith(extra));
                if (!drawn.contains(extra) && !shortened) out.add("node " + n.id() + " lost '" + extra + "' (drawn: " + drawn + ")");
            }
            // and each says its exact value on hover (SVG <title>)
            for (PlacedText t : n.extras()) {
                if (t.tooltip() == null || !t.tooltip().contains(" = ")) {
                    out.add("node " + n.id() + ": '" + t.text().source() + "' has no exact value (" + t.tooltip() + ")");
                }
            }
            for (String s : drawn) {
                String total = total(s);
                boolean keepsTotal = !total.isEmpty() && !total.contains("…");
                if (s.contains("…") && (s.contains("/d") || s.contains("Σₜ")) && !s.endsWith(" …") && !keepsTotal) {
                    out.add("node " + n.id() + ": '" + s + "' cuts a key's gradient");
                }
            }
        }
        return out;
    }

    /** The widest label drawn in full (draw.Ellipsis), in pixels at scale 1. */
    static final double LABEL_LIMIT = 190;

    /** What follows a sum's last " = " (a running sum's trailing " …" dropped), or "". */
    private static String total(String s) {
        int eq = s.lastIndexOf(" = ");
        return eq < 0 ? "" : s.substring(eq + 3).replaceFirst(" …$", "");
    }

    private static List<Point> path(DiagramEdge e) {
        List<Point> p = new ArrayList<>();
        for (int k = 0; k <= 200; k++) p.add(e.at(k / 200.0));
        return p;
    }

    private static final double CELL = 48;

    private static List<Long> cells(Rect r) {
        List<Long> out = new ArrayList<>();
        for (long cx = (long) Math.floor(r.x() / CELL); cx <= (long) Math.floor(r.right() / CELL); cx++) {
            for (long cy = (long) Math.floor(r.y() / CELL); cy <= (long) Math.floor(r.bottom() / CELL); cy++) {
                out.add(cx * 1_000_003L + cy);
            }
        }
        return out;
    }

    /** The segments of every edge's path in square cells: which edges pass within a distance of a point. */
    private static final class SegmentGrid {
        private final List<List<Point>> paths;
        private final Map<Long, List<int[]>> cells = new HashMap<>();

        SegmentGrid(List<List<Point>> paths) {
            this.paths = paths;
            for (int i = 0; i < paths.size(); i++) {
                List<Point> p = paths.get(i);
                for (int k = 1; k < p.size(); k++) {
                    Point a = p.get(k - 1), b = p.get(k);
                    Rect box = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                            Math.abs(a.y() - b.y()));
                    for (long cell : cells(box)) cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(new int[] {i, k});
                }
            }
        }

        /** Calls {@code hit} once for every edge (with its distance) passing less than {@code reach} from {@code c}. */
        void within(Point c, double reach, Hit hit) {
            Map<Integer, Double> best = new java.util.TreeMap<>();
            for (long cell : cells(Rect.centred(c.x(), c.y(), 2 * reach, 2 * reach))) {
                for (int[] s : cells.getOrDefault(cell, List.of())) {
                    List<Point> p = paths.get(s[0]);
                    double dd = segment(p.get(s[1] - 1), p.get(s[1]), c);
                    if (dd < reach) best.merge(s[0], dd, Math::min);
                }
            }
            best.forEach(hit::at);
        }
    }

    private interface Hit { void at(int edge, double distance); }

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
