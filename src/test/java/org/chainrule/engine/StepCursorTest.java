package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.engine.StepState.GradientSum;
import org.chainrule.engine.StepState.QuantityGradient;
import org.chainrule.engine.StepState.Contribution;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.junit.jupiter.api.Test;

/** The stepper's cursor on the exam graphs, without a window. */
class StepCursorTest {
    private static final double EPS = 1e-9;

    @Test
    void countsAndCounterOnTumP6b() {
        StepCursor c = StepCursor.of(ExamGraphs.tumP6b());
        // 6 nodes, one time step: 6 forward + 6 backward steps
        assertEquals(12, c.size());
        assertEquals(6, c.forwardCount());
        assertEquals("step 0 of 12 — start", c.counter());
        assertNull(c.current());
        assertTrue(c.forward());
        assertEquals("step 1 of 12 — forward", c.counter());
        c.seek(7);
        assertEquals("step 7 of 12 — backward", c.counter());
        assertEquals(Phase.BACKWARD, c.current().phase());
        assertEquals("y", c.current().node().id()); // backward starts at the output
        c.toEnd();
        assertFalse(c.forward());
        assertEquals(12, c.position());
        c.reset();
        assertFalse(c.back());
        c.seek(99);
        assertEquals(12, c.position());
        c.seek(-3);
        assertEquals(0, c.position());
        c.toEndOfForward();
        assertEquals(Phase.FORWARD, c.current().phase());
        assertTrue(c.back());
        assertEquals(5, c.position());
    }

    @Test
    void skipConnectionShowsTheSumAtTheFork() {
        Graph g = ExamGraphs.tumP6b();
        StepCursor c = StepCursor.of(g);
        c.toEndOfForward();
        StepState fwd = c.state();
        // y = max(w·x + x, 0) at w = 0.001, x = 2: s = 2.002
        assertEquals(2.002, fwd.values().get(g.node("s")), EPS);
        assertEquals(2.0, fwd.edgeValues().get(g.edge("x->s")), EPS);
        assertTrue(fwd.grads().isEmpty());
        assertTrue(fwd.edgeGrads().isEmpty());
        c.toEnd();
        StepState end = c.state();
        GradientSum x = end.grads().get(g.node("x"));
        // dy/dx = 1.001 (the exam): w·1 along x→wx plus 1 along the skip x→s
        assertEquals(1.001, x.total(), EPS);
        assertTrue(x.isSum());
        assertEquals(List.of(0.001, 1.0), termValues(x.terms()), "wx is first in file order, then s");
        assertEquals(x.total(), sum(x.terms()), EPS);
        assertEquals(1.0, end.edgeGrads().get(g.edge("x->s")), EPS);
        assertEquals(0.001, end.edgeGrads().get(g.edge("x->wx")), EPS);
        // the output's gradient is the seed alone
        assertEquals(List.of(1.0), termValues(end.grads().get(g.node("y")).terms()));
        // w is a param: its key's gradient dy/dw = x = 2
        QuantityGradient w = end.quantities().get("w");
        assertTrue(w.complete() && w.trainable());
        assertEquals(2.0, w.sum(), EPS);
    }

    @Test
    void wideProductGetsEachArgumentsGradientFromItsOwnPartial() {
        // p = x0·x1·…·x5, y = p + x0: the cursor computes each node's partials once per step for all its
        // arguments, and must still give every edge what the per-edge query and finite differences give
        Graph g = new Graph();
        g.add("p", org.chainrule.ops.Op.MUL);
        g.add("y", org.chainrule.ops.Op.ADD);
        for (int i = 0; i < 6; i++) {
            g.add("x" + i, org.chainrule.ops.Op.PARAM).setValue(0.5 + 0.25 * i * (i % 2 == 0 ? 1 : -1));
            g.connect("x" + i, "p");
        }
        g.connect("p", "y");
        g.connect("x0", "y");
        StepCursor c = StepCursor.of(g);
        c.toEnd();
        StepState end = c.state();
        assertEquals(g.edgeCount(), end.edgeGrads().size());
        for (Edge e : g.edges()) {
            assertEquals(c.evaluation().edgeGrad(e, 1), end.edgeGrads().get(e), EPS, () -> g.key(e));
        }
        for (int i = 1; i < 6; i++) {
            String x = "x" + i;
            double fd = FiniteDifference.estimate(g, x);
            assertEquals(fd, end.edgeGrads().get(g.edge(x + "->p")), 1e-6, x);
            assertEquals(fd, end.grads().get(g.node(x)).total(), 1e-6, x);
        }
        double fd0 = FiniteDifference.estimate(g, "x0");
        assertEquals(fd0, end.edgeGrads().get(g.edge("x0->p")) + end.edgeGrads().get(g.edge("x0->y")), 1e-6);
    }

    @Test
    void gradientsArriveOneBackwardStepAtATime() {
        Graph g = ExamGraphs.in5400Dense();
        StepCursor c = StepCursor.of(g);
        c.toEndOfForward();
        int seen = 0;
        while (c.forward()) {
            StepState s = c.state();
            Node n = s.step().node();
            // the node just stepped now has its gradient, and every incoming edge its label
            assertTrue(s.grads().containsKey(n));
            for (Edge e : g.incoming(n)) assertTrue(s.edgeGrads().containsKey(e));
            assertEquals(g.arguments(n), s.moving());
            assertEquals(++seen + c.forwardCount(), s.position());
            assertEquals(seen, s.grads().size());
        }
        assertEquals(g.nodeCount(), seen);
    }

