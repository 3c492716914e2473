package org.chainrule.draw.chart;

import java.util.List;
import org.chainrule.draw.Point;

/**
 * A placed chart: lines and texts in pixels of a {@code width} × {@code height} picture with its origin
 * top left, the same for every back end. A text is centred vertically on its {@code y} (the baseline
 * rule of the diagram exporters) and anchored at {@code x} by its start, middle or end.
 */
public record ChartPicture(double width, double height, List<Stroke> strokes, List<Text> texts) {
    public enum Anchor { START, MIDDLE, END }

    /** A polyline; {@code dash} empty for a solid line. */
    public record Stroke(List<Point> points, String colour, double width, double[] dash) {
        public Stroke {
            points = List.copyOf(points);
        }

        public boolean dashed() { return dash.length > 0; }
    }

    /** A line of text; {@code vertical} turns it a quarter to the left (an axis name reading upwards). */
    public record Text(double x, double y, String text, double size, Anchor anchor, String colour, boolean vertical) {}

    public ChartPicture {
        strokes = List.copyOf(strokes);
        texts = List.copyOf(texts);
    }
}
