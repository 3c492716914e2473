package org.chainrule.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new edge's curve must keep clear of: node boxes, self-loops (with the room their texts take
 * above them) and the curves already routed, so no edge runs through a node or a loop and no two edges
 * lie on top of each other. {@link #cost} says how badly a candidate curve collides; the router takes
 * the cheapest of its candidates.
 */
final class RouteCrowd {
    /** Cost of running through one node or loop; far more than any number of parallel stretches. */
    private static final double THROUGH = 1000;
    /** Cost of one sample point lying along (near and parallel to) another edge's curve. */
    private static final double ALONG = 25;
    /** Within this distance (pixels) a sample point of one curve lies on another. */
    static final double NEAR = 6;
    /** Distance between the sample points of a curve. */
    private static final double STEP = 6;
    /** Stretch at either end of a curve left out of the parallel test. */
    private static final double END = 14;

    private record Box(Object owner, Rect r) {}

    private record Sample(int line, Point p, Point dir) {}

    private final List<Box> boxes = new ArrayList<>();
    private final BucketGrid boxGrid = new BucketGrid();
    private final List<Sample> samples = new ArrayList<>();
    private final BucketGrid sampleGrid = new BucketGrid();
    private int lines;

    /** An obstacle no edge but those of {@code owner} may cross. */
    void block(Object owner, Rect r) {
        boxes.add(new Box(owner, r));
        boxGrid.add(boxes.size() - 1, r);
    }

    /** Files a routed curve, for the curves routed after it to keep off. */
    void add(EdgeRouter.Route r) {
        int line = lines++;
        for (Sample s : sample(r, line)) {
            sampleGrid.add(samples.size(), s.p());
            samples.add(s);
        }
    }

    /**
     * How badly the curve between {@code a} and {@code b} collides: obstacles it runs through (not
     * theirs) and stretches lying along (near and parallel to) a curve routed before, but for the
     * ends, where the edges of one node meet anyway.
     */
    double cost(EdgeRouter.Route r, Object a, Object b) {
        double c = 0;
        List<Sample> mine = sample(r, -1);
        List<Integer> hit = new ArrayList<>();
        for (Sample s : mine) {
            Rect at = new Rect(s.p().x(), s.p().y(), 0, 0);
            for (int i : boxGrid.near(at)) {
                Box box = boxes.get(i);
                if (box.owner() != a && box.owner() != b && !hit.contains(i) && box.r().contains(s.p())) hit.add(i);
            }
        }
        c += THROUGH * hit.size();
        for (Sample s : mine) {
            // where edges of one node meet they come near anyway
            if (s.p().distance(r.start()) < END || s.p().distance(r.end()) < END) continue;
            for (int i : sampleGrid.near(Rect.centred(s.p().x(), s.p().y(), 2 * NEAR, 2 * NEAR))) {
                Sample o = samples.get(i);
                double dot = Math.abs(o.dir().x() * s.dir().x() + o.dir().y() * s.dir().y());
                if (dot > 0.96 && o.p().distance(s.p()) < NEAR) {
                    c += ALONG;
                    break;
                }
            }
        }
        return c;
    }

    private static List<Sample> sample(EdgeRouter.Route r, int line) {
        double len = r.start().distance(r.c1()) + r.c1().distance(r.c2()) + r.c2().distance(r.end());
        int k = (int) Math.max(12, Math.min(400, len / STEP));
        List<Sample> out = new ArrayList<>();
        for (int i = 1; i < k; i++) {
            double t = i / (double) k;
            out.add(new Sample(line, r.at(t), r.tangent(t).unit()));
        }
        return out;
    }
}
