package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts texts where they overlap as little as possible: nodes count most, then texts placed before,
 * then the lines of other edges. The texts under a node (bias, value, gradient) go below it, or above,
 * right or left when that is freer. The texts of an edge sit at one point of its curve: the value on
 * one side, the gradient on the other, the weight on the line between them, tried from the middle
 * outwards.
 */
final class LabelPlacer {
    /** Points along an edge tried for its texts, best first. */
    private static final double[] TRIES = {0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8, 0.14, 0.86, 0.1, 0.9};
    private static final double GAP = 2;
    /** Extra distances of the value and gradient from their line, tried when the line has no room. */
    private static final double[] AWAY = {0, 7, 14};
    /** Cost of one sample point (every few pixels) of another edge's line under a text. */
    private static final double LINE_COST = 12;
    /** The same for the texts under a node, placed first: an edge they cover has its texts to place. */
    private static final double STACK_LINE_COST = 30;
    /** Least gap between the texts of different owners (pixels at scale 1), so two labels never read as one. */
    static final double TEXT_GAP = 4;
    /** The same side by side: two numbers of different owners on one row, closer than this, read as one row. */
    static final double ROW_GAP = 12;
    /** How much nearer its own edge than any other an edge's text must be: who it belongs to is never in doubt. */
    static final double OWN_MARGIN = 8;
    /** Cost of a text as near another edge as its own (less as the other edge is farther). */
    private static final double CLOSENESS_COST = 60;

    private final List<Rect> nodes = new ArrayList<>();
    private final List<Rect> texts = new ArrayList<>();
    private final List<Integer> textOwner = new ArrayList<>();
    /** Whether the text being placed must keep off its own edge's line too (a value, a gradient). */
    private boolean offOwnLine;
    /** Whether edge texts must be clearly their edge's own (graphs up to {@link EdgeRouter#CAREFUL_MAX_NODES}). */
    private boolean careful = true;
    /** Places edge texts by free room alone (on big graphs the search for a clear place takes seconds). */
    void roughly() { careful = false; }
    /** The owner of the texts being placed: one number per node stack or edge, so its own texts may touch. */
    private int owner;
    private final LineSamples lines = new LineSamples();
    private final List<Rect> arrows = new ArrayList<>();
    // the same items in buckets, so scoring a candidate looks only at what is near it
    private final BucketGrid nodeGrid = new BucketGrid();
    private final BucketGrid textGrid = new BucketGrid();
    private final BucketGrid arrowGrid = new BucketGrid();
    /** Spaces the lines' sample points on huge diagrams (see {@link LineSamples#budget}). */
    void budgetLines(double totalLength) { lines.budget(totalLength); }

    void addNode(Rect r) {
        nodes.add(r.grow(3));
        nodeGrid.add(nodes.size() - 1, r.grow(3));
    }

    void addText(PlacedText t) {
        if (t == null) return;
        texts.add(t.bounds());
        textOwner.add(owner);
        textGrid.add(texts.size() - 1, t.bounds().grow(ROW_GAP + 1, TEXT_GAP + 1));
    }

    /** A placed text as near texts of other owners see it: grown by the gap they keep from it. */
    private Rect textBox(int i) {
        return textOwner.get(i) == owner ? texts.get(i).grow(1) : texts.get(i).grow(ROW_GAP, TEXT_GAP);
    }

    /** Registers an edge's curve; returns its index, to leave it out when placing that edge's texts. */
    int addLine(EdgeRouter.Route r) { return addLine(r, b -> true); }

    /** The same, with its line sampled only in the boxes {@code near} accepts ({@link LineSamples#add(EdgeRouter.Route, java.util.function.Predicate)}). */
    int addLine(EdgeRouter.Route r, java.util.function.Predicate<Rect> near) {
        int line = lines.add(r, near);
        double l = Double.MAX_VALUE, t = Double.MAX_VALUE, rr = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        for (Point p : r.arrow()) {
            l = Math.min(l, p.x());
            t = Math.min(t, p.y());
            rr = Math.max(rr, p.x());
            b = Math.max(b, p.y());
        }
        arrows.add(new Rect(l, t, rr - l, b - t).grow(1.5));
        arrowGrid.add(arrows.size() - 1, arrows.get(arrows.size() - 1));
        return line;
    }

