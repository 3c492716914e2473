package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.chainrule.ShippedGraphs;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window at 900 × 600 (headless): the canvas keeps most of the room, no button is hidden, the question opens. */
class SmallWindowTest extends WindowCase {
    private Stage own;

    @Start
    void start(Stage primary) {
        own = openSmall("in5400-2018-dense.json");
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> own.close());
    }

    @Test
    void canvasKeepsTheRoomEveryButtonShowsAndTheQuestionOpensWithoutPushingTheCanvasOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double width = window.scene().getWidth();
        assertEquals(900, width, 1);
        Bounds canvas = window.canvas().localToScene(window.canvas().getLayoutBounds());
        assertTrue(canvas.getWidth() >= 0.5 * width, "the canvas gets half the width or more: " + canvas);
        assertTrue(MainWindow.inspectorWidth(width) <= 0.26 * width);
        // every action's button is on screen, none behind an overflow
        for (StandardAction a : StandardAction.values()) {
            if (a.bar() == StandardAction.Bar.NONE) continue;
            Button b = (Button) window.scene().lookup("#" + a.buttonId());
            Bounds bb = b.localToScene(b.getLayoutBounds());
            assertTrue(b.isVisible() && bb.getMinX() >= 0 && bb.getMaxX() <= width + 0.5 && bb.getWidth() > 10, a + " at " + bb);
        }
        QuestionBar q = (QuestionBar) window.scene().lookup("#question-bar");
        assertTrue(q.fullHeight() > q.shownHeight() + 5, "the dense-net question needs more than three lines here");
        double folded = q.shownHeight();
        robot.clickOn(window.scene().lookup("#question-toggle"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(q.isOpen());
        assertTrue(q.shownHeight() > folded + 5, "opened: " + q.shownHeight() + " of " + q.fullHeight());
        assertTrue(window.canvas().getHeight() > 120, "the canvas stays: " + window.canvas().getHeight());
        robot.clickOn(window.scene().lookup("#question-toggle"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(q.fullHeight() > q.shownHeight() + 5);
    }

    @Test
    void inspectorFieldsFitTheColumnWithoutAHorizontalScrollbar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node inspector = window.scene().lookup("#inspector");
        Bounds column = inspector.localToScene(inspector.getLayoutBounds());
        for (javafx.scene.Node n : inspector.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertTrue(!bar.isVisible(), "no horizontal scrollbar in a column " + column.getWidth() + " wide");
            }
        }
        // every name and every field lies inside the column, no name cut inside a word
        for (javafx.scene.Node pane : inspector.lookupAll(".property-pane")) {
            for (javafx.scene.Node n : ((javafx.scene.Parent) pane).getChildrenUnmodifiable()) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertTrue(b.getMaxX() <= column.getMaxX() + 0.5, n + " at " + b + " in " + column);
                if (n instanceof javafx.scene.control.Label name) {
                    for (String word : name.getText().split(" ")) {
                        javafx.scene.text.Text t = new javafx.scene.text.Text(word);
                        t.setFont(name.getFont());
                        assertTrue(t.getLayoutBounds().getWidth() <= b.getWidth(), "\"" + word + "\" fits in " + b.getWidth());
                    }
                }
            }
        }
    }
}
