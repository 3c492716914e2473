package org.chainrule.ui.stepper;

import static org.chainrule.ui.stepper.StepperWindowTest.fx;
import static org.chainrule.ui.stepper.StepperWindowTest.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Marking;
import org.chainrule.model.Graph;
import org.chainrule.ops.Numbers;
import org.chainrule.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quiz marks as the {@code mark} command does: on P6b a student who multiplies w·x wrong and goes on
 * from it is told that s and y are carried from that slip, and where the first error is.
 */
@ExtendWith(ApplicationExtension.class)
class QuizFollowThroughTest {
    @Test
    void aWrongWxCarriesIntoSAndYInTheQuizMarks(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        Graph g = w.viewModel().graph();
        Evaluation ev = Engine.evaluate(g);
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide values");
        Button end = robot.lookup("#stepper-end-forward").queryAs(Button.class);
        fx(() -> {
            end.fire();
            return null;
        });
        QuizPanel panel = robot.lookup("#stepper-quiz-panel").queryAs(QuizPanel.class);
        double wx = 10 * ev.value(g.node("wx"));
        double s = wx + ev.value(g.node("x"));
        answer(robot, panel, "wx", wx);
        assertEquals("✗ not quite — try again or Reveal", panel.markText());
        answer(robot, panel, "s", s);
        assertEquals("↪ carried from your value of w·x; first error: value of w·x", panel.markText());
        answer(robot, panel, "y", Math.max(s, 0));
        assertEquals("↪ carried from your value of w·x + x; first error: value of w·x", panel.markText());
        // asked again, the first slip says what follows from it
        answer(robot, panel, "wx", wx);
        assertEquals("✗ not quite — try again or Reveal (your value of w·x + x, value of y follow from it)", panel.markText());
        Marking.Result r = fx(() -> StepperWindowTest.stepper(w).model().followThrough());
        assertEquals(2, r.score());
        assertEquals("wx", r.firstError().id());
        // the right number ends the slip: then nothing is carried and s is simply wrong
        answer(robot, panel, "wx", ev.value(g.node("wx")));
        assertTrue(panel.markText().startsWith("✓ right"), panel.markText());
        answer(robot, panel, "s", s);
        assertEquals("✗ not quite — try again or Reveal (your value of y follows from it)", panel.markText());
    }

    private static void answer(FxRobot robot, QuizPanel panel, String id, double v) throws Exception {
        fx(() -> {
            panel.select(Quiz.item(Quiz.Kind.VALUE, id, 1));
            return null;
        });
        robot.clickOn("#stepper-quiz-answer").write(Numbers.human(v));
        robot.clickOn("#stepper-quiz-check");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
