package org.chainrule.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    /** TUM I2DL P6b: y = max(w·x + x, 0), the skip connection x → s. */
    private static Graph skipConnection() {
        return org.chainrule.engine.ExamGraphs.tumP6b();
    }

    /** TUM I2DL P10b as an op graph: h_t = relu(u·h_{t−1} + w·x_t) with the delayed edge h → uh,
     *  and the same cell's neuron form with a recurrent self-loop on h2. */
    private static Graph recurrent() {
        Graph g = new Graph();
        for (String id : new String[] {"x", "u", "w", "v"}) g.add(id, id.equals("x") ? Op.INPUT : Op.PARAM);
        g.add("uh", Op.MUL);
        g.add("wx", Op.MUL);
        g.add("a", Op.ADD);
        g.add("h", Op.RELU);
        g.add("y", Op.MUL);
        g.add("h2", Op.NEURON);
        g.connect("u", "uh");
        Edge back = new Edge();
        back.setDelay(1);
        g.connect(g.node("h"), g.node("uh"), back);
        g.connect("w", "wx");
        g.connect("x", "wx");
        g.connect("uh", "a");
        g.connect("wx", "a");
        g.connect("a", "h");
        g.connect("v", "y");
        g.connect("h", "y");
        g.connect("x", "h2");
        g.connect("h2", "h2"); // self-loop, delay 1 by default
        g.connect("h2", "y");
        return g;
    }

    /** A random layered DAG: each node reads 1–3 nodes of earlier layers (skip connections included). */
    static Graph randomLayered(int n, long seed) {
        Random r = new Random(seed);
        Graph g = new Graph();
        List<Node> nodes = new ArrayList<>();
        int inputs = Math.max(2, n / 50);
        for (int i = 0; i < n; i++) {
            Node node;
            if (i < inputs) node = g.add("x" + i, Op.INPUT);
            else node = g.add("n" + i, r.nextBoolean() ? Op.ADD : Op.MUL);
            if (i >= inputs) {
                int args = 1 + r.nextInt(2);
                for (int k = 0; k < args; k++) {
                    // mostly recent nodes, sometimes a long skip
                    int back = r.nextInt(10) == 0 ? 1 + r.nextInt(i) : Math.min(i, 1 + r.nextInt(20));
                    g.connect(nodes.get(i - back), node);
                }
            }
            nodes.add(node);
        }
        g.setOutputId(nodes.get(n - 1).id());
        for (Node m : nodes) {
            if (m != nodes.get(n - 1) && g.outgoing(m).isEmpty()) g.connect(m, nodes.get(n - 1));
        }
        return g;
    }

    private static void assertWellLaidOut(Graph g) {
        for (Node n : g.nodes()) assertTrue(n.hasPosition(), n.id() + " has no position");
        for (Edge e : g.edges()) {
            Node s = g.source(e), t = g.target(e);
            if (g.delay(e) == 0) {
                assertTrue(t.x() - s.x() >= LayeredLayout.NODE_WIDTH + LayeredLayout.LAYER_GAP - 1 /* rounding to whole pixels */,
                        "delay-0 edge " + g.key(e) + " goes from x=" + s.x() + " to x=" + t.x());
            }
        }
        List<Node> all = new ArrayList<>(g.nodes());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Node a = all.get(i), b = all.get(j);
                boolean apart = Math.abs(a.x() - b.x()) >= LayeredLayout.NODE_WIDTH
                        || Math.abs(a.y() - b.y()) >= LayeredLayout.NODE_HEIGHT;
                assertTrue(apart, a.id() + " and " + b.id() + " overlap");
            }
        }
    }

    @Test
    void skipConnectionFlowsLeftToRight() {
        Graph g = skipConnection();
        LayeredLayout.apply(g);
        assertWellLaidOut(g);
        Node x = g.node("x"), y = g.node("y");
        for (Node n : g.nodes()) {
            assertTrue(x.x() <= n.x(), "input x is leftmost");
            assertTrue(y.x() >= n.x(), "output y is rightmost");
        }
    }

    @Test
    void delayedEdgesAndSelfLoopsDoNotBreakIt() {
        Graph g = recurrent();
        LayeredLayout.apply(g);
        assertWellLaidOut(g);
        // the delayed edge h → uh is a back edge: h is drawn right of uh
        assertTrue(g.node("h").x() > g.node("uh").x());
    }

    @Test
    void delayZeroCycleStillGetsPositions() {
        // invalid for evaluation, but a half-drawn graph in the editor must still lay out
        Graph g = new Graph();
        g.add("a", Op.ADD);
        g.add("b", Op.ADD);
        g.connect("a", "b");
        g.connect("b", "a");
        LayeredLayout.apply(g);
        assertTrue(g.node("a").hasPosition() && g.node("b").hasPosition());
        assertFalse(LayeredLayout.overlap(g.node("a").x(), g.node("a").y(), g.node("b").x(), g.node("b").y()));
    }

    @Test
    void sameGraphSamePositionsOnEveryRun() {
        Graph a = randomLayered(150, 7), b = randomLayered(150, 7);
        LayeredLayout.apply(a);
        LayeredLayout.apply(b);
        for (Node n : a.nodes()) {
            Node m = b.node(n.id());
            assertEquals(n.x(), m.x(), n.id());
            assertEquals(n.y(), m.y(), n.id());
        }
    }

    @Test
    void thousandNodes() {
        Graph g = randomLayered(1000, 42);
        long start = System.nanoTime();
        LayeredLayout.apply(g);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LayeredLayout: 1000 nodes, " + g.edgeCount() + " edges in " + ms + " ms");
        assertWellLaidOut(g);
    }

    @Test
    void unplacedNodesJoinWithoutMovingThePlacedOnes() {
        Graph g = skipConnection();
        LayeredLayout.apply(g);
        Node s = g.node("s");
        double sx = s.x() + 500, sy = s.y() + 300;
        // the user moved everything; then a new consumer of s appears without a position
        for (Node n : g.nodes()) n.setPosition(n.x() + 500, n.y() + 300);
        g.add("out", Op.RELU);
        g.connect("y", "out");
        g.setOutputId("out");
        g.node("y").setPosition(g.node("y").x(), g.node("y").y());
        LayeredLayout.applyToUnplaced(g);
        assertEquals(sx, s.x());
        assertEquals(sy, s.y());
        Node out = g.node("out");
        assertTrue(out.hasPosition());
        assertTrue(out.x() > g.node("y").x(), "new consumer is placed right of its argument");
        for (Node n : g.nodes()) {
            if (n != out) assertFalse(LayeredLayout.overlap(n.x(), n.y(), out.x(), out.y()), n.id());
        }
    }
}