    @Test
    void denseNetGradientsMatchTheExamAndFiniteDifferences() {
        Graph g = ExamGraphs.in5400Dense();
        StepCursor c = StepCursor.of(g);
        assertEquals(16, c.size());
        c.toEnd();
        StepState end = c.state();
        // hand derivation (docs/exam-graphs.md): h = (9, −2, 5), ŷ = 36, ∂J/∂ŷ = 2(36 − 32) = 8
        assertEquals(36, end.values().get(g.node("yhat")), EPS);
        assertEquals(8, end.quantities().get("yhat.bias").sum(), EPS);
        assertEquals(-16, end.quantities().get("h2->yhat").sum(), EPS);
        assertEquals(8, end.quantities().get("h2.bias").sum(), EPS);
        assertEquals(16, end.quantities().get("x1->h3").sum(), EPS);
        // ∂J/∂x1 = 24·2 + 8·1 + 16·3 = 104, one term per hidden unit
        GradientSum x1 = end.grads().get(g.node("x1"));
        assertEquals(List.of(48.0, 8.0, 48.0), termValues(x1.terms()));
        assertEquals(104, x1.total(), EPS);
        // every key's gradient agrees with the engine and with central differences
        for (Quantity q : Quantity.all(g)) {
            QuantityGradient k = end.quantities().get(q.key());
            assertTrue(k.complete(), q.key());
            assertEquals(c.evaluation().grad(q.key()), k.sum(), 1e-12, q.key());
            assertEquals(FiniteDifference.estimate(g, q.key()), k.sum(), 1e-5, q.key());
        }
        for (Node n : g.nodes()) {
            GradientSum s = end.grads().get(n);
            assertEquals(s.total(), sum(s.terms()), 1e-9, n.id());
        }
    }

    @Test
    void orderIsTheSameOnEveryRun() {
        List<String> first = describe(StepCursor.of(ExamGraphs.in5400Dense()));
        for (int i = 0; i < 3; i++) assertEquals(first, describe(StepCursor.of(ExamGraphs.in5400Dense())));
        List<String> rnn = describe(StepCursor.of(UnrollerTest.p10bOps()));
        assertEquals(rnn, describe(StepCursor.of(UnrollerTest.p10bOps())));
    }

    @Test
    void recurrentGraphShowsOneTimeStepAndSumsOverTime() {
        Graph g = UnrollerTest.p10bOps();
        StepCursor c = StepCursor.of(g);
        // 9 nodes × 2 time steps × 2 passes
        assertEquals(36, c.size());
        assertEquals(18, c.forwardCount());
        c.seek(10);
        assertEquals(2, c.time());
        assertEquals("step 10 of 36 — forward · t = 2 of 2", c.counter());
        StepState s = c.state();
        // at t = 2 the delayed edge carries h(1) = relu(3·3 + 2·1) = 11
        assertEquals(11, s.edgeValues().get(g.edge("h->uh")), EPS);
        c.toEnd();
        assertEquals(1, c.time());
        StepState end = c.state();
        // hand derivation: h1 = 11, h2 = relu(3·11 + 2·2) = 37, y = −37;
        // dy/du = v·h1 + v·u·h0 = −11 − 9 = −20, dy/dw = v·x2 + v·u·x1 = −2 − 3 = −5, dy/dv = h2 = 37,
        // dy/dh0 = v·u·u = −9
        assertEquals(List.of(-11.0, -9.0), termValues(end.quantities().get("u").terms()));
        assertEquals(-20, end.quantities().get("u").sum(), EPS);
        assertEquals(-5, end.quantities().get("w").sum(), EPS);
        assertEquals(37, end.quantities().get("v").sum(), EPS);
        assertEquals(-9, end.quantities().get("h.init").sum(), EPS);
        // half way through the backward pass only t = 2 has contributed
        c.seek(c.forwardCount() + 9);
        QuantityGradient half = c.state().quantities().get("u");
        assertFalse(half.complete());
        assertEquals(-11, half.sum(), EPS);
    }

    @Test
    void neuronWeightGradientsSumOverTime() {
        Graph g = UnrollerTest.p10bNeuron();
        StepCursor c = StepCursor.of(g);
        c.toEnd();
        StepState end = c.state();
        for (Quantity q : Quantity.all(g)) {
            assertEquals(c.evaluation().grad(q.key()), end.quantities().get(q.key()).sum(), 1e-12, q.key());
        }
        // same numbers as the op graph: u on the self-loop, w on x→h, v on h→y
        assertEquals(-20, end.quantities().get("h->h").sum(), EPS);
        assertEquals(-5, end.quantities().get("x->h").sum(), EPS);
        assertEquals(37, end.quantities().get("h->y").sum(), EPS);
        assertEquals(-9, end.quantities().get("h.init").sum(), EPS);
    }

    private static List<String> describe(StepCursor c) {
        List<String> out = new ArrayList<>();
        for (Step s : c.steps()) out.add(s.phase() + " " + s.nodeId() + " " + s.t() + " " + s.text());
        return out;
    }

    private static List<Double> termValues(List<Contribution> terms) {
        List<Double> out = new ArrayList<>();
        for (Contribution t : terms) out.add(t.value());
        return out;
    }

    private static double sum(List<Contribution> terms) {
        double s = 0;
        for (Contribution t : terms) s += t.value();
        return s;
    }
}
