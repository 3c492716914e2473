package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar keeps its height while background work shows its progress bar and Cancel button, so
 * the canvas above keeps its size (an edit of a big graph evaluates and draws in the background).
 */
class StatusBarHeightTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "tum-p6b-skip.json");
    }

    /** The progress bar's box (hidden, and left out of the layout, while no work runs). */
    private boolean workShown() { return window.scene().lookup("#status-progress").getParent().isVisible(); }

    @Test
    void theStatusBarAndTheCanvasKeepTheirHeightWhileWorkRuns(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = window.scene().lookup("#status-bar");
        double idle = bar.getLayoutBounds().getHeight(), canvas = window.canvas().getHeight();
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> window.viewModel().work().start("Waiting", "Cannot wait", p -> {
            release.await(10, TimeUnit.SECONDS);
            return null;
        }, r -> { }));
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::workShown);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(idle, bar.getLayoutBounds().getHeight(), 0.01, "the status bar with the progress bar");
            assertEquals(canvas, window.canvas().getHeight(), 0.01, "the canvas while the work runs");
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !workShown());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(idle, bar.getLayoutBounds().getHeight(), 0.01);
        assertEquals(canvas, window.canvas().getHeight(), 0.01);
    }
}
