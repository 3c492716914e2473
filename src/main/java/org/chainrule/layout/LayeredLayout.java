package org.chainrule.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * Layered left-to-right placement (Sugiyama style): inputs on the left, the output on the right, every
 * delay-0 edge pointing right, few crossings, layers far enough apart for the value and gradient labels
 * drawn on edges. Graphs up to {@link #ELK_MAX_NODES} nodes are laid out by Eclipse ELK Layered (on a
 * thread with a big stack, as ELK recurses along long paths); bigger ones by
 * {@link LongestPathLayering}, which takes a fraction of ELK's time and the same spacing.
 *
 * <p>Positions written into the model are node <b>centres</b>, assuming boxes of about
 * {@link #NODE_WIDTH} × {@link #NODE_HEIGHT}. Delayed edges of a recurrence are laid out as if they
 * pointed forward where the order allows, otherwise reversed (they are drawn as back edges); self-loops
 * take no part in the order, but a graph with one is laid out by ELK with 1.5 × {@link #LAYER_GAP} and
 * 2 × {@link #NODE_GAP}, room for the loops and their texts beside the edges of the next layer. The result
 * is the same on every run for the same graph.
 */
public final class LayeredLayout {
    /** Width assumed for a node box. */
    public static final double NODE_WIDTH = 60;
    /** Height assumed for a node box. */
    public static final double NODE_HEIGHT = 40;
    /** Free space between two layers (room for an edge label). */
    public static final double LAYER_GAP = 140;
    /** Free space between two nodes of one layer. */
    public static final double NODE_GAP = 40;
    /** Free space around the whole drawing. */
    public static final double MARGIN = 20;

    /**
     * Above this many nodes the longest-path layering replaces ELK: a cold ELK run of 484 nodes took
     * 5.6 s and a warm one 1.6 s (at load 15 on 2 cores), of 1,000 nodes about 1.8 s cold on a quiet
     * machine, while the layering opens and lays out 1,000 nodes in under 1 s cold. Up to this size the
     * drawing takes the care of {@code draw.EdgeRouter} too, where ELK's fewer crossings pay.
     */
    public static final int ELK_MAX_NODES = 150;

    private LayeredLayout() {}

    /**
     * Runs ELK once on a small graph on a background thread of low priority, so that the first layout
     * the user asks for finds ELK's classes loaded and compiled (a cold run is several times a warm one).
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                ElkLayered.centres(warmUpGraph());
            } catch (RuntimeException | Error e) {
                // only a warm-up: the real layout reports its own failure
            }
        }, "ELK warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Six layers of six nodes, each reading two of the layer before: enough for ELK to run all its phases. */
    private static Graph warmUpGraph() {
        Graph g = new Graph();
        for (int i = 0; i < 6; i++) g.add("x" + i, Op.INPUT);
        for (int l = 1; l < 6; l++) {
            for (int i = 0; i < 6; i++) {
                g.add("n" + l + "_" + i, Op.ADD);
                g.connect((l == 1 ? "x" : "n" + (l - 1) + "_") + i, "n" + l + "_" + i);
                g.connect((l == 1 ? "x" : "n" + (l - 1) + "_") + (i + 1) % 6, "n" + l + "_" + i);
            }
        }
        return g;
    }

    /** Lays out every node of the graph, overwriting positions. */
    public static void apply(Graph g) {
        for (Map.Entry<Node, double[]> e : centres(g, LayoutProgress.NONE).entrySet()) {
            e.getKey().setPosition(e.getValue()[0], e.getValue()[1]);
        }
    }

    /**
     * The centres a layout of the whole graph gives each node, without changing the graph (so that a
     * layout run in the background can be dropped, or applied later). Stops with a
     * {@link java.util.concurrent.CancellationException} when the thread is interrupted.
     */
    public static Map<Node, double[]> centres(Graph g, LayoutProgress progress) {
        if (g.nodeCount() == 0) return Map.of();
        if (g.nodeCount() > ELK_MAX_NODES) return LongestPathLayering.centres(g, progress);
        progress.report(0, "ELK layered");
        return ElkLayered.centres(g);
    }

    /**
     * Places only the nodes without a position, keeping the others where they are: the whole graph is
     * laid out, the layout is shifted so that it best matches the nodes already placed (median offset),
     * and each new node is moved down until it overlaps no node already on the canvas.
     */
    public static void applyToUnplaced(Graph g) {
        List<Node> placed = new ArrayList<>();
        List<Node> unplaced = new ArrayList<>();
        for (Node n : g.nodes()) (n.hasPosition() ? placed : unplaced).add(n);
        if (unplaced.isEmpty()) return;
        if (placed.isEmpty()) {
            apply(g);
            return;
        }
        Map<Node, double[]> layout = centres(g, LayoutProgress.NONE);
        double[] dx = new double[placed.size()], dy = new double[placed.size()];
        for (int i = 0; i < placed.size(); i++) {
            Node n = placed.get(i);
            double[] p = layout.get(n);
            dx[i] = n.x() - p[0];
            dy[i] = n.y() - p[1];
        }
        double shiftX = median(dx), shiftY = median(dy);
        List<double[]> taken = new ArrayList<>();
        for (Node n : placed) taken.add(new double[] {n.x(), n.y()});
        for (Node n : unplaced) {
            double[] p = layout.get(n);
            double x = p[0] + shiftX, y = p[1] + shiftY;
            while (overlaps(x, y, taken)) y += NODE_HEIGHT + NODE_GAP / 2;
            n.setPosition(x, y);
            taken.add(new double[] {x, y});
        }
    }

    /** Whether two boxes at these centres would touch or come closer than half the usual gap. */
    static boolean overlap(double x1, double y1, double x2, double y2) {
        return Math.abs(x1 - x2) < NODE_WIDTH + NODE_GAP / 2 && Math.abs(y1 - y2) < NODE_HEIGHT + NODE_GAP / 2;
    }

    private static boolean overlaps(double x, double y, List<double[]> taken) {
        for (double[] t : taken) if (overlap(x, y, t[0], t[1])) return true;
        return false;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
