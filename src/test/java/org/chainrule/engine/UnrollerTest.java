package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.jgrapht.alg.cycle.CycleDetector;
import org.junit.jupiter.api.Test;

/** The shape of unrolled graphs; their numbers are checked against the folded graph in UnrollEvaluationTest. */
class UnrollerTest {

    /** TUM I2DL P10b as an op graph: h_t = relu(u·h_{t−1} + w·x_t), y = v·h, h_0 = 3, T = 2. */
    static Graph p10bOps() {
        Graph g = new Graph();
        g.add("x", Op.INPUT).setValues(List.of(1.0, 2.0));
        g.add("u", Op.PARAM).setValue(3);
        g.add("w", Op.PARAM).setValue(2);
        g.add("v", Op.PARAM).setValue(-1);
        g.add("uh", Op.MUL);
        g.add("wx", Op.MUL);
        g.add("s", Op.ADD);
        g.add("h", Op.RELU).setInit(3);
        g.add("y", Op.MUL);
        g.connect("u", "uh");
        g.connect("h", "uh").setDelay(1);
        g.connect("w", "wx");
        g.connect("x", "wx");
        g.connect("uh", "s");
        g.connect("wx", "s");
        g.connect("s", "h");
        g.connect("v", "y");
        g.connect("h", "y");
        g.setOutputId("y");
        return g;
    }

    /** The same cell as a neuron with a recurrent self-loop (weight u), the input edge weighted w. */
    static Graph p10bNeuron() {
        Graph g = new Graph();
        g.add("x", Op.INPUT).setValues(List.of(1.0, 2.0));
        Node h = g.add("h", Op.NEURON);
        h.setActivation(Activation.RELU);
        h.setInit(3);
        g.add("y", Op.NEURON);
        g.connect("x", "h").setWeight(2.0);
        g.connect("h", "h").setWeight(3.0);
        g.connect("h", "y").setWeight(-1.0);
        return g;
    }

    @Test
    void opGraphUnrollsIntoOneCopyPerStepWithSharedParams() {
        Graph u = Unroller.unroll(p10bOps());
        // 6 per-step nodes × 2 steps, 3 shared params, one init node
        assertEquals(16, u.nodeCount());
        assertEquals(18, u.edgeCount());
        assertEquals(1, u.timesteps());
        assertEquals("y_t2", u.output().id());
        for (String id : new String[] {"u", "w", "v", "x_t1", "x_t2", "h_t1", "h_t2", "h_t0"}) assertNotNull(u.node(id), id);
        assertNull(u.node("u_t1"));
        assertEquals(1.0, u.node("x_t1").valueAt(1));
        assertEquals(2.0, u.node("x_t2").valueAt(1));
        assertEquals(3.0, u.node("h_t0").valueAt(1));
        assertEquals(Op.INPUT, u.node("h_t0").op());
        assertEquals("h_0", u.node("h_t0").displayName());
        assertEquals("h_2", u.node("h_t2").displayName());
        // the delayed edge: h_{t−1} → uh_t
        assertNotNull(u.edge("h_t0->uh_t1"));
        assertNotNull(u.edge("h_t1->uh_t2"));
        assertNull(u.edge("h_t1->uh_t1"));
        for (Edge e : u.edges()) assertEquals(0, u.delay(e));
        assertFalse(new CycleDetector<>(u.jgrapht()).detectCycles());
        // the shared weight feeds both steps
        assertEquals(2, u.outgoing(u.node("u")).size());
    }

    @Test
    void neuronSelfLoopUnrollsIntoAChainWithItsWeights() {
        Graph u = Unroller.unroll(p10bNeuron());
        assertEquals(7, u.nodeCount()); // x, h, y at two steps + h_t0
        assertEquals(6, u.edgeCount());
        assertEquals(3.0, u.edge("h_t0->h_t1").weight());
        assertEquals(3.0, u.edge("h_t1->h_t2").weight());
        assertEquals(2.0, u.edge("x_t2->h_t2").weight());
        assertEquals(Activation.RELU, u.node("h_t2").activation());
        assertEquals("y_t2", u.output().id());
        assertFalse(new CycleDetector<>(u.jgrapht()).detectCycles());
    }

    @Test
    void stepsAreLaidOutLeftToRight() {
        Graph u = Unroller.unroll(p10bOps());
        for (Node n : u.nodes()) assertTrue(n.hasPosition(), n.id());
        assertTrue(u.node("h_t0").x() < u.node("x_t1").x());
        // every node of step 1 lies left of every node of step 2
        double maxStep1 = -Double.MAX_VALUE, minStep2 = Double.MAX_VALUE;
        for (Node n : u.nodes()) {
            if (n.id().endsWith("_t1")) maxStep1 = Math.max(maxStep1, n.x());
            if (n.id().endsWith("_t2")) minStep2 = Math.min(minStep2, n.x());
        }
        assertTrue(maxStep1 < minStep2, maxStep1 + " < " + minStep2);
        // arguments keep their order (u first into uh, as in the folded graph)
        Node uh2 = u.node("uh_t2");
        assertEquals("u", u.source(u.arguments(uh2).get(0)).id());
        assertEquals("h_t1", u.source(u.arguments(uh2).get(1)).id());
    }

    @Test
    void argumentOrderHoldsForOrderedOps() {
        Graph g = new Graph();
        g.add("a", Op.INPUT).setValues(List.of(5.0, 6.0, 7.0));
        g.add("d", Op.SUB).setInit(1);
        Edge back = g.connect("d", "d");
        back.setArg(1);
        g.connect("a", "d").setArg(0);
        Graph u = Unroller.unroll(g);
        assertEquals(7, u.nodeCount());
        Node d3 = u.node("d_t3");
        assertEquals("a_t3", u.source(u.arguments(d3).get(0)).id());
        assertEquals("d_t2", u.source(u.arguments(d3).get(1)).id());
        assertEquals("d_t0", u.source(u.arguments(u.node("d_t1")).get(1)).id());
    }

    @Test
    void stepLabelsFillInTheTimeStep() {
        assertEquals("h_2", Unroller.stepLabel("h_t", 2));
        assertEquals("u·h_1", Unroller.stepLabel("u·h_{t−1}", 2));
        assertEquals("u·h_0", Unroller.stepLabel("u·h_{t-1}", 1));
        assertEquals("w·x_1", Unroller.stepLabel("w·x_t", 1));
        assertEquals("y_3", Unroller.stepLabel("y", 3));
        assertEquals("h_{12}", Unroller.stepLabel("h_t", 12));
        assertEquals("w[1]_13^{⟨2⟩}", Unroller.stepLabel("w[1]_13", 2));
        // "t" as part of a longer subscript is not the time
        assertEquals("x_tot^{⟨2⟩}", Unroller.stepLabel("x_tot", 2));
    }

    @Test
    void sharedParamsKeepTheirArrangementBelowTheSteps() {
        Graph g = p10bOps();
        double[][] at = {{40, 40}, {40, 120}, {40, 200}, {160, 40}, {160, 160}, {280, 100}, {400, 100}, {400, 180}, {520, 140}};
        int i = 0;
        for (Node n : g.nodes()) n.setPosition(at[i][0], at[i++][1]);
        Graph u = Unroller.unroll(g);
        Node pu = u.node("u"), pw = u.node("w");
        assertTrue(pu.y() != pw.y() || pu.x() != pw.x(), "u and w must not lie on each other");
        assertEquals(80.0, pw.y() - pu.y(), 1e-9);
        for (Node n : u.nodes()) if (n.id().contains("_t")) assertTrue(n.y() < pu.y(), n.id());
    }
}
