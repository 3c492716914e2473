package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A refused input in the inspector is put back and explained at the field (real window, headless). */
class InspectorWindowTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "tum-p6b-skip.json");
    }

    private void type(FxRobot robot, String field, String text) {
        TextField tf = robot.lookup("#inspector-" + field).queryAs(TextField.class);
        robot.clickOn(tf);
        robot.interact(() -> tf.selectAll());
        robot.write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField field(FxRobot robot, String name) { return robot.lookup("#inspector-" + name).queryAs(TextField.class); }

    private Label problem(FxRobot robot, String name) { return robot.lookup("#inspector-" + name + "-problem").queryAs(Label.class); }

    @Test
    void refusedValueAndIdArePutBackAndExplainedAtTheField(FxRobot robot) {
        EditorViewModel vm = window.viewModel();
        robot.interact(() -> vm.selection().set(List.of(vm.graph().node("x"))));
        WaitForAsyncUtils.waitForFxEvents();
        String before = field(robot, "value").getText();
        double y = vm.evaluation().value();

        type(robot, "value", "abc");
        assertEquals(before, field(robot, "value").getText(), "the field shows the model's value again");
        assertEquals(y, vm.evaluation().value());
        assertTrue(problem(robot, "value").isVisible());
        assertTrue(problem(robot, "value").getText().startsWith("value: "), problem(robot, "value").getText());
        assertTrue(field(robot, "value").getStyle().contains("-fx-border-color"), "a red border");
        assertTrue(field(robot, "value").getTooltip().getText().contains(problem(robot, "value").getText().substring(7)));

        type(robot, "id", "x y!");
        assertEquals("x", field(robot, "id").getText());
        assertTrue(vm.graph().node("x") != null);
        assertTrue(problem(robot, "id").isVisible());

        // an accepted value clears the mark, and the engine computes with it: y = max(w·x + x, 0) at x = 3
        type(robot, "value", "3");
        assertEquals("3", field(robot, "value").getText());
        assertFalse(problem(robot, "value").isVisible());
        assertEquals("", field(robot, "value").getStyle());
        assertEquals(Engine.evaluate(vm.graph()).value(), vm.evaluation().value());
        assertEquals(3.0, vm.graph().node("x").valueAt(1));
        assertTrue(vm.evaluation().value() != y);
    }
}
