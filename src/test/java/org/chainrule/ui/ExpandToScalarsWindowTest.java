package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** View ▸ Expand to Scalars turns the dense net as matrices into the exam's scalar network, same numbers. */
class ExpandToScalarsWindowTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "in5400-2018-dense-matrices.json");
    }

    @Test
    void theMenuItemOpensTheScalarGraphWithTheSameNumbers(FxRobot robot) {
        Evaluation tensors = Engine.evaluate(ShippedGraphs.read("in5400-2018-dense-matrices.json"));
        robot.interact(() -> window.actions().menuItem(StandardAction.EXPAND_SCALARS).fire());
        Graph g = window.viewModel().graph();
        assertFalse(g.hasTensors());
        assertTrue(window.viewModel().messageProperty().get().startsWith("Expanded to scalars"), window.viewModel().messageProperty().get());
        Evaluation scalar = Engine.evaluate(g);
        assertEquals(tensors.value(), scalar.value());
        for (int k = 0; k < 3; k++) {
            assertEquals(tensors.tensorValues().get("h").at(k), scalar.value(g.node("h_" + (k + 1))));
            assertEquals(tensors.gradTensor("h").at(k), scalar.grad(g.node("h_" + (k + 1))));
        }
        // a second time there is nothing to expand
        robot.interact(() -> window.actions().menuItem(StandardAction.EXPAND_SCALARS).fire());
        assertTrue(window.viewModel().messageProperty().get().contains("no tensors"));
    }
}
