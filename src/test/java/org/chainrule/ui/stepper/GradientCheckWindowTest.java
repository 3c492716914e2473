package org.chainrule.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.draw.Annotations;
import org.chainrule.model.Graph;
import org.chainrule.ui.ChainruleApp;
import org.chainrule.ui.MainWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The gradient check of a big graph (2,500 nodes, above the threshold for background work) in the real
 * window: it runs off the FX thread, which keeps answering; Cancel leaves no estimate on the canvas and
 * the check off; let finish, it shows the same estimates as the check worked out here and now.
 */
@ExtendWith(ApplicationExtension.class)
class GradientCheckWindowTest {
    @TempDir
    static Path home;
    private static Path big;

    @BeforeAll
    static void files() throws Exception {
        System.setProperty("chainrule.home", Files.createDirectories(home.resolve("home")).toString());
        big = home.resolve("big-2500.json");
        new RandomLayeredGraph(2500, 5).write(big);
    }

    private static MainWindow openBig() throws Exception {
        MainWindow w = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            MainWindow mw = StepperWindowTest.opened(ChainruleApp.openEditor(stage, List.of(big.toString())));
            stage.show();
            return mw;
        }).get();
        waitUntilIdle(w);
        StepperView v = StepperWindowTest.stepper(w);
        WaitForAsyncUtils.asyncFx(() -> {
            v.setAnimate(false);
            v.model().toEnd();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    private static void waitUntilIdle(MainWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !w.viewModel().work().runningProperty().get()
                && !w.viewModel().evaluations().runningProperty().get() && !w.canvas().drawing().runningProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Annotations a) {
        return a == null ? "" : a.nodes() + " " + a.edges();
    }

    private static boolean anyEstimate(Annotations a) {
        return text(a).contains("fd ≈");
    }

    @Test
    void theCheckRunsOffTheFxThreadAndCancelLeavesNoEstimate(FxRobot robot) throws Exception {
        MainWindow w = openBig();
        StepperModel m = StepperWindowTest.stepper(w).model();
        assertEquals(2500, m.shownGraphProperty().get().nodeCount());
        AtomicBoolean runningWhenAsked = new AtomicBoolean();
        CountDownLatch answered = new CountDownLatch(1);
        robot.interact(() -> {
            robot.lookup("#stepper-gradient-check").queryAs(ToggleButton.class).fire();
            // posted after the check started: the FX thread runs it while the check works
            Platform.runLater(() -> {
                runningWhenAsked.set(m.check().running() && w.viewModel().work().runningProperty().get());
                answered.countDown();
            });
        });
        assertTrue(answered.await(5, TimeUnit.SECONDS), "the FX thread answers while the check runs");
        assertTrue(runningWhenAsked.get(), "the check was running, off the FX thread, when the FX thread answered");
        assertFalse(anyEstimate(m.annotations()), "no estimate is shown before the check is done");

        robot.interact(() -> {
            var cancel = robot.lookup("#status-cancel").queryButton();
            assertTrue(cancel.isVisible() && !cancel.isDisabled(), "the status bar offers Cancel");
            cancel.fire();
        });
        Thread.sleep(500); // a result on its way would arrive now
        waitUntilIdle(w);
        assertFalse(m.gradientCheckProperty().get(), "Cancel switches the check off");
        assertFalse(m.check().running());
        assertFalse(anyEstimate(m.annotations()), "after Cancel no estimate is shown");
        assertFalse(anyEstimate(w.canvas().annotationsProperty().get()));
    }

    @Test
    void theEstimatesWorkedOutInTheBackgroundAreTheSynchronousOnes(FxRobot robot) throws Exception {
        MainWindow w = openBig();
        StepperModel m = StepperWindowTest.stepper(w).model();
        robot.interact(() -> robot.lookup("#stepper-gradient-check").queryAs(ToggleButton.class).fire());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> m.check().running()).get(), "a graph this big is checked in the background");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !m.check().running()).get());
        WaitForAsyncUtils.waitForFxEvents();
        Annotations shown = WaitForAsyncUtils.asyncFx(m::annotations).get();
        assertTrue(anyEstimate(shown), "the estimates arrived on the canvas");

        Graph g = m.shownGraphProperty().get();
        Map<String, Double> here = GradientCheck.of(g);
        assertFalse(here.isEmpty());
        Annotations expected = WaitForAsyncUtils.asyncFx(() -> StepAnnotations.of(g, m.stateProperty().get(), null, here, null)).get();
        assertEquals(text(expected), text(shown));
    }
}
