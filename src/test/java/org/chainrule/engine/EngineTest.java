package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** The passes on small graphs built inline, each number derived by hand in a comment. */
class EngineTest {
    private static final double EPS = 1e-12;

    private static Node source(Graph g, String id, Op op, double v) {
        Node n = g.add(id, op);
        n.setValue(v);
        return n;
    }

    @Test
    void nodeUsedTwiceByOneOpGetsBothContributions() {
        // y = x * x at x = 3: y = 9, dy/dx = 2x = 6 (two edges x -> y, both accumulate)
        Graph g = new Graph();
        source(g, "x", Op.INPUT, 3);
        g.add("y", Op.MUL);
        g.connect("x", "y");
        g.connect("x", "y");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(9, ev.value(), EPS);
        assertEquals(6, ev.grad("x"), EPS);
    }

    @Test
    void argumentOrderFollowsArgNotFileOrder() {
        // d = a / b with the edge b -> d listed first but arg 1: a = 6, b = 3, d = 2,
        // dd/da = 1/b = 1/3, dd/db = -a/b^2 = -2/3
        Graph g = new Graph();
        source(g, "b", Op.INPUT, 3);
        source(g, "a", Op.INPUT, 6);
        g.add("d", Op.DIV);
        g.connect("b", "d").setArg(1);
        g.connect("a", "d");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(2, ev.value(), EPS);
        assertEquals(1.0 / 3, ev.grad("a"), EPS);
        assertEquals(-2.0 / 3, ev.grad("b"), EPS);
    }

    @Test
    void maxSendsTheWholeGradientToTheFirstArgumentThatAttainsIt() {
        // max(2, 2, 1): the first argument gets 1, the tie gets 0
        Graph g = new Graph();
        source(g, "a", Op.INPUT, 2);
        source(g, "b", Op.INPUT, 2);
        source(g, "c", Op.INPUT, 1);
        g.add("m", Op.MAX);
        for (String s : List.of("a", "b", "c")) g.connect(s, "m");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(1, ev.grad("a"), EPS);
        assertEquals(0, ev.grad("b"), EPS);
        assertEquals(0, ev.grad("c"), EPS);
    }

    @Test
    void reluAndAbsHaveZeroDerivativeAtZero() {
        Graph g = new Graph();
        source(g, "x", Op.INPUT, 0);
        g.add("r", Op.RELU);
        g.add("a", Op.ABS);
        g.add("s", Op.ADD);
        g.connect("x", "r");
        g.connect("x", "a");
        g.connect("r", "s");
        g.connect("a", "s");
        assertEquals(0, Engine.evaluate(g).grad("x"), EPS);
    }

    @Test
    void neuronWeightsAndBiasAreKeys() {
        // h = relu(1 + 2·1 + 2·3) = 9 (the example step of docs/command-line.md); dh/dbias = 1, dh/dw(x2->h) = x2 = 3
        Graph g = new Graph();
        source(g, "x1", Op.INPUT, 1);
        source(g, "x2", Op.INPUT, 3);
        Node h = g.add("h", Op.NEURON);
        h.setBias(1);
        h.setActivation(Activation.RELU);
        g.connect("x1", "h").setWeight(2.0);
        g.connect("x2", "h").setWeight(2.0);
        Evaluation ev = Engine.evaluate(g);
        assertEquals(9, ev.value(), EPS);
        assertEquals(1, ev.grad("h.bias"), EPS);
        assertEquals(3, ev.grad("x2->h"), EPS);
        assertEquals(2, ev.grad("x1"), EPS);
        assertEquals("h = relu(1 + 2·1 + 2·3) = 9", ev.trace().steps().get(2).text());
    }

    @Test
    void parallelEdgesIntoANeuronHaveNumberedKeys() {
        // h = 2·x + 5·x with x = 4: dh/dw#1 = dh/dw#2 = x = 4, dh/dx = 7
        Graph g = new Graph();
        source(g, "x", Op.INPUT, 4);
        g.add("h", Op.NEURON);
        g.connect("x", "h").setWeight(2.0);
        g.connect("x", "h").setWeight(5.0);
        Evaluation ev = Engine.evaluate(g);
        assertEquals(28, ev.value(), EPS);
        assertEquals(4, ev.grad("x->h"), EPS);
        assertEquals(4, ev.grad("x->h#2"), EPS);
        assertEquals(7, ev.grad("x"), EPS);
        assertTrue(ev.grads().containsKey("x->h#2"));
    }

