package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.ExamGraphs;
import org.chainrule.engine.Trainer;
import org.chainrule.engine.UnrollerTestGraphs;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Quantity;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.symbolic.ChainRule;
import org.chainrule.engine.symbolic.Derivative;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.api.Test;

/** The stepper's view model without a window: what the canvas is told to draw at each position. */
class StepperModelTest {

    @Test
    void staysOutOfTheWayUntilTheFirstStep() {
        StepperModel m = new StepperModel();
        m.setGraph(ExamGraphs.tumP6b());
        assertNull(m.annotations());
        assertEquals("step 0 of 12 — start", m.counterProperty().get());
        assertTrue(m.forward());
        assertEquals("step 1 of 12 — forward", m.counterProperty().get());
        Annotations a = m.annotations();
        // file order: x first; its value is shown, nothing further computed yet
        assertEquals("2", a.node("x").value());
        assertNull(a.node("y").value());
        assertTrue(a.node("y").dimmed());
        assertTrue(a.node("x").highlighted());
        assertEquals(m.cursor().current().text(), m.explanationProperty().get());
    }

    @Test
    void beforeSteppingTheExplanationSaysTheValuesAreShownAndStepZeroShowsOnlyTheGiven() {
        StepperModel m = new StepperModel();
        m.setGraph(ExamGraphs.tumP6b());
        // the canvas is the editor's, with every result: the student is told so, not "step 0" alone
        assertNull(m.annotations());
        assertEquals(StepText.VALUES_SHOWN, m.explanationProperty().get());
        assertTrue(m.forward());
        assertTrue(m.back());
        // back at the start of the stepper: no computed value on the canvas, the usual prompt
        assertEquals("step 0 of 12 — start", m.counterProperty().get());
        Annotations a = m.annotations();
        assertNull(a.node("wx").value());
        assertNull(a.node("y").value());
        assertTrue(m.explanationProperty().get().startsWith("Press →"), m.explanationProperty().get());
    }

    @Test
    void forkShowsItsSumAndTheGradientCheck() {
        StepperModel m = new StepperModel();
        m.setGraph(ExamGraphs.tumP6b());
        m.toEnd();
        Annotations a = m.annotations();
        // dy/dx = 1.001 (docs/exam-graphs.md): 0.001 through w·x plus 1 through the skip connection
        assertEquals("0.001 + 1 = 1.001", a.node("x").grad());
        assertEquals("1", a.edge("x->s").grad());
        assertEquals("2", a.edge("x->s").value());
        m.gradientCheckProperty().set(true);
        a = m.annotations();
        // central differences agree to the 4 digits shown (an estimate, so "≈": it is 2 only to rounding)
        assertEquals("0.001 + 1 = 1.001", a.node("x").grad());
        assertEquals(List.of("(fd ≈ 1.001)"), a.node("x").extras());
        assertEquals(List.of("(fd ≈ 2)"), a.node("w").extras());
    }

    @Test
    void theCheckOfAPerStepInputIsNotShownBesideOneStepsGradient() {
        // P10b's x_t is given per step: its key's estimate is the sum over both steps (dy_2/dx_1 + dy_2/dx_2),
        // which beside the gradient at t = 1 alone would read as a mismatch
        StepperModel m = new StepperModel();
        m.setGraph(ShippedGraphs.read("tum-p10b-rnn-ops.json"));
        m.gradientCheckProperty().set(true);
        m.toEnd();
        Annotations a = m.annotations();
        assertTrue(a.node("x").extras().stream().noneMatch(l -> l.contains("fd")), a.node("x").extras().toString());
        // a trained key summed over the steps keeps its check beside its total
        assertTrue(a.node("w").extras().stream().anyMatch(l -> l.startsWith("Σₜ ") && l.contains("(fd ≈ ")), a.node("w").extras().toString());
    }

