package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.ShippedGraphs;
import org.chainrule.engine.ThroughTime;
import org.chainrule.engine.TrainingRun;
import org.chainrule.engine.Engine;
import org.chainrule.model.Quantity;
import org.chainrule.ui.training.TrainingPanel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training panel in the real window on the P4c valley: Ctrl T docks it, Run trains with momentum on
 * a worker while the chart fills, Step adds one iteration, Pause stops a long run where it is, and the
 * whole run (all of it, paused and stepped) is one undo step; the losses are those of one uninterrupted
 * engine run. And the unrolled view's chart of the gradients through time.
 */
class TrainingPanelWindowTest extends WindowCase {
    private static final String VALLEY = "tum-p4c-valley-momentum.json";

    /** The rows of one uninterrupted run of {@code n} iterations at lr 0.075, μ 0.7. */
    private static List<TrainingRun.Row> reference(int n) {
        TrainingRun r = new TrainingRun(ShippedGraphs.read(VALLEY), 0.075, 0.7);
        for (int k = 0; k < n; k++) r.step();
        return r.rows();
    }

    private static void waitIdle(TrainingPanel p) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !p.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertSameRows(List<TrainingRun.Row> want, List<TrainingRun.Row> got) {
        assertEquals(want.size(), got.size());
        for (int k = 0; k < want.size(); k++) {
            assertEquals(want.get(k).iteration(), got.get(k).iteration());
            assertEquals(want.get(k).loss(), got.get(k).loss(), 0, "loss at iteration " + k);
        }
    }

    @Test
    void runStepPauseAndUndoTheWholeRun(FxRobot robot) throws Exception {
        Stage own = WaitForAsyncUtils.asyncFx(() -> openSmall(VALLEY)).get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> window.canvas().requestFocus());
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            TrainingPanel panel = editor.training().panel();
            assertTrue(window.isDocked(panel.node()), "Ctrl T docks the panel");
            robot.interact(() -> {
                ((TextField) panel.node().lookup("#training-iterations")).setText("60");
                ((TextField) panel.node().lookup("#training-lr")).setText("0.075");
                ((TextField) panel.node().lookup("#training-momentum")).setText("0.7");
            });
            robot.clickOn("#training-run");
            waitIdle(panel);
            assertSameRows(reference(60), panel.shownRows());
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> chart = (LineChart<Number, Number>) panel.node().lookup("#training-chart");
            assertEquals(61, chart.getData().get(0).getData().size(), "every iteration drawn");
            var vm = window.viewModel();
            assertEquals(1, vm.history().size());
            assertEquals("Train 60 iterations (lr 0.075, μ 0.7)", vm.history().undoName());
            assertEquals(reference(60).get(60).values().get(0), Quantity.find(vm.graph(), "x").get(), 0);

            robot.clickOn("#training-step");
            waitIdle(panel);
            assertEquals(62, panel.shownRows().size(), panel.status());
            assertSameRows(reference(61), panel.shownRows());
            assertEquals(1, vm.history().size(), "still one undo step");
            assertEquals("Train 61 iterations (lr 0.075, μ 0.7)", vm.history().undoName());

            // a long run, paused once it is under way: it stops where it is, the velocities carry on
            robot.interact(() -> ((TextField) panel.node().lookup("#training-iterations")).setText("1000000"));
            robot.clickOn("#training-run");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.shownRows().size() > 200);
            robot.clickOn("#training-pause");
            waitIdle(panel);
            int n = panel.shownRows().size() - 1;
            assertTrue(n < 1_000_000 && n > 200, "paused after " + n);
            assertSameRows(reference(n), panel.shownRows());
            assertEquals(1, vm.history().size());
            assertEquals(reference(n).get(n).values().get(1), Quantity.find(vm.graph(), "y").get(), 0);
            assertTrue(panel.status().startsWith("Iteration " + n + ": loss"), panel.status());

            // Ctrl Z: the whole run back in one step, and the next Run starts from there
            robot.interact(vm::undo);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, vm.history().size());
            assertEquals(-5, Quantity.find(vm.graph(), "x").get(), 0);
            assertEquals(1, Quantity.find(vm.graph(), "y").get(), 0);
            robot.interact(() -> ((TextField) panel.node().lookup("#training-iterations")).setText("5"));
            robot.clickOn("#training-run");
            waitIdle(panel);
            assertSameRows(reference(5), panel.shownRows());
            assertEquals("Train 5 iterations (lr 0.075, μ 0.7)", vm.history().undoName());
        } finally {
            robot.interact(own::close);
        }
    }

    @Test
    void theUnrolledViewShowsTheGradientsThroughTime(FxRobot robot) throws Exception {
        Stage own = WaitForAsyncUtils.asyncFx(() -> openSmall("tum-p10c-lstm.json")).get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#stepper-unrolled");
            WaitForAsyncUtils.waitForFxEvents();
            // at the start the backward pass has reached no time step: no chart, the canvas has its room
            assertTrue(robot.lookup("#through-time-chart").tryQuery().isEmpty(), "curves before the backward pass");
            assertFalse(robot.lookup("#through-time").queryAs(javafx.scene.layout.BorderPane.class).isVisible());
            javafx.scene.layout.Region unrolledCanvas = robot.lookup("#stepper-unrolled-canvas").queryAs(javafx.scene.layout.Region.class);
            double wide = unrolledCanvas.getWidth();
            robot.clickOn("#stepper-end");
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> chart = (LineChart<Number, Number>) robot.lookup("#through-time-chart").query();
            assertTrue(chart.isVisible() && chart.getScene() == window.scene());
            assertEquals(2, chart.getData().size(), "c and h, the LSTM's two states");
            assertTrue(unrolledCanvas.getWidth() < wide - 200, "the chart beside the canvas: " + unrolledCanvas.getWidth() + " of " + wide);
            var ev = Engine.evaluate(ShippedGraphs.read("tum-p10c-lstm.json"));
            double[] c = ThroughTime.of(ev, "c").grads();
            var points = chart.getData().get(0).getData();
            assertEquals(50, points.size());
            assertEquals(Math.log10(c[0]), points.get(0).getYValue().doubleValue(), 1e-12);
        } finally {
            robot.interact(own::close);
        }
    }
}
