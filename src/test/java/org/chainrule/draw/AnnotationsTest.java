package org.chainrule.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Unroller;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

    @Test
    void skipConnectionShowsTheSumOfBothPathsAtX() {
        // TUM P6b at w = 0.001, x = 2: y = max(0.002 + 2, 0) = 2.002, dy/dx = w + 1 = 1.001 (docs/exam-graphs.md)
        Graph g = SampleGraphs.skip();
        Annotations a = Annotations.from(Engine.evaluate(g), AnnotateMode.BOTH);
        assertEquals("2.002", a.node("y").value());
        assertEquals("0.001 + 1 = 1.001", a.node("x").grad());
        assertEquals("1.001", a.node("x").gradTooltip());
        // along w→wx flows ∂y/∂wx · x = 1 · 2 = 2 back; forward it carries w itself, shown at w only
        assertEquals("2", a.edge("w->wx").grad());
        assertNull(a.edge("w->wx").value());
    }

    @Test
    void modesChooseWhatIsShown() {
        Evaluation ev = Engine.evaluate(SampleGraphs.skip());
        assertNull(Annotations.from(ev, AnnotateMode.VALUES).node("x").grad());
        assertEquals("2", Annotations.from(ev, AnnotateMode.VALUES).node("x").value());
        assertEquals("0.002", Annotations.from(ev, AnnotateMode.VALUES).node("wx").value());
        assertNull(Annotations.from(ev, AnnotateMode.GRADS).edge("x->s").value());
        assertEquals("1", Annotations.from(ev, AnnotateMode.GRADS).edge("x->s").grad());
        assertEquals(Map.of(), Annotations.from(ev, AnnotateMode.NONE).nodes());
    }

    @Test
    void recurrentNeuronSumsOverTime() {
        // TUM P10b as a neuron with a self-loop: h1 = relu(3·3 + 2·1) = 11, h2 = relu(3·11 + 2·2) = 37,
        // y = −h2 = −37. dy/dh2 = −1, dy/dh1 = −1 · 3 = −3: h's gradient summed over time is −4,
        // coming back along h→y (−1 at t = 2) and the self-loop (−3, from step 2 to step 1).
        Graph g = SampleGraphs.rnn();
        Evaluation ev = Engine.evaluate(g);
        Annotations a = Annotations.from(ev, AnnotateMode.BOTH);
        assertEquals("−37", a.node("y").value());
        assertEquals("37", a.node("h").value());
        assertEquals("−3 − 1 = −4", a.node("h").grad());
        assertEquals("11", a.edge("h->h").value(), "the loop carries h1 into step 2");
        // weights' gradients: dy/du = −1·h1 + (−3)·h0 = −11 − 9 = −20, dy/dw = −1·x2 + (−3)·x1 = −5, dy/dv = h2
        assertEquals("−20", a.edge("h->h").grad());
        assertEquals("−5", a.edge("x->h").grad());
        assertEquals("37", a.edge("h->y").grad());
    }

    @Test
    void termsAddUpToTheEnginesGradientOnEveryNode() {
        for (Graph g : List.of(SampleGraphs.skip(), SampleGraphs.rnn(), SampleGraphs.parallel(),
                Unroller.unroll(SampleGraphs.rnn()))) {
            Evaluation ev = Engine.evaluate(g);
            Map<Edge, Double> eg = Annotations.edgeGrads(ev);
            for (Node n : g.nodes()) {
                double sum = Annotations.gradTerms(ev, n, eg).stream().mapToDouble(Double::doubleValue).sum();
                assertEquals(ev.grad(n), sum, 1e-9, n.id());
            }
        }
    }

    @Test
    void sumTextWritesNegativeTermsWithMinus() {
        assertEquals("8 − 24 = −16", Annotations.sumText(List.of(8.0, -24.0), -16));
        assertEquals("5", Annotations.sumText(List.of(5.0), 5));
        assertEquals("15", Annotations.sumText(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 15));
    }
}
