package org.chainrule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;

/** The unrolled graph computes the same output and gradients as the recurrent one it came from. */
class UnrollEvaluationTest {
    private static final double EPS = 1e-12;

    @Test
    void tumP10bOpGraph() {
        Graph folded = UnrollerTest.p10bOps();
        Evaluation f = Engine.evaluate(folded);
        Evaluation u = Engine.evaluate(Unroller.unroll(folded));
        // y_2 = v·h_2 = −37 (hand: h1 = relu(3·3 + 2·1) = 11, h2 = relu(3·11 + 2·2) = 37)
        assertEquals(-37, f.value(), EPS);
        assertEquals(f.value(), u.value(), EPS);
        // shared params: one node, so its gradient is the folded one directly
        for (String k : new String[] {"u", "w", "v"}) assertEquals(f.grad(k), u.grad(k), EPS, k);
        assertEquals(f.grad("h.init"), u.grad("h_t0"), EPS);
        assertEquals(f.grad("x"), u.grad("x_t1") + u.grad("x_t2"), EPS);
        // every node at every step
        Graph ug = u.graph();
        for (var n : folded.nodes()) {
            if (Unroller.isShared(n)) continue;
            for (int t = 1; t <= 2; t++) {
                var c = ug.node(Unroller.stepId(n.id(), t));
                assertEquals(f.value(n, t), u.value(c), EPS, c.id());
                assertEquals(f.grad(n, t), u.grad(c), EPS, c.id());
            }
        }
    }

    @Test
    void tumP10bNeuronGraph() {
        Graph folded = UnrollerTest.p10bNeuron();
        Evaluation f = Engine.evaluate(folded);
        Evaluation u = Engine.evaluate(Unroller.unroll(folded));
        assertEquals(-37, f.value(), EPS);
        assertEquals(f.value(), u.value(), EPS);
        // an edge weight's gradient is the sum over its copies
        assertEquals(f.grad("h->h"), u.grad("h_t0->h_t1") + u.grad("h_t1->h_t2"), EPS);
        assertEquals(f.grad("x->h"), u.grad("x_t1->h_t1") + u.grad("x_t2->h_t2"), EPS);
        assertEquals(f.grad("h->y"), u.grad("h_t1->y_t1") + u.grad("h_t2->y_t2"), EPS);
        assertEquals(f.grad("h.bias"), u.grad("h_t1.bias") + u.grad("h_t2.bias"), EPS);
        assertEquals(f.grad("h.init"), u.grad("h_t0"), EPS);
        assertEquals(-20, f.grad("h->h"), EPS);
    }

    @Test
    void stepperCursorOnTheUnrolledGraphShowsTheSharedWeightSum() {
        Graph u = Unroller.unroll(UnrollerTest.p10bOps());
        StepCursor c = StepCursor.of(u);
        c.toEnd();
        StepState.GradientSum shared = c.state().grads().get(u.node("u"));
        // u feeds uh_t1 (contribution v·u·h0 = −9) and uh_t2 (v·h1 = −11)
        assertEquals(2, shared.terms().size());
        assertEquals(-9, shared.terms().get(0).value(), EPS);
        assertEquals(-11, shared.terms().get(1).value(), EPS);
        assertEquals(-20, shared.total(), EPS);
    }

    @Test
    void graphFilesUnrollToTheSameNumbers() throws Exception {
        for (String name : new String[] {"tum-p10b-rnn-neuron.json", "tum-p10b-rnn-ops.json"}) {
            Graph folded = ExamGraphs.file(name);
            assertNotNull(folded, "graphs/" + name + " is missing");
            Evaluation f = Engine.evaluate(folded);
            Evaluation u = Engine.evaluate(Unroller.unroll(folded));
            assertEquals(f.value(), u.value(), 1e-9, name);
        }
    }
}
