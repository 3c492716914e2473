package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import org.chainrule.ShippedGraphs;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.ForwardPasses;
import org.chainrule.engine.TangentStep;
import org.chainrule.engine.Tangents;
import org.chainrule.model.Graph;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;
import org.chainrule.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stepper's Forward/Reverse switch in the real window (headless): forward mode steps the tangents of the
 * key chosen, node by node, the canvas showing them in the dot notation; Reverse goes back to backpropagation;
 * the node menu seeds the reverse pass at a node and expands a function node, undoably.
 */
@ExtendWith(ApplicationExtension.class)
class ForwardModeWindowTest {

    private static Annotations drawn(MainWindow w) throws Exception {
        return StepperWindowTest.fx(() -> w.canvas().annotationsProperty().get());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText().replace(ExplanationPanel.GLUE, ' ');
    }

    @Test
    void theSwitchStepsTangentsOnP6bAndBack(FxRobot robot) throws Exception {
        MainWindow w = StepperWindowTest.open("tum-p6b-skip.json");
        Graph g = ShippedGraphs.read("tum-p6b-skip.json");
        Tangents tg = ForwardPasses.of(Engine.evaluate(g), "x");
        List<TangentStep> steps = tg.steps();
        robot.clickOn("#stepper-forward-mode");
        StepperWindowTest.fx(() -> {
            robot.lookup("#stepper-wrt").queryAs(ComboBox.class).getSelectionModel().select("x");
            return null;
        });
        assertTrue(text(robot, "#stepper-counter").startsWith("tangent 0 of " + g.nodeCount()), text(robot, "#stepper-counter"));
        for (int i = 0; i < 4; i++) robot.clickOn("#stepper-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(steps.get(3).text(), text(robot, "#stepper-explanation"));
        Annotations a = drawn(w);
        // s = w·x + x reached: its tangent ṡ = 0.001 + 1, and x's tangent 1 carried along the skip connection
        assertEquals("(w·x + x)˙ = " + Numbers.human(tg.tangent(g.node("s"))), a.node("s").grad());
        assertEquals("1", a.edge("x->s").grad());
        assertEquals("ẋ = 1", a.node("x").grad());
        assertEquals(null, a.node("y").grad());
        assertTrue(a.node("y").dimmed());
        robot.clickOn("#stepper-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ẏ = " + Numbers.human(Engine.evaluate(g).grad("x")), drawn(w).node("y").grad());
        assertTrue(text(robot, "#stepper-cost").contains("reverse: 1 pass; forward: one pass per input"), text(robot, "#stepper-cost"));
        // back to reverse mode: the backward pass's labels again
        robot.clickOn("#stepper-reverse-mode");
        robot.clickOn("#stepper-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.001 + 1 = 1.001", drawn(w).node("x").grad());
        assertTrue(text(robot, "#stepper-counter").startsWith("step 12 of 12"), text(robot, "#stepper-counter"));
    }

    @Test
    void tangentsAreCarriedForwardInTimeOnP10b(FxRobot robot) throws Exception {
        MainWindow w = StepperWindowTest.open("tum-p10b-rnn-neuron.json");
        Graph g = ShippedGraphs.read("tum-p10b-rnn-neuron.json");
        Evaluation ev = Engine.evaluate(g);
        robot.clickOn("#stepper-forward-mode");
        StepperWindowTest.fx(() -> {
            robot.lookup("#stepper-wrt").queryAs(ComboBox.class).getSelectionModel().select("h->h");
            return null;
        });
        robot.clickOn("#stepper-end");
        WaitForAsyncUtils.waitForFxEvents();
        // y_2 = v·h_2: ẏ_2 = dy_2/du, the number backpropagation through time gives
        assertEquals("ẏ_2 = " + Numbers.human(ev.grad("h->h")), drawn(w).node("y").grad());
        assertTrue(text(robot, "#stepper-explanation").startsWith("ẏ_2 = "), text(robot, "#stepper-explanation"));
    }

    @Test
    void theNodeMenuDifferentiatesANodeAndExpandsAFunction(FxRobot robot) throws Exception {
        MainWindow w = StepperWindowTest.open("softplus-function.json");
        StepperView view = StepperWindowTest.stepper(w);
        Graph g = ShippedGraphs.read("softplus-function.json");
        // the function node's backward step: one step, with its local derivative written out from the body
        int yBackward = Engine.evaluate(g).trace().steps().indexOf(Engine.evaluate(g).trace().steps().stream()
                .filter(st -> st.nodeId().equals("y") && st.phase() == org.chainrule.engine.Phase.BACKWARD).findFirst().orElseThrow()) + 1;
        String explained = StepperWindowTest.fx(() -> {
            view.model().seek(yBackward);
            return view.model().explanationProperty().get();
        });
        assertTrue(explained.contains("∂y/∂z = ∂softplus/∂a at a = 0: "), explained);
        List<MenuItem> items = StepperWindowTest.fx(() -> NodeMenu.items(view, w.viewModel(), w.viewModel().graph().node("z")));
        StepperWindowTest.fx(() -> {
            items.get(0).fire(); // Differentiate this: ∂z/∂·
            view.model().toEnd();
            return null;
        });
        Annotations a = drawn(w);
        assertEquals(Numbers.human(Engine.evaluate(g, "z").grad("b")), a.node("b").grad());
        assertEquals("1", a.node("b").grad());
        List<MenuItem> onY = StepperWindowTest.fx(() -> NodeMenu.items(view, w.viewModel(), w.viewModel().graph().node("y")));
        MenuItem expand = onY.stream().filter(m -> "menu-expand".equals(m.getId())).findFirst().orElseThrow();
        int before = g.nodeCount();
        StepperWindowTest.fx(() -> {
            expand.fire();
            return null;
        });
        Graph now = w.viewModel().graph();
        assertTrue(now.nodeCount() > before);
        assertEquals(Op.LOG, now.node("y").op());
        assertEquals(Engine.evaluate(g).grad("w"), Engine.evaluate(now).grad("w"), 1e-15);
        StepperWindowTest.fx(() -> {
            w.viewModel().undo();
            return null;
        });
        assertEquals(before, w.viewModel().graph().nodeCount());
        assertEquals("softplus", w.viewModel().graph().node("y").opName());
        assertTrue(robot.lookup("#palette-function-softplus").tryQuery().isPresent());
    }
}
