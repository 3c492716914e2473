package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid finds everything a brute-force scan finds: every overlapping rectangle, every point inside. */
class SpatialGridTest {
    @Test
    void nearFindsEveryOverlapAndPointsInCountsLikeAScan() {
        Random r = new Random(7);
        SpatialGrid g = new SpatialGrid();
        List<Rect> rects = new ArrayList<>();
        List<Point> pts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Rect b = new Rect(r.nextDouble() * 2000 - 500, r.nextDouble() * 1500 - 300, r.nextDouble() * 120, r.nextDouble() * 60);
            rects.add(b);
            g.add(i, b);
            Point p = new Point(r.nextDouble() * 2000 - 500, r.nextDouble() * 1500 - 300);
            pts.add(p);
            owners.add(i % 7);
            g.addPoint(i % 7, p);
        }
        // the last rectangle removed again, as LabelPlacer does with a delay mark
        g.removeLast(399, rects.get(399));
        for (int q = 0; q < 300; q++) {
            Rect b = new Rect(r.nextDouble() * 2000 - 500, r.nextDouble() * 1500 - 300, r.nextDouble() * 90, r.nextDouble() * 90);
            int[] near = g.near(b);
            for (int k = 1; k < near.length; k++) assertTrue(near[k - 1] < near[k], "ascending, no repeats");
            for (int i = 0; i < 399; i++) {
                if (b.overlap(rects.get(i)) > 0) assertTrue(Arrays.binarySearch(near, i) >= 0, "rect " + i);
            }
            assertTrue(Arrays.binarySearch(near, 399) < 0, "removed");
            int except = q % 7, scan = 0;
            for (int i = 0; i < pts.size(); i++) if (owners.get(i) != except && b.contains(pts.get(i))) scan++;
            assertEquals(scan, g.pointsIn(b, except));
        }
    }

    @Test
    void pointsOnTheEdgeOfARectangleCount() {
        SpatialGrid g = new SpatialGrid();
        g.addPoint(0, new Point(48, 96));   // on a cell corner
        g.addPoint(0, new Point(-0.0, 0));
        assertEquals(2, g.pointsIn(new Rect(0, 0, 48, 96), -1));
        assertEquals(0, g.pointsIn(new Rect(0, 0, 48, 96), 0));
    }
}
