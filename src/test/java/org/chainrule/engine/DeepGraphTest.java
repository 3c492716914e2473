package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.Test;

/** No recursion over the graph: long chains and long unrolls run in loops. */
class DeepGraphTest {
    @Test
    void chainOf100000NodesEvaluatesWithoutStackOverflow() {
        // x -> n1 -> ... each n_k = n_{k-1} + c with c = 1: out = x + 100000 - 1, d out/dx = 1
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT);
        x.setValue(0.5);
        Node c = g.add("c", Op.CONST);
        c.setValue(1);
        Node prev = x;
        for (int i = 1; i < 100_000; i++) {
            Node n = g.add("n" + i, Op.ADD);
            g.connect(prev, n);
            g.connect(c, n);
            prev = n;
        }
        Evaluation ev = Engine.evaluate(g);
        assertEquals(0.5 + 99_999, ev.value(), 1e-9);
        assertEquals(1, ev.grad("x"), 0);
        assertEquals(99_999, ev.grad("c"), 0);
    }

    @Test
    void rnnUnrolledOver10000StepsBackpropagatesThroughTime() {
        // h_t = relu(u·h_{t-1} + w·x_t), x_t = 1, u = 0.5, w = 1, h_0 = 0:
        // h_t = 2(1 - 0.5^t) -> 2; dh_T/dw = Σ_k 0.5^k -> 2, dh_T/dh_0 = 0.5^T = 0
        int steps = 10_000;
        Graph g = new Graph();
        Node x = g.add("x", Op.INPUT);
        List<Double> xs = new ArrayList<>();
        for (int t = 0; t < steps; t++) xs.add(1.0);
        x.setValues(xs);
        Node h = g.add("h", Op.NEURON);
        h.setActivation(Activation.RELU);
        g.connect("x", "h").setWeight(1.0);
        g.connect("h", "h").setWeight(0.5);
        Evaluation ev = Engine.evaluate(g);
        assertEquals(steps, ev.timesteps());
        assertEquals(2, ev.value(), 1e-9);
        assertEquals(2, ev.grad("x->h"), 1e-9);
        assertEquals(0, ev.grad("h.init"), 1e-12);
        // dh_T/du = Σ_t h_{t-1}·0.5^{T-t}: compare with a central difference
        assertEquals(FiniteDifference.estimate(g, "h->h", 1e-6), ev.grad("h->h"), 1e-5);
        assertEquals(2 * 2 * steps, ev.trace().size()); // 2 nodes, each step, both phases
    }
}
