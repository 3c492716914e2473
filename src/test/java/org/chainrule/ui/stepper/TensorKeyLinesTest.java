package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.StepNotes;
import org.chainrule.draw.TensorNotes;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.FiniteDifference;
import org.chainrule.engine.StepCursor;
import org.chainrule.model.Graph;
import org.chainrule.ops.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Under a tensor param of a recurrent graph the stepper writes its gradient summed over the time steps as
 * the whole matrix, and the gradient check compares every element with central differences; no line
 * under a tensor node holds a single element's number.
 */
class TensorKeyLinesTest {

    @Test
    void aRecurrentMatrixShowsItsWholeSumOverTimeAndItsCheck() {
        Graph g = ShippedGraphs.read("tum-p10a-vector-rnn.json");
        Evaluation ev = Engine.evaluate(g);
        StepCursor c = StepCursor.of(g);
        Map<String, Double> estimates = GradientCheck.of(g);
        for (String key : List.of("W", "U")) {
            Tensor total = ev.gradTensor(key);
            assertEquals(2, total.rank(), key);
            // the estimates the check shows are central differences, element by element
            Tensor fd = FiniteDifference.estimateTensor(g, key, FiniteDifference.DEFAULT_H);
            for (int k = 0; k < fd.size(); k++) {
                assertEquals(total.at(k), fd.at(k), 1e-6, key + " element " + k);
                assertEquals(fd.at(k), estimates.get(key + org.chainrule.ops.tensor.Shapes.place(fd.shape(), k)), 1e-12);
            }
            // before the backward pass has reached every step: no total yet
            c.seek(c.size() / 2);
            List<String> mid = StepNotes.of(g, c.state(), null, estimates, null).node(key).extras();
            assertFalse(mid.contains(TensorNotes.text(total)), key + " mid-backward: " + mid);
            c.toEnd();
            Annotations end = StepNotes.of(g, c.state(), null, estimates, null);
            List<String> lines = end.node(key).extras();
            int at = lines.indexOf(TensorNotes.text(total));
            assertTrue(at > 0, key + ": " + lines);
            assertTrue(lines.get(at - 1).startsWith("Σₜ d") && lines.get(at - 1).endsWith("/d" + key + " ="), lines.toString());
            String check = lines.get(at + 1);
            assertTrue(check.startsWith("(fd: max |Δ| ≈ "), check);
            double gap = Double.parseDouble(check.substring("(fd: max |Δ| ≈ ".length(), check.length() - 1).replace('−', '-'));
            assertTrue(gap < 1e-6, check);
            // the first element's scalar sum ("Σₜ 0.1905 + 0.0135 … = 0.215") is gone
            for (String l : lines) assertFalse(l.contains(" + "), key + ": " + l);
        }
        // the input x is given per step, not trained: its sum over time is not a key to report
        c.toEnd();
        List<String> x = StepNotes.of(g, c.state(), null, null, null).node("x").extras();
        assertTrue(x.isEmpty(), x.toString());
        assertNotNull(ev);
    }
}
