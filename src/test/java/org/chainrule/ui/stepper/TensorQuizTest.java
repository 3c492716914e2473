package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.AnswerCheck;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.chainrule.ops.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The quiz on a tensor graph asks for the whole vector or matrix the canvas shows, every element marked. */
class TensorQuizTest {
    /** The tensor written as a student would type it: {@code [24, 8, 16, 72, 24, 48]} with a real minus sign. */
    private static String typed(Tensor t, int wrongAt) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) parts.add(Double.toString(t.at(k) + (k == wrongAt ? 1 : 0)).replace('-', '−'));
        return "[" + String.join(", ", parts) + "]";
    }

    @Test
    void everyElementOfAMatrixGradientIsAskedAndMarked() {
        Graph g = ShippedGraphs.read("in5400-2018-dense-matrices.json");
        Evaluation ev = Engine.evaluate(g);
        Tensor dW1 = ev.tensorGrads().get("W1");
        Tensor h = ev.tensorValues().get("h");
        assertEquals(6, dW1.size());
        StepperModel m = new StepperModel();
        m.setGraph(g);
        m.setQuiz(true, true);
        m.toEnd();
        Quiz.Item w1 = Quiz.item(Quiz.Kind.GRAD, "W1", 1);
        assertTrue(QuizItems.known(m.shownGraphProperty().get(), m.stateProperty().get()).contains(w1));
        // the first element alone is not the answer any more
        assertEquals(AnswerCheck.Mark.UNREADABLE, m.answer(w1, Double.toString(dW1.at(0))).mark());
        for (int k = 0; k < dW1.size(); k++) assertFalse(m.answer(w1, typed(dW1, k)).right(), "element " + k + " wrong");
        assertTrue(m.answer(w1, typed(dW1, -1)).right());
        // the canvas's own layout of a matrix is read too
        assertTrue(m.answer(w1, "[[" + dW1.at(0) + " " + dW1.at(1) + " " + dW1.at(2) + "]; [" + dW1.at(3) + " " + dW1.at(4) + " " + dW1.at(5) + "]]").right());

        Quiz.Item hv = Quiz.item(Quiz.Kind.VALUE, "h", 1);
        assertFalse(m.answer(hv, typed(h, 1)).right());
        assertTrue(m.answer(hv, typed(h, -1)).right());
        // a scalar node of the same graph still takes one number
        Quiz.Item j = Quiz.item(Quiz.Kind.VALUE, "J", 1);
        assertTrue(m.answer(j, Double.toString(ev.value())).right());
    }
}
