package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exam question above the canvas: folded it shows three whole lines, opened the whole text. */
class QuestionBarTest extends WindowCase {
    private Stage own;

    @Start
    void start(Stage primary) {
        own = openSmall("in5400-2018-dense.json");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> own.close());
    }

    /** The height the question's own label needs for {@code lines} lines of its font at its width. */
    private static double height(Label question, int lines) {
        String saved = question.getText();
        question.setText(String.join("\n", java.util.Collections.nCopies(lines, "Ágjy")));
        double h = question.prefHeight(question.getWidth());
        question.setText(saved);
        return h;
    }

    @Test
    void foldedShowsThreeWholeLinesAndOpenedTheWholeQuestion(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        QuestionBar q = (QuestionBar) window.scene().lookup("#question-bar");
        Label question = (Label) window.scene().lookup("#question");
        double[] h = new double[5];
        robot.interact(() -> {
            for (int n = 1; n <= 4; n++) h[n] = height(question, n);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(q.fullHeight() > h[3] + 5, "the dense-net question needs more than three lines at 900 px");
        double folded = q.shownHeight();
        // the third line whole (its descenders too), and not a fourth line begun
        assertTrue(folded >= h[3], "folded " + folded + " < three lines " + h[3]);
        assertTrue(folded < h[3] + (h[4] - h[3]) / 2, "folded " + folded + " shows part of a fourth line (" + h[4] + ")");
        robot.clickOn(window.scene().lookup("#question-toggle"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(q.isOpen());
        // the window is tall enough for the whole question: all of it shows, none cut
        assertEquals(q.fullHeight(), q.shownHeight(), 1.5, "opened");
    }
}
