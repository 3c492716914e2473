package org.chainrule.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/**
 * Edge keys: {@code FROM->TO} names the first edge between two nodes, {@code FROM->TO#2},
 * {@code #3} … the parallel ones in edge order; key → edge → key comes back unchanged.
 */
class EdgeKeyTest {

    /** x feeds the neuron h three times (weights 1, 2, 3) and y once; h loops on itself. */
    private static Graph parallel() {
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT), y = g.add("y", Op.INPUT), h = g.add("h", Op.NEURON);
        x.setValue(2);
        y.setValue(-1);
        g.setTimesteps(1);
        for (int w = 1; w <= 3; w++) g.connect(x, h).setWeight((double) w);
        g.connect(y, h).setWeight(4.0);
        g.connect(h, h).setWeight(0.5);
        return g;
    }

    @Test
    void everyEdgeKeyLeadsBackToItsEdge() {
        Graph g = parallel();
        List<String> keys = new ArrayList<>();
        for (Edge e : g.edges()) {
            String key = g.key(e);
            keys.add(key);
            assertSame(e, g.edge(key), key);
        }
        assertEquals(List.of("x->h", "x->h#2", "x->h#3", "y->h", "h->h"), keys);
    }

    @Test
    void parallelEdgesAreToldApartByTheirIndex() {
        Graph g = parallel();
        assertEquals(1, g.edge("x->h").weight(), 0);
        assertEquals(2, g.edge("x->h#2").weight(), 0);
        assertEquals(3, g.edge("x->h#3").weight(), 0);
        assertSame(g.edge("x->h"), g.edge("x->h#1"));
        assertNotSame(g.edge("x->h#2"), g.edge("x->h#3"));
    }

    @Test
    void keysThatNameNoEdgeGiveNull() {
        Graph g = parallel();
        assertNull(g.edge("x->h#4"));
        assertNull(g.edge("h->x"));
        assertNull(g.edge("x->h#two"));
        assertNull(g.edge("nobody->h"));
        assertNull(g.edge("x"));
    }

    @Test
    void removingAParallelEdgeRenumbersTheOnesAfterIt() {
        Graph g = parallel();
        Edge third = g.edge("x->h#3");
        g.remove(g.edge("x->h#2"));
        assertEquals("x->h#2", g.key(third));
        assertSame(third, g.edge("x->h#2"));
    }

    @Test
    void keysSurviveAWriteAndARead() {
        Graph g = parallel();
        Graph again = GraphFile.parse(GraphFile.toJson(g), "again.json");
        for (Edge e : g.edges()) {
            Edge same = again.edge(g.key(e));
            assertEquals(e.weight(), same.weight(), 0, g.key(e));
            assertEquals(g.key(e), again.key(same));
        }
    }

    @Test
    void eachParallelWeightHasItsOwnQuantityAndGradient() {
        Graph g = parallel();
        List<String> weightKeys = new ArrayList<>();
        for (Quantity q : Quantity.all(g)) if (q.kind() == Quantity.Kind.WEIGHT) weightKeys.add(q.key());
        assertEquals(List.of("x->h", "x->h#2", "x->h#3", "y->h", "h->h"), weightKeys);
        Quantity second = Quantity.find(g, "x->h#2");
        assertSame(g.edge("x->h#2"), second.edge());
        second.set(7);
        assertEquals(7, g.edge("x->h#2").weight(), 0);
        assertEquals(1, g.edge("x->h").weight(), 0);
        // identity neuron: ∂h/∂w of each parallel edge is its source's value, x = 2
        Evaluation ev = Engine.evaluate(g);
        assertEquals(2, ev.grad("x->h"), 0);
        assertEquals(2, ev.grad("x->h#2"), 0);
        assertEquals(2, ev.grad("x->h#3"), 0);
        assertEquals(-1, ev.grad("y->h"), 0);
    }
}
