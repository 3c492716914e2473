package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panes around the canvas are painted as one opaque fill each (a plain rectangle the renderer can
 * skip under the canvas, not a picture of two fills drawn again on every frame), with the standard
 * look's one-pixel frame around the outer one only.
 */
class PaneBackgroundsTest extends WindowCase {
    @Start
    void start(Stage stage) {
        open(stage, "tum-p6b-skip.json");
    }

    @Test
    void everySplitPaneIsOneOpaqueFillAndOnlyTheOuterOneHasAFrame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> panes = window.scene().getRoot().lookupAll(".split-pane");
        assertTrue(panes.size() >= 3, "the window's split panes: " + panes.size());
        int framed = 0;
        for (Node n : panes) {
            SplitPane p = (SplitPane) n;
            List<BackgroundFill> fills = p.getBackground().getFills();
            assertEquals(1, fills.size(), p + ": " + fills);
            assertEquals(Insets.EMPTY, fills.get(0).getInsets());
            assertTrue(fills.get(0).getFill() instanceof Color c && c.isOpaque(), "opaque: " + fills.get(0).getFill());
            boolean nested = p.getParent() != null && p.getParent().getParent() instanceof SplitPane;
            double frame = p.getBorder() == null || p.getBorder().getStrokes().isEmpty() ? 0 : p.getInsets().getTop();
            assertEquals(nested ? 0 : 1, frame, p + (nested ? " inside a split pane: no frame" : ": a one-pixel frame"));
            if (!nested) framed++;
        }
        assertEquals(1, framed, "one outer split pane");
    }
}
