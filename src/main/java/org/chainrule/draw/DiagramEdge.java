package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * One edge as drawn. The line is the cubic Bézier curve {@code start}, {@code c1}, {@code c2},
 * {@code end} (a straight edge has its control points on the line: {@code straight} lets a back end
 * draw a plain line instead). It stops at {@code end}, inside the arrowhead: the filled triangle
 * {@code arrow} (tip first) whose tip touches the target's outline. A self-loop is a loop above its
 * node. A delayed edge ({@code delay} &gt; 0) is drawn dashed with the {@code delayMark} text
 * ({@code t−1}). Texts, any of which may be null: {@code weight} (edges into neurons, on the line),
 * {@code value} (forward colour) on one side and {@code grad} (backward colour) on the other.
 */
public record DiagramEdge(
        String key, String from, String to, Point start, Point c1, Point c2, Point end,
        List<Point> arrow, boolean straight, boolean selfLoop, int delay,
        PlacedText weight, PlacedText value, PlacedText grad, PlacedText delayMark,
        boolean highlighted, boolean dimmed, List<String> styleClasses) {

    /** Dash pattern of delayed edges (on, off) in pixels at scale 1. */
    public static final double[] DASH = {6, 4};

    public DiagramEdge {
        arrow = List.copyOf(arrow);
        styleClasses = List.copyOf(styleClasses);
    }

    public boolean dashed() { return delay > 0; }

    /** The arrow's tip: where the edge meets its target. */
    public Point tip() { return arrow.get(0); }

    /** The point of the curve at parameter {@code t} in [0, 1]. */
    public Point at(double t) { return Bezier.at(start, c1, c2, end, t); }

    /** Every text of the edge that is present. */
    public List<PlacedText> texts() {
        List<PlacedText> t = new ArrayList<>();
        for (PlacedText p : new PlacedText[] {weight, value, grad, delayMark}) if (p != null) t.add(p);
        return t;
    }
}
