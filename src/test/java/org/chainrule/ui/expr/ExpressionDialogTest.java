package org.chainrule.ui.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing into the "New from expression…" dialog (headless under Monocle). */
@ExtendWith(ApplicationExtension.class)
class ExpressionDialogTest {
    private ExpressionDialog dialog;
    private Graph result;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new ExpressionDialog(stage);
        dialog.setOnHidden(e -> result = dialog.getResult());
        dialog.show();
    }

    @Test
    void typingShowsTheMistakeThenBuildsTheGraph(FxRobot robot) {
        robot.clickOn("#expression-text").write("max(w*x + , 0)");
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        assertTrue(ok.isDisabled());
        assertEquals("expression, column 10: expected an operand",
                robot.lookup("#expression-problem").queryAs(Label.class).getText());
        assertEquals("max(w*x + , 0)\n         ^", robot.lookup("#expression-pointer").queryAs(Label.class).getText());
        robot.interact(() -> dialog.form().expressionProperty().set("y = max(w*x + x, 0)"));
        robot.clickOn("#expression-params").write("w");
        robot.clickOn("#expression-values").write("w=0.001, x=2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!ok.isDisabled(), robot.lookup("#expression-problem").queryAs(Label.class).getText());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("y", result.outputId());
        assertEquals(0.001, result.node("w").valueAt(1));
        assertTrue(result.node("y").hasPosition());
    }
}