    /**
     * The texts under a node stacked in the freest of four places: below, above, right, left of its
     * box (self-looped nodes: never above). {@code own} is the node's own box, which its texts may touch.
     */
    List<PlacedText> placeStack(Rect own, List<PlacedText> stack, boolean loopAbove) {
        if (stack.isEmpty()) return stack;
        owner++;
        double h = 0, w = 0;
        for (PlacedText t : stack) {
            h += t.height();
            w = Math.max(w, t.width());
        }
        double cx = own.centreX(), cy = own.centreY();
        List<Point> tops = new ArrayList<>();   // where the stack's top centre goes
        tops.add(new Point(cx, own.bottom() + GAP));
        if (!loopAbove) tops.add(new Point(cx, own.y() - GAP - h));
        tops.add(new Point(own.right() + GAP + w / 2, cy - h / 2));
        tops.add(new Point(own.x() - GAP - w / 2, cy - h / 2));
        // below, but reaching out to one side only (a wide sum next to an edge coming in from the other)
        double shift = Math.max(0, w / 2 - own.width() / 2);
        tops.add(new Point(cx + shift, own.bottom() + GAP));
        tops.add(new Point(cx - shift, own.bottom() + GAP));
        List<PlacedText> best = null;
        double bestScore = Double.MAX_VALUE;
        for (int i = 0; i < tops.size(); i++) {
            List<PlacedText> c = new ArrayList<>();
            double y = tops.get(i).y();
            for (PlacedText t : stack) {
                c.add(t.at(tops.get(i).x(), y + t.height() / 2));
                y += t.height();
            }
            // prefer below, then above, right, left; lines count more: an edge's own texts need them free
            double s = score(c, own, -1, STACK_LINE_COST) + i * 15;
            if (s < bestScore) {
                bestScore = s;
                best = c;
            }
        }
        best = free(best, own, -1, null);
        for (PlacedText t : best) addText(t);
        return best;
    }

