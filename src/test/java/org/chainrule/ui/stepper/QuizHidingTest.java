package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chainrule.ShippedGraphs;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ExamGraphs;
import org.chainrule.engine.Step;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.junit.jupiter.api.Test;

/** What the quiz hides in the stepper's own output (canvas labels and explanations), without a window. */
class QuizHidingTest {

    /** Steps until the step just played is the forward step of {@code id}. */
    private static Step forwardTo(StepperModel m, String id) {
        while (m.forward()) {
            Step s = m.cursor().current();
            if (s.nodeId().equals(id)) return s;
        }
        throw new AssertionError("no forward step of " + id);
    }

    @Test
    void theExplanationHidesTheValueAndTheEdgeItLeavesOn() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.tumP6b();
        m.setGraph(g);
        m.setQuiz(true, false);
        Step wx = forwardTo(m, "wx");
        String shown = Numbers.human(wx.number());
        // w·x = w · x = 0.001 · 2 = ?: the given numbers stay, the answer does not
        assertFalse(m.explanationProperty().get().contains(shown), m.explanationProperty().get());
        assertTrue(m.explanationProperty().get().endsWith("= " + StepAnnotations.HIDDEN), m.explanationProperty().get());
        assertTrue(m.explanationProperty().get().contains(Numbers.human(g.node("w").values().get(0))), m.explanationProperty().get());
        assertEquals(StepAnnotations.HIDDEN, m.annotations().edge("wx->s").value());
        assertEquals(StepAnnotations.HIDDEN_TIP, m.annotations().node("wx").valueTooltip());
        // s = w·x + x = ? + 2 = ?: the hidden input is hidden where it is used
        forwardTo(m, "s");
        assertFalse(m.explanationProperty().get().contains(shown), m.explanationProperty().get());
        // revealed, it shows everywhere
        m.reveal(Quiz.item(Quiz.Kind.VALUE, "wx", 1));
        assertTrue(m.explanationProperty().get().contains(shown), m.explanationProperty().get());
        assertEquals(shown, m.annotations().edge("wx->s").value());
    }

    @Test
    void theSourcesGivenNumberIsNeverHidden() {
        StepperModel m = new StepperModel();
        m.setGraph(ExamGraphs.tumP6b());
        m.setQuiz(true, true);
        m.forward();
        Step first = m.cursor().current();
        assertEquals(first.text(), m.explanationProperty().get());
    }

    @Test
    void theUnrolledViewHidesEveryComputedValue() {
        Graph g = ShippedGraphs.read("tum-p10b-rnn-ops.json");
        StepperModel m = new StepperModel();
        m.setGraph(g);
        m.unrolledProperty().set(true);
        m.setQuiz(true, false);
        m.toEndOfForward();
        Graph u = m.shownGraphProperty().get();
        Evaluation ev = Engine.evaluate(u);
        Annotations a = m.annotations();
        int hidden = 0;
        for (Node n : u.nodes()) {
            String v = a.node(n.id()).value();
            assertNotNull(v, n.id());
            if (n.op().isSource()) {
                assertEquals(Numbers.human(ev.value(n)), v, n.id());
            } else {
                assertEquals(StepAnnotations.HIDDEN, v, n.id());
                hidden++;
            }
        }
        for (Edge e : u.edges()) {
            String v = a.edge(u.key(e)).value();
            if (!u.source(e).op().isSource()) assertEquals(StepAnnotations.HIDDEN, v, u.key(e));
        }
        assertTrue(hidden > 0);
        String out = Numbers.human(ev.value());
        assertFalse(m.explanationProperty().get().matches(".*(?<![\\d.])" + java.util.regex.Pattern.quote(out.replace("−", "")) + "(?![\\d.]).*"),
                m.explanationProperty().get());
    }

    @Test
    void anEditDuringTheQuizKeepsTheCanvasFromShowingTheEditorsValues() {
        StepperModel m = new StepperModel();
        Graph g = ExamGraphs.tumP6b();
        m.setGraph(g);
        m.setQuiz(true, false);
        m.toEnd();
        g.node("x").setValue(3);
        m.setGraph(g);
        assertTrue(m.quiz().active());
        assertNotNull(m.annotations(), "with annotations null the editor would show every value");
        m.newDocument(ExamGraphs.tumP6b());
        assertFalse(m.quiz().active());
    }
}
