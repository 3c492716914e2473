package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A line sampled only near a change has, there, every sample point the line sampled all along has. */
class LineSamplesTest {
    /** A long S-shaped curve across 3,000 × 1,200 px, passing (1500, 600) half-way. */
    private static final EdgeRouter.Route CURVE = new EdgeRouter.Route(new Point(0, 0), new Point(1500, -800),
            new Point(1500, 2000), new Point(3000, 1200), List.of(), false, false);

    @Test
    void aLineSampledNearAChangeHasThereThePointsOfTheWholeLine() {
        Rect region = new Rect(1300, 300, 400, 600);
        LineSamples whole = new LineSamples(), near = new LineSamples();
        whole.add(CURVE);
        near.add(CURVE, b -> b.intersects(region));
        int seen = 0;
        // every box of the region, those along its edges too, counts as many points in both
        for (double x = region.x(); x + 20 <= region.right(); x += 20) {
            for (double y = region.y(); y + 20 <= region.bottom(); y += 20) {
                Rect q = new Rect(x, y, 20, 20);
                int n = whole.in(q, -1, false);
                assertEquals(n, near.in(q, -1, false), "points in " + q);
                seen += n;
            }
        }
        assertTrue(seen > 50, "the curve passes the region: " + seen + " points there");
        Rect everything = new Rect(-1000, -1000, 5000, 4000);
        assertTrue(near.in(everything, -1, false) < whole.in(everything, -1, false) / 3,
                "far from the region the line is not sampled");
    }
}