    /**
     * The texts of one edge placed; returns {weight, value, grad, delayMark}, nulls kept. A text that
     * would still lie on a node, another text or an arrowhead is moved to the nearest free place.
     */
    PlacedText[] placeEdge(EdgeRouter.Route r, int line, PlacedText weight, PlacedText value, PlacedText grad,
                           PlacedText delay) {
        owner++;
        boolean loop = r.selfLoop();
        PlacedText[] out = loop ? LoopLabels.place(r, weight, value, grad, delay, GAP, (t, off, m) -> loopCost(t, line, off, m))
                : placeLine(r, line, weight, value, grad, delay);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) continue;
            // the value and gradient go beside the line, never on it (next to the weight they would read as one number)
            offOwnLine = i == 1 || i == 2;
            // a loop's text that its own placement found free stays (where edges crowd, 5 px nearer its loop will do)
            if (!loop || blocked(List.of(out[i]), null, line, OWN_MARGIN / 2 + 1) > 0) out[i] = free(List.of(out[i]), null, line, r).get(0);
            offOwnLine = false;
            addText(out[i]);
        }
        return out;
    }

    /** What a loop's text costs at a place (see {@link LoopLabels.Cost}). */
    private double loopCost(PlacedText t, int line, boolean off, double margin) {
        offOwnLine = off;
        double c = blocked(List.of(t), null, line, margin);
        offOwnLine = false;
        return c;
    }

    /**
     * The group as it is when it covers no node (but {@code own}), text or arrowhead; else moved as a
     * whole by the shortest offset that frees it (on the ring of that radius, the offset crossing the
     * fewest lines). Outside the drawing everything is free, so a place is always found.
     */
    private List<PlacedText> free(List<PlacedText> group, Rect own, int ownLine, EdgeRouter.Route route) {
        if (blocked(group, own, ownLine) == 0) return group;
        // an edge's text looks near its edge for a place clear of other edges too, then anywhere beside
        // its edge, else anywhere clear of texts
        if (ownLine >= 0 && careful) {
            List<PlacedText> near = free(group, own, ownLine, NEAR);
            if (near != null) return near;
            PlacedText beside = group.size() == 1 && route != null ? beside(group.get(0), route, ownLine) : null;
            if (beside != null) return List.of(beside);
            // a sum with no room beside its edge shows its total there (the terms stay in the tooltip)
            PlacedText total = group.size() == 1 && route != null ? EdgeTextSpots.totalOnly(group.get(0)) : null;
            if (total != null) beside = beside(total, route, ownLine);
            if (beside != null) return List.of(beside);
            // else on its own line, well apart from the edge's other texts, so it never reads as one with the weight
            PlacedText on = group.size() == 1 && route != null && offOwnLine ? onLine(total != null ? total : group.get(0), route, ownLine) : null;
            if (on != null) return List.of(on);
        }
        List<PlacedText> any = free(group, own, -1, EdgeTextSpots.RINGS.length);
        return any == null ? group : any;
    }

    /**
     * The free place beside its own edge, anywhere along it, that is clearly the edge's own and lies
     * on the fewest other lines; null when there is none.
     */
    private PlacedText beside(PlacedText t, EdgeRouter.Route r, int line) {
        // where edges crowd, a margin of half as much still leaves no doubt (4 px and more)
        for (double margin : new double[] {OWN_MARGIN, OWN_MARGIN / 2 + 1}) {
            PlacedText best = null;
            double bestScore = Double.MAX_VALUE;
            for (int i = 3; i <= 47; i++) {
                double u = i / 50.0;
                Point p = r.at(u);
                Point n = r.tangent(u).unit().normal();
                for (int side : new int[] {1, -1}) {
                    for (double away = 0; away <= 24; away += 3) {
                        double d = (EdgeTextSpots.extent(t, n) + GAP + away) * side;
                        PlacedText c = t.at(p.x() + n.x() * d, p.y() + n.y() * d);
                        if (blocked(List.of(c), null, line, margin) > 0) continue;
                        double s = score(List.of(c), null, line, LINE_COST) + away + Math.abs(u - 0.5) * 20;
                        if (s < bestScore) {
                            bestScore = s;
                            best = c;
                        }
                    }
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /** Along-line gap kept from the edge's own other texts by a value or gradient on its line. */
    private static final double ON_LINE_GAP = 24;

    private PlacedText onLine(PlacedText t, EdgeRouter.Route r, int line) {
        offOwnLine = false;
        try {
            PlacedText best = null;
            double bestScore = Double.MAX_VALUE;
            for (int i = 5; i <= 45; i++) {
                double u = i / 50.0;
                Point p = r.at(u);
                PlacedText c = t.at(p.x(), p.y());
                if (blocked(List.of(c), null, line, OWN_MARGIN / 2 + 1) > 0 || nearOwnTexts(c.bounds(), ON_LINE_GAP)) continue;
                double s = score(List.of(c), null, line, LINE_COST) + Math.abs(u - 0.5) * 20;
                if (s < bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            return best;
        } finally {
            offOwnLine = true;
        }
    }

    /** Whether a text of the owner being placed lies within {@code gap} of the box. */
    private boolean nearOwnTexts(Rect b, double gap) {
        for (int i : textGrid.near(b.grow(gap))) {
            if (textOwner.get(i) == owner && texts.get(i).intersects(b.grow(gap))) return true;
        }
        return false;
    }

    /** Rings tried for a place that also keeps an edge's text clearly its own (up to 60 px away). */
    private static final int NEAR = 15;

    private List<PlacedText> free(List<PlacedText> group, Rect own, int ownLine, int rings) {
        for (int ri = 0; ri < rings; ri++) {
            double r = EdgeTextSpots.RINGS[ri];
            List<PlacedText> best = null;
            double bestScore = Double.MAX_VALUE;
            int n = (int) Math.max(8, Math.min(64, 2 * Math.PI * r / 6));
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * i / n;
                List<PlacedText> moved = new ArrayList<>();
                for (PlacedText t : group) moved.add(t.at(t.x() + r * Math.cos(a), t.y() + r * Math.sin(a)));
                if (blocked(moved, own, ownLine) > 0) continue;
                double s = score(moved, own, ownLine, LINE_COST);
                if (s < bestScore) {
                    bestScore = s;
                    best = moved;
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /**
     * Area of the group lying on nodes (but {@code own}), placed texts (with their gap) and arrowheads;
     * for the texts of an edge ({@code ownLine} ≥ 0) also other edges' strokes under them and any text
     * not clearly nearer its own edge than every other.
     */
    private double blocked(List<PlacedText> c, Rect own, int ownLine) { return blocked(c, own, ownLine, OWN_MARGIN); }

    private double blocked(List<PlacedText> c, Rect own, int ownLine, double margin) {
        double s = 0;
        for (PlacedText p : c) {
            Rect b = p.bounds();
            for (int i : nodeGrid.near(b)) {
                Rect n = nodes.get(i);
                if (own == null || !n.equals(own.grow(3))) s += b.overlap(n);
            }
            for (int i : textGrid.near(b)) s += b.overlap(textBox(i));
            for (int i : arrowGrid.near(b)) s += b.overlap(arrows.get(i));
            if (ownLine >= 0) s += lines.in(b.grow(1), ownLine, offOwnLine)
                    + (careful && lines.ambiguous(new Point(p.x(), p.y()), ownLine, margin) ? 100 : 0);
        }
        return s;
    }

    private PlacedText[] placeLine(EdgeRouter.Route r, int line, PlacedText weight, PlacedText value, PlacedText grad,
                                   PlacedText delay) {
        PlacedText delayAt = null;
        if (delay != null) {
            delayAt = bestGroup(r, line, new PlacedText[] {delay, null, null})[0];
            addText(delayAt);
        }
        PlacedText[] group = {weight, value, grad};
        boolean any = weight != null || value != null || grad != null;
        PlacedText[] placed = any ? bestGroup(r, line, group) : group;
        if (delayAt != null) {   // the delay mark is registered with the rest of the edge's texts
            int i = texts.size() - 1;
            textGrid.remove(i, texts.get(i).grow(ROW_GAP + 1, TEXT_GAP + 1));
            texts.remove(i);
            textOwner.remove(i);
        }
        return new PlacedText[] {placed[0], placed[1], placed[2], delayAt};
    }

    /** {weight on the line, value on the upper side, grad on the lower side} at the best point. */
    private PlacedText[] bestGroup(EdgeRouter.Route r, int line, PlacedText[] group) {
        PlacedText[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (double away : AWAY) {
            for (int side = 0; side < (careful ? EdgeTextSpots.SIDES : 2); side++) {
                for (double t : TRIES) {
                    PlacedText[] c = EdgeTextSpots.at(r, t, away, group, side, GAP);
                    List<PlacedText> present = new ArrayList<>();
                    for (PlacedText p : c) if (p != null) present.add(p);
                    double s = score(present, null, line, LINE_COST) + Math.abs(t - 0.5) * 40 + away * 12 + side * 30;
                    if (s < bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
            }
            if (bestScore < 40) break;   // free enough: do not move texts away from their edge
        }
        return best;
    }

    private double score(List<PlacedText> c, Rect ownNode, int ownLine, double lineCost) {
        double s = 0;
        for (PlacedText p : c) {
            Rect b = p.bounds();
            // only items near b can overlap it; the rest would add zeros
            for (int i : nodeGrid.near(b)) {
                Rect n = nodes.get(i);
                if (ownNode == null || !n.equals(ownNode.grow(3))) s += 3 * b.overlap(n);
            }
            for (int i : textGrid.near(b)) s += 2 * b.overlap(textBox(i));
            for (int i : arrowGrid.near(b)) s += 3 * b.overlap(arrows.get(i));
            s += lines.in(b, ownLine, false) * lineCost * lines.step() / 4;
            if (ownLine >= 0 && careful) {
                Point at = new Point(p.x(), p.y());
                if (lines.ambiguous(at, ownLine, OWN_MARGIN)) s += 400;
                // among clear places, the one where the text is plainly its own edge's
                s += CLOSENESS_COST * lines.closeness(at, ownLine);
            }
        }
        return s;
    }
}
