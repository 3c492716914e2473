package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/** The places {@link LabelPlacer} tries for an edge's texts: beside a point of the curve, and rings around a place. */
final class EdgeTextSpots {
    private EdgeTextSpots() {}

    /** Radii tried when a text must leave its place, nearest first (pixels). */
    static final double[] RINGS = rings();

    private static double[] rings() {
        List<Double> r = new ArrayList<>();
        for (double d = 4; d <= 60; d += 4) r.add(d);
        for (double d = 70; d <= 2000; d *= 1.2) r.add(d);
        double[] a = new double[r.size()];
        for (int i = 0; i < a.length; i++) a[i] = r.get(i);
        return a;
    }

    /** Arrangements of value and gradient: on either side as usual, swapped, both on the upper, both on the lower side. */
    static final int SIDES = 4;

    static PlacedText[] at(EdgeRouter.Route r, double t, double away, PlacedText[] group, int side, double gap) {
        Point p = r.at(t);
        Point n = r.tangent(t).unit().normal();
        // the value goes on the upper side (or the left of a vertical edge)
        if (n.y() > 1e-6 || (Math.abs(n.y()) <= 1e-6 && n.x() > 0)) n = n.times(-1);
        PlacedText w = group[0], v = group[1], g = group[2];
        double half = w == null ? 1 : extent(w, n);
        PlacedText[] out = new PlacedText[3];
        if (w != null) out[0] = w.at(p.x(), p.y());
        double vs = side == 1 || side == 3 ? -1 : 1, gs = side == 0 || side == 3 ? -1 : 1;
        double vd = half + gap + away + (v == null ? 0 : extent(v, n));
        if (v != null) out[1] = v.at(p.x() + n.x() * vd * vs, p.y() + n.y() * vd * vs);
        if (g != null) {
            // on the value's side it goes beyond the value
            double d = half + gap + away + extent(g, n) + (vs == gs && v != null ? extent(v, n) * 2 + gap : 0);
            out[2] = g.at(p.x() + n.x() * d * gs, p.y() + n.y() * d * gs);
        }
        return out;
    }

    /** Half the extent of a text's box in direction {@code n}. */
    static double extent(PlacedText t, Point n) {
        return Math.abs(n.x()) * t.width() / 2 + Math.abs(n.y()) * t.height() / 2;
    }

    /** A sum's text cut to its total (see {@link Ellipsis#totalOnly}); null for any other text. */
    static PlacedText totalOnly(PlacedText t) {
        String shown = t.text().source(), total = Ellipsis.totalOnly(shown);
        if (total == null) return null;
        // a text shortened before keeps the tooltip that holds it whole
        String tip = shown.contains(Ellipsis.MARK + " = ") ? t.tooltip() : Ellipsis.tooltip(shown, total, t.tooltip());
        return new PlacedText(LabelText.plain(total), t.x(), t.y(), t.size(), t.ink(), t.boxed(), tip);
    }
}
