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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** Steps until the step just played is the backward step of {@code id}. */
    private static Step backwardTo(StepperModel m, String id) {
        while (m.forward()) {
            Step s = m.cursor().current();
            if (s.phase() == org.chainrule.engine.Phase.BACKWARD && s.nodeId().equals(id)) return s;
        }
        throw new AssertionError("no backward step of " + id);
    }

    /** The explanation with every number of {@code text} standing alone, in order. */
    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_.\\[⟨^])(−?\\d+(?:\\.\\d+)?|\\?)(?![\\p{L}\\p{N}_.\\]⟩])").matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void aGivenInputEqualToAHiddenValueStaysWhereItIsUsed() {
        // the dense net with h_3's bias moved so that h_3 comes out equal to the input x_2 (engine's numbers)
        Graph g = ShippedGraphs.read("in5400-2018-dense.json");
        Node h3 = g.node("h3"), x2 = g.node("x2");
        double gap = Engine.evaluate(g).value(x2) - Engine.evaluate(g).value(h3);
        h3.setBias(h3.bias() + gap);
        Evaluation ev = Engine.evaluate(g);
        String same = Numbers.human(ev.value(x2));
        assertEquals(same, Numbers.human(ev.value(h3)), "h_3 = x_2");
        StepperModel m = new StepperModel();
        m.setGraph(g);
        m.setQuiz(true, false);
        // h_3 = b + w·x_1 + w·x_2 = ?: every given number as the engine writes it, only the answer hidden
        Step step = forwardTo(m, "h3");
        List<String> plain = numbers(step.text()), shown = numbers(m.explanationProperty().get());
        assertEquals(plain.subList(0, plain.size() - 1), shown.subList(0, shown.size() - 1), m.explanationProperty().get());
        assertEquals(StepAnnotations.HIDDEN, shown.get(shown.size() - 1));
        assertTrue(shown.contains(same), m.explanationProperty().get());
        // ŷ = … + w·h_3 = ?: h_3 is hidden where it is read, the weights beside it are not
        step = forwardTo(m, "yhat");
        Edge h3y = g.edge("h3->yhat");
        String explanation = m.explanationProperty().get();
        assertTrue(explanation.contains(Numbers.human(h3y.weight()) + "·" + StepAnnotations.HIDDEN), explanation);
        for (Edge e : g.incoming(g.node("yhat"))) {
            assertTrue(explanation.contains(Numbers.human(e.weight()) + "·"), e + " in " + explanation);
        }
        assertFalse(explanation.contains("·" + same), explanation);
    }

    @Test
    void aVisibleFactorEqualToAHiddenGradientStaysWhereItIsUsed() {
        // P6b: dy/dw = dy/d(w·x) · ∂(w·x)/∂w = 1 · 2 = 2, where ∂(w·x)/∂w is x, a given number, and dy/dw is hidden
        Graph g = ExamGraphs.tumP6b();
        Evaluation ev = Engine.evaluate(g);
        String x = Numbers.human(ev.value(g.node("x")));
        assertEquals(x, Numbers.human(ev.grad(g.node("w"))), "dy/dw = x");
        StepperModel m = new StepperModel();
        m.setGraph(g);
        m.setQuiz(false, true);
        Step step = backwardTo(m, "w");
        List<String> plain = numbers(step.text()), shown = numbers(m.explanationProperty().get());
        assertEquals(plain.size(), shown.size(), m.explanationProperty().get());
        // the gradient carried in and the answer are hidden, the local partial (x) is not
        assertEquals(List.of(StepAnnotations.HIDDEN, x, StepAnnotations.HIDDEN), shown, m.explanationProperty().get());
        // with the values hidden too, x stays: it is given; dy/d(w·x) is a gradient, now shown
        m.setQuiz(true, false);
        assertEquals(plain, numbers(m.explanationProperty().get()), m.explanationProperty().get());
    }
}
