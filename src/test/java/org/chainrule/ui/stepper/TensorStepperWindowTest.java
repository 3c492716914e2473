package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.control.Label;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Phase;
import org.chainrule.engine.Step;
import org.chainrule.engine.TensorEdges;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.tensor.Tensor;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.canvas.GraphCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stepper on the IN5400 2018 dense net as matrices (real window, headless): stepped into the backward
 * pass up to W1's step, the canvas draws ∂J/∂W1 as a 2×3 matrix of the engine's numbers, which it did not
 * before that step.
 */
@ExtendWith(ApplicationExtension.class)
class TensorStepperWindowTest {
    private static final String FILE = "in5400-2018-dense-matrices.json";

    @Test
    void midBackwardTheCanvasShowsTheMatrixGradientOfW1(FxRobot robot) throws Exception {
        MainWindow w = StepperWindowTest.open(FILE);
        Graph g = GraphFile.read(StepperWindowTest.graphFile(FILE));
        Evaluation ev = Engine.evaluate(g);
        List<Step> steps = ev.trace().steps();
        int w1 = -1;
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).phase() == Phase.BACKWARD && steps.get(i).nodeId().equals("W1")) w1 = i + 1;
        Tensor dW1 = TensorEdges.grad(ev, g.node("W1"), 1);
        robot.clickOn("#stepper-end-forward");
        for (int i = ev.trace().forwardCount(); i < w1 - 1; i++) robot.clickOn("#stepper-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(annotations(w).node("W1").grad(), "one step before W1's, its gradient is not known yet");
        robot.clickOn("#stepper-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step " + w1 + " of " + steps.size() + " — backward", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        Annotations a = annotations(w);
        assertEquals(dW1.format(), a.node("W1").grad());
        // the value of h and the gradient carried back along W1's edge are whole tensors too
        assertEquals(TensorEdges.value(ev, g.node("h"), 1).format(), a.node("h").value());
        assertEquals(TensorEdges.grad(ev, g.edge("W1->xW1"), 1).format(), a.edge("W1->xW1").grad());
        // drawn as a matrix: two rows of three cells, each one of the engine's numbers
        GraphCanvas canvas = w.canvas();
        DiagramNode node = StepperWindowTest.fx(() -> canvas.diagram().node("W1"));
        PlacedText grad = node.grad();
        assertNotNull(grad.grid());
        List<PlacedText> cells = grad.grid().cells(grad);
        assertEquals(6, cells.size());
        for (int k = 0; k < 6; k++) assertEquals(Numbers.human(dW1.at(k)), cells.get(k).text().source());
        assertTrue(cells.get(3).y() > cells.get(0).y(), "the second row is below the first");
        // and painted: the canvas's painter is handed the matrix
        List<String> painted = Collections.synchronizedList(new ArrayList<>());
        long frames = StepperWindowTest.fx(() -> {
            long f = canvas.framesPainted();
            canvas.setTextSink(painted::add);
            return f;
        });
        for (int i = 0; i < 100 && StepperWindowTest.fx(canvas::framesPainted) <= frames; i++) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        StepperWindowTest.fx(() -> {
            canvas.setTextSink(null);
            return null;
        });
        assertTrue(painted.contains(dW1.format()), String.valueOf(painted));
    }

    private static Annotations annotations(MainWindow w) throws Exception {
        return StepperWindowTest.fx(() -> w.canvas().annotationsProperty().get());
    }
}
