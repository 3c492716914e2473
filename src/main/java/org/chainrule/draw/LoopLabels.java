package org.chainrule.draw;

/** Where the texts of a self-loop go (see {@link LabelPlacer}). */
final class LoopLabels {
    private LoopLabels() {}

    /** Loop texts: weight just above the top of the loop, gradient above it, delay mark beside them, value left of the loop. */
    static PlacedText[] place(EdgeRouter.Route r, PlacedText weight, PlacedText value, PlacedText grad, PlacedText delay,
                              double gap) {
        Point apex = r.at(0.5);
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        for (int i = 0; i <= 20; i++) {
            Point p = r.at(i / 20.0);
            left = Math.min(left, p.x());
            right = Math.max(right, p.x());
        }
        // above the loop's top, not on it (the arc stays visible all round), the gradient above the weight
        // (nearest its own loop), the delay mark beside the weight
        PlacedText w = weight == null ? null : weight.at(apex.x(), apex.y() - weight.height() / 2 - gap);
        double top = w == null ? apex.y() - gap : w.bounds().y();
        PlacedText g = grad == null ? null : grad.at(apex.x(), top - grad.height() / 2);
        PlacedText d = delay == null ? null : w == null && g == null ? delay.at(apex.x(), apex.y() - delay.height() / 2 - gap)
                : delay.at((w != null ? w : g).bounds().right() + gap + delay.width() / 2, w != null ? w.y() : g.y());
        double y = apex.y() + 9;
        // beside the loop, and clear of a wide weight on its top
        double l = w == null ? left : Math.min(left, w.bounds().x());
        PlacedText v = value == null ? null : value.at(l - gap - value.width() / 2, y);
        return new PlacedText[] {w, v, g, d};
    }
}
