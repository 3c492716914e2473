package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas paints the diagram again only when the picture changes; asked to repaint the same picture, it does nothing. */
class RepaintTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "tum-p6b-skip.json");
    }

    @Test
    void theSamePictureIsNotPaintedAgainAndAChangedOneIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        long paints = window.canvas().basePaints();
        assertTrue(paints >= 1, "the diagram was painted");
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> window.canvas().redraw());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(paints, window.canvas().basePaints(), "asked three times to repaint the same picture");
        // selecting a node changes the picture: it is painted, once
        robot.interact(() -> window.viewModel().selection().set(List.of(window.viewModel().graph().node("w"))));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paints + 1, window.canvas().basePaints(), "the selection is painted");
        // a value edit: new numbers, painted again
        long before = window.canvas().basePaints();
        robot.interact(() -> window.viewModel().set(org.chainrule.edit.Property.value(window.viewModel().graph().node("x")),
                org.chainrule.edit.Property.Value.of(3.0)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().basePaints() > before, "the new values are painted");
        String x = window.canvas().diagram().node("x").value().text().source();
        assertEquals(org.chainrule.ops.Numbers.human(window.viewModel().evaluation().value(window.viewModel().graph().node("x"))), x);
    }
}
