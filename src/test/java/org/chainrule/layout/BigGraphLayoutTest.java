package org.chainrule.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** Graphs of the size `generate --nodes 8000` and 20,000 make, which overflowed ELK's stack before. */
class BigGraphLayoutTest {

    static Graph generated(int nodes) throws IOException {
        StringWriter w = new StringWriter();
        new RandomLayeredGraph(nodes, 1).write(w);
        return GraphFile.parse(w.toString(), "generated-" + nodes + ".json");
    }

    /** Every node placed, every delay-0 edge pointing right by at least a layer, no two boxes overlapping. */
    static void assertPlacedApart(Graph g) {
        for (Node n : g.nodes()) assertTrue(n.hasPosition(), n.id() + " has no position");
        for (Edge e : g.edges()) {
            Node s = g.source(e), t = g.target(e);
            if (s != t && g.delay(e) == 0) {
                assertTrue(t.x() - s.x() >= LayeredLayout.NODE_WIDTH + LayeredLayout.LAYER_GAP - 1, "edge " + g.key(e) + " points right");
            }
        }
        // sorted by x then y, two boxes can only overlap if they are near each other in that order
        List<Node> all = new ArrayList<>(g.nodes());
        all.sort(Comparator.comparingDouble(Node::x).thenComparingDouble(Node::y));
        for (int i = 0; i < all.size(); i++) {
            Node a = all.get(i);
            for (int j = i + 1; j < all.size() && all.get(j).x() - a.x() < LayeredLayout.NODE_WIDTH; j++) {
                Node b = all.get(j);
                assertTrue(Math.abs(a.y() - b.y()) >= LayeredLayout.NODE_HEIGHT, a.id() + " and " + b.id() + " overlap");
            }
        }
    }

    @Test
    void eightThousandNodesWithoutStackOverflow() throws IOException {
        Graph g = generated(8000);
        assertEquals(7921, g.nodeCount());
        LayeredLayout.apply(g);
        assertPlacedApart(g);
        Node out = g.output();
        for (Node n : g.nodes()) {
            if (n.op() == Op.INPUT) assertEquals(LayeredLayout.MARGIN + LayeredLayout.NODE_WIDTH / 2, n.x(), "inputs in the first layer");
            assertTrue(n.x() <= out.x(), "the output is rightmost");
        }
    }

    @Test
    void twentyThousandNodes() throws IOException {
        Graph g = generated(20000);
        LayeredLayout.apply(g);
        assertPlacedApart(g);
    }

    @Test
    void aLongChainLaidOutByElkOnItsBigStack() {
        // a chain as long as ELK is used for: its recursion along the path runs on the layout thread
        Graph g = new Graph();
        Node prev = g.add("x", Op.INPUT);
        for (int i = 1; i < LayeredLayout.ELK_MAX_NODES; i++) {
            Node n = g.add("r" + i, Op.RELU);
            g.connect(prev, n);
            prev = n;
        }
        g.setOutputId(prev.id());
        LayeredLayout.apply(g);
        assertPlacedApart(g);
    }

    @Test
    void orderingReducesCrossingsOfTwoSwappedChains() {
        // a1 → b2 and a2 → b1 in file order cross; after the sweeps the two pairs lie side by side
        Graph g = new Graph();
        for (int i = 0; i < LayeredLayout.ELK_MAX_NODES; i++) {
            Node a = g.add("a" + i, Op.INPUT);
            Node b = g.add("b" + i, Op.RELU);
            a.setPosition(0.0, 0.0);
            b.setPosition(0.0, 0.0);
        }
        for (int i = 0; i < LayeredLayout.ELK_MAX_NODES; i++) {
            g.connect(g.node("a" + i), g.node("b" + (LayeredLayout.ELK_MAX_NODES - 1 - i)));
        }
        Map<Node, double[]> c = LayeredLayout.centres(g, LayoutProgress.NONE);
        int crossings = 0;
        List<Edge> edges = new ArrayList<>(g.edges());
        for (int i = 0; i + 1 < edges.size(); i++) {
            Edge e = edges.get(i), f = edges.get(i + 1);
            double d1 = c.get(g.source(e))[1] - c.get(g.source(f))[1], d2 = c.get(g.target(e))[1] - c.get(g.target(f))[1];
            if (d1 * d2 < 0) crossings++;
        }
        assertEquals(0, crossings);
        for (Node n : g.nodes()) assertEquals(0.0, n.x(), "centres leave the graph as it was");
    }

    @Test
    void anInterruptedLayoutStopsAndChangesNothing() throws Exception {
        Graph g = generated(8000);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                LayeredLayout.centres(g, LayoutProgress.NONE);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join();
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        for (Node n : g.nodes()) assertTrue(!n.hasPosition(), n.id());
        assertThrows(CancellationException.class, () -> {
            Thread.currentThread().interrupt();
            try {
                BigStack.call("test", () -> { Thread.sleep(10_000); return 1; });
            } finally {
                Thread.interrupted();
            }
        });
    }
}