    @Test
    void selfLoopUnrollsThroughTime() {
        // h_t = u·h_{t-1} + x_t with u = 0.5, init 3, x = (1, 2):
        // h_1 = 1.5 + 1 = 2.5, h_2 = 1.25 + 2 = 3.25.
        // dh_2/du = h_1 + u·dh_1/du = 2.5 + 0.5·3 = 4; dh_2/dinit = u² = 0.25
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT);
        x.setValues(List.of(1.0, 2.0));
        Node h = g.add("h", Op.NEURON);
        h.setInit(3);
        g.connect("x", "h");
        Edge loop = g.connect("h", "h");
        loop.setWeight(0.5);
        Evaluation ev = Engine.evaluate(g);
        assertEquals(2, ev.timesteps());
        assertEquals(2.5, ev.value(h, 1), EPS);
        assertEquals(3.25, ev.value(), EPS);
        assertEquals(4, ev.grad("h->h"), EPS);
        assertEquals(0.25, ev.grad("h.init"), EPS);
        assertEquals(1 + 0.5, ev.grad("x"), EPS); // dh2/dx1 = u, dh2/dx2 = 1, summed over time
        assertEquals(2.5, ev.edgeValue(loop, 2), EPS);
        assertEquals(3, ev.edgeValue(loop, 1), EPS);
        assertEquals(0.5, ev.edgeGrad(loop, 2), EPS);
    }

    @Test
    void edgeGradIsTheContributionAlongTheEdge() {
        // P6b: y = max(w·x + x, 0), w = 0.001, x = 2: contributions into x are 0.001 (via wx) and 1 (via s)
        Graph g = new Graph();
        source(g, "x", Op.INPUT, 2);
        source(g, "w", Op.PARAM, 0.001);
        g.add("wx", Op.MUL);
        g.add("s", Op.ADD);
        source(g, "zero", Op.CONST, 0);
        g.add("y", Op.MAX);
        g.connect("w", "wx");
        Edge xw = g.connect("x", "wx");
        g.connect("wx", "s");
        Edge xs = g.connect("x", "s");
        g.connect("s", "y");
        g.connect("zero", "y");
        Evaluation ev = Engine.evaluate(g);
        assertEquals(0.001, ev.edgeGrad(xw, 1), EPS);
        assertEquals(1, ev.edgeGrad(xs, 1), EPS);
        assertEquals(1.001, ev.grad("x"), EPS);
        Step last = ev.trace().steps().get(ev.trace().size() - 1);
        // the total dy/d· on the left and before each local partial ∂·/∂x
        assertEquals("dy/dx = dy/dwx · ∂wx/∂x + dy/ds · ∂s/∂x = 1 · 0.001 + 1 · 1 = 1.001", last.text());
    }

    @Test
    void traceHasEveryNodeOncePerStepInEachPhase() {
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT);
        x.setValues(List.of(1.0, 2.0, 3.0));
        g.add("h", Op.NEURON);
        g.connect("x", "h");
        g.connect("h", "h");
        Trace tr = Engine.evaluate(g).trace();
        assertEquals(2 * 3 * 2, tr.size());
        assertEquals(6, tr.forwardCount());
        assertEquals(Phase.FORWARD, tr.get(5).phase());
        assertEquals(3, tr.get(6).t());
        assertEquals("h", tr.get(6).nodeId());
    }

    @Test
    void invalidGraphThrowsWithEveryProblem() {
        Graph g = new Graph();
        g.add("a", Op.ADD);
        GraphException e = assertThrows(GraphException.class, () -> Engine.evaluate(g));
        assertTrue(e.getMessage().contains("node 'a'"), e.getMessage());
    }

    @Test
    void trainerAppliesMomentum() {
        // f = w², w = 1, lr = 0.1, μ = 0.9: g1 = 2, v1 = -0.2, w = 0.8; g2 = 1.6, v2 = -0.18 - 0.16 = -0.34, w = 0.46
        Graph g = new Graph();
        source(g, "w", Op.PARAM, 1);
        g.add("f", Op.SQUARE);
        g.connect("w", "f");
        Trainer t = new Trainer(0.1, 0.9);
        t.step(g);
        assertEquals(0.8, g.node("w").valueAt(1), EPS);
        t.step(g);
        assertEquals(0.46, g.node("w").valueAt(1), EPS);
    }

    @Test
    void recurrentStepsNameTimeAsExamsDo() {
        // h_t = h_{t-1} + x_t, init 1, x = (2, 3): h_1 = 3, h_2 = 6; label "h_t" becomes h_1, h_2, h_0
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT);
        x.setValues(List.of(2.0, 3.0));
        Node h = g.add("h", Op.NEURON);
        h.setLabel("h_t");
        h.setInit(1);
        g.connect("x", "h").setLabel("w_x");
        g.connect("h", "h");
        Trace tr = Engine.evaluate(g).trace();
        assertEquals("h_1 = 1·2 + 1·1 = 3", tr.get(1).text()); // the init h_0 = 1 read through the loop
        assertEquals("h_2 = 1·3 + 1·3 = 6", tr.get(3).text());
        assertEquals("dh_2/dh_2 = 1", tr.get(4).text());
        // the seed dh_2/dh_2 = 1 is no factor; the weight's contribution at step 2 carries its step
        assertEquals("dh_2/dw_x⟨2⟩ = x⟨2⟩ = 3", tr.get(4).details().get(1));
        assertEquals("dh_2/dh_1 = ∂h_2/∂h_1 = 1", tr.get(6).text());
        assertEquals("dh_2/dw_x⟨1⟩ = dh_2/dh_1 · x⟨1⟩ = 1 · 2 = 2", tr.get(6).details().get(1));
        assertEquals("dh_2/dh_0 = dh_2/dh_1 · ∂h_1/∂h_0 = 1 · 1 = 1", tr.get(6).details().get(3));
        // once both steps are in, the weight's total as their sum: the engine's gradient of x->h
        Evaluation ev = Engine.evaluate(g);
        assertEquals(5, ev.grad("x->h"), EPS);
        assertTrue(tr.get(6).details().contains("dh_2/dw_x = 3 + 2 = 5"), tr.get(6).details().toString());
    }

    @Test
    void labelsThatAreFormulasAreBracketedInsideFormulas() {
        // P6b with the exam's labels: d y / d(w·x + x) must not read as d y / d w · x + x
        Graph g = new Graph();
        source(g, "x", Op.INPUT, 2);
        g.add("s", Op.ADD).setLabel("x + x");
        g.add("y", Op.SQUARE);
        g.connect("x", "s");
        g.connect("x", "s");
        g.connect("s", "y");
        Trace tr = Engine.evaluate(g).trace();
        assertEquals("x + x = x + x = 2 + 2 = 4", tr.get(1).text());
        assertEquals("y = (x + x)² = 4² = 16", tr.get(2).text());
        // the output's own partial stands alone: dy/dy = 1 adds nothing
        assertEquals("dy/d(x + x) = ∂y/∂(x + x) = 8", tr.get(4).text());
    }
}
