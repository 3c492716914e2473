package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.engine.Engine;
import org.chainrule.engine.TensorEdges;
import org.chainrule.model.Node;
import org.chainrule.ops.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector edits a matrix in a grid (real window, headless): a cell that is not a number is refused
 * naming its row and column, an accepted grid is one undo step, and the shape field resizes the tensor.
 */
class TensorInspectorWindowTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "in5400-2018-dense-matrices.json");
    }

    private TextField cell(FxRobot robot, int r, int c) {
        return robot.lookup("#inspector-value-" + r + "-" + c).queryAs(TextField.class);
    }

    private void type(FxRobot robot, TextField tf, String text) {
        robot.clickOn(tf);
        robot.interact(tf::selectAll);
        robot.write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMatrixIsEditedInAGridAsOneUndoStep(FxRobot robot) {
        EditorViewModel vm = window.viewModel();
        Node w1 = vm.graph().node("W1");
        Tensor before = w1.tensorAt(1);
        double j = vm.evaluation().value();
        robot.interact(() -> vm.selection().set(List.of(w1)));
        WaitForAsyncUtils.waitForFxEvents();
        // 2 rows × 3 columns, each cell one of W1's numbers
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) assertEquals(before.at(3 * r + c), Double.parseDouble(cell(robot, r, c).getText()));
        }
        assertEquals("2×3", robot.lookup("#inspector-shape").queryAs(TextField.class).getText());

        type(robot, cell(robot, 0, 1), "abc");
        Label why = robot.lookup("#inspector-value-problem").queryAs(Label.class);
        assertTrue(why.isVisible());
        assertEquals("value: row 1, column 2: 'abc' is not a number", why.getText());
        assertTrue(cell(robot, 0, 1).getStyle().contains("-fx-border-color"), "the cell is marked");
        assertEquals(before, w1.tensorAt(1), "nothing changed");

        type(robot, cell(robot, 0, 1), "5");
        assertFalse(why.isVisible());
        double[] d = before.copyData();
        d[1] = 5;
        assertArrayEquals(d, w1.tensorAt(1).data());
        // the engine computes with the new matrix: J as a fresh evaluation of the edited graph gives it
        assertEquals(Engine.evaluate(vm.graph()).value(), vm.evaluation().value());
        assertTrue(vm.evaluation().value() != j);
        // the canvas's W1 shows the new value as a matrix
        assertEquals(Tensor.of(before.shape(), d), TensorEdges.value(vm.evaluation(), w1, 1));

        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, w1.tensorAt(1), "one undo puts the whole matrix back");
        assertEquals(j, vm.evaluation().value());
    }

    @Test
    void theShapeFieldMakesANumberAVector(FxRobot robot) {
        EditorViewModel vm = window.viewModel();
        Node b2 = vm.graph().node("b2");
        robot.interact(() -> vm.selection().set(List.of(b2)));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, robot.lookup("#inspector-shape").queryAs(TextField.class), "2");
        assertArrayEquals(new int[] {2}, b2.shape());
        // the number is kept as the first element
        assertEquals(1.0, b2.tensorAt(1).at(0));
        assertEquals("1", cell(robot, 0, 0).getText());
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(b2.isTensorSource());
        assertEquals(1.0, b2.valueAt(1));
    }
}