    @Test
    void editingStartsOver() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.tumP6b();
        m.setGraph(g);
        m.toEnd();
        g.node("x").setValue(3);
        m.setGraph(g);
        assertEquals(0, m.cursor().position());
        assertNull(m.annotations());
        m.toEndOfForward();
        // y = max(0.001·3 + 3, 0) = 3.003
        assertEquals("3.003", m.annotations().node("y").value());
    }

    @Test
    void updateAppliesOneGradientStepAndShowsOldToNew() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.in5400Dense();
        m.setGraph(g);
        m.toEnd();
        List<Trainer.Update> changes = m.update(2, 0);
        // docs/exam-graphs.md: lr = 2 gives b[1]_2 = 0 − 2·8 = −16 and w[1]_13 = 3 − 2·16 = −29
        assertEquals(-16, g.node("h2").bias(), 1e-12);
        assertEquals(-29, g.edge("x1->h3").weight(), 1e-12);
        assertEquals(Quantity.all(g).stream().filter(Quantity::trainable).count(), changes.size());
        Annotations a = m.annotations();
        // said once: in place of the bias caption and of the weight on the edge
        assertEquals("b 0 → −16", a.node("h2").caption());
        assertTrue(a.edge("x1->h3").weight().endsWith("3 → −29"), a.edge("x1->h3").weight());
        assertNull(a.edge("x1->h3").value());
        assertEquals(0, m.cursor().position());
        // the next step shows the new forward pass instead
        m.forward();
        assertFalse(m.annotations().edge("x1->h3").value() != null && m.annotations().edge("x1->h3").value().contains("→"));
    }

    @Test
    void momentumCarriesOverBetweenUpdates() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.in5400Dense();
        Graph reference = g.copy();
        m.setGraph(g);
        m.update(0.01, 0.5);
        m.update(0.01, 0.5);
        Trainer t = new Trainer(0.01, 0.5);
        t.step(reference);
        t.step(reference);
        for (Quantity q : Quantity.all(reference)) {
            assertEquals(q.get(), Quantity.find(g, q.key()).get(), 1e-12, q.key());
        }
    }

    @Test
    void recurrentGraphFoldedAndUnrolled() {
        StepperModel m = new StepperModel();
        Graph g = UnrollerTestGraphs.p10bOps();
        m.setGraph(g);
        assertTrue(m.recurrentProperty().get());
        m.toEnd();
        // folded: u's gradient summed over the two steps, dy/du = −11 − 9 = −20 (hand derivation in StepCursorTest)
        String u = String.join(" ", m.annotations().node("u").extras());
        assertTrue(u.endsWith("Σₜ −11 − 9 = −20"), u);
        m.unrolledProperty().set(true);
        assertEquals(16, m.shownGraphProperty().get().nodeCount());
        assertTrue(m.cursor().atEnd(), "the view keeps its place: the end stays the end");
        // unrolled: u is one shared node fed back from both steps
        assertEquals("−9 − 11 = −20", m.annotations().node("u").grad());
        assertEquals("−37", m.annotations().node("y_t2").value());
        m.unrolledProperty().set(false);
        assertEquals(9, m.shownGraphProperty().get().nodeCount());
    }

    @Test
    void quizHidesAndMarks() {
        StepperModel m = new StepperModel();
        m.setGraph(ExamGraphs.tumP6b());
        m.setQuiz(true, true);
        m.toEnd();
        Annotations a = m.annotations();
        assertEquals("?", a.node("x").grad());
        assertEquals("?", a.node("s").value());
        assertEquals("2", a.node("x").value(), "given numbers are not asked for");
        Quiz.Item x = Quiz.item(Quiz.Kind.GRAD, "x", 1);
        assertFalse(m.answer(x, "0.001").right());
        assertEquals("✗ 0.001", m.annotations().node("x").grad());
        assertTrue(m.answer(x, "1.001").right());
        assertEquals("✓ 1.001", m.annotations().node("x").grad());
        Quiz.Item s = Quiz.item(Quiz.Kind.VALUE, "s", 1);
        m.reveal(s);
        assertEquals("2.002", m.annotations().node("s").value());
        assertEquals(1, m.quiz().rightCount());
    }

    @Test
    void invalidGraphIsReportedNotThrown() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.tumP6b();
        g.remove(g.node("zero"));
        g.node("y").setOp(org.chainrule.ops.Op.SUB); // sub needs two arguments
        m.setGraph(g);
        assertNull(m.cursor());
        assertFalse(m.readyProperty().get());
        assertTrue(m.problemProperty().get().startsWith("Cannot step this graph: "), m.problemProperty().get());
        assertFalse(m.forward());
    }

    @Test
    void weightEdgesShowTheWeightGradientAndTheQuizAsksForIt() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.in5400Dense();
        m.setGraph(g);
        m.toEnd();
        // docs/exam-graphs.md: ∂J/∂w[1]_13 = 16, ∂J/∂w[2]_21 = −16
        assertEquals("16", m.annotations().edge("x1->h3").grad());
        assertEquals("−16", m.annotations().edge("h2->yhat").grad());
        m.gradientCheckProperty().set(true);
        assertEquals("16 (fd ≈ 16)", m.annotations().edge("x1->h3").grad());
        m.setQuiz(false, true);
        Quiz.Item w13 = Quiz.item(Quiz.Kind.EDGE_GRAD, "x1->h3", 1);
        assertEquals("?", m.annotations().edge("x1->h3").grad());
        // what the edge carries back to x1 is ∂J/∂h3 · w = 16 · 3 = 48, not the weight's gradient
        assertFalse(m.answer(w13, "48").right());
        assertTrue(m.answer(w13, "16").right());
    }

    @Test
    void bptTotalIsInTheExplanationOfTheLastStepThatContributes() {
        // TUM P10b as a neuron with a self-loop (the shipped file): u is the loop's weight, w of x → h
        StepperModel m = new StepperModel();
        Graph g = ShippedGraphs.read("tum-p10b-rnn-neuron.json");
        m.setGraph(g);
        m.toEnd();
        // at the end (x_1's step) the totals that earlier steps wrote are repeated below its own text
        String end = m.explanationProperty().get();
        assertTrue(end.startsWith(m.cursor().current().text() + "\nTotals over the time steps:\n"), end);
        assertTrue(end.contains("\ndy_2/du = −11 + (−9) = −20"), end);
        assertTrue(end.contains("\ndy_2/dv = 37 + 0 = 37"), end);
        assertTrue(end.endsWith("\ndy_2/dh_0 = dy_2/dh_1 · ∂h_1/∂h_0 = −3 · 3 = −9"), end);
        m.back();
        // h at t = 1 is the last backward step that uses u, w and h_0: each step tagged, then the total
        String text = m.explanationProperty().get();
        double du = Engine.evaluate(g).grad("h->h");
        assertEquals(-20, du, 1e-12);
        assertTrue(text.contains("dy_2/du⟨1⟩ = dy_2/dh_1 · relu′(z) · h_0 = −3 · 1 · 3 = −9"), text);
        assertTrue(text.contains("dy_2/du = −11 + (−9) = " + Numbers.human(du)), text);
        assertTrue(text.contains("dy_2/dw = −2 + (−3) = −5"), text);
        assertTrue(text.contains("dy_2/dh_0 = dy_2/dh_1 · ∂h_1/∂h_0 = −3 · 3 = −9"), text);
    }

    @Test
    void stepsSymbolicAndTheCanvasNameAKeyTheSameWay() {
        // one writing per key: the weight by its label, the bias b(·), the init h_0, wherever it appears
        record Case(String file, String key) {}
        for (Case c : List.of(new Case("in5400-2018-dense.json", "x1->h3"), new Case("in5400-2018-dense.json", "h2->yhat"),
                new Case("in5400-2018-dense.json", "h2.bias"), new Case("tum-p10b-rnn-neuron.json", "h->h"),
                new Case("tum-p10b-rnn-neuron.json", "h.bias"), new Case("tum-p10b-rnn-neuron.json", "h.init"))) {
            Graph g = ShippedGraphs.read(c.file());
            String name = KeyNames.of(g, c.key());
            Derivative d = ChainRule.derive(g, g.output().id(), c.key());
            String total = d.lhs();
            assertTrue(total.endsWith("/d" + name), total);
            // steps: the total (or, in a one-step graph, the only contribution) under the same name
            List<String> lines = new java.util.ArrayList<>();
            for (var s : Engine.evaluate(g).trace().steps()) {
                lines.add(s.text());
                lines.addAll(s.details());
            }
            String value = Numbers.human(d.value());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(total + " = ") && l.endsWith(" = " + value)), total + " in " + lines);
            // the canvas at the end: a weight's tooltip, or the total d…/d… = … beside its node
            StepperModel m = new StepperModel();
            m.setGraph(g);
            m.toEnd();
            Annotations a = m.annotations();
            Quantity q = Quantity.find(g, c.key());
            if (q.kind() == Quantity.Kind.WEIGHT) {
                String tip = a.edge(c.key()).gradTooltip();
                assertTrue(tip.startsWith(total + " = "), tip);
            } else if (g.timesteps() > 1 || q.kind() == Quantity.Kind.INIT) {
                List<String> extras = a.node(q.node().id()).extras();
                assertTrue(extras.contains(total + " = " + value), extras.toString());
            }
        }
    }
}
