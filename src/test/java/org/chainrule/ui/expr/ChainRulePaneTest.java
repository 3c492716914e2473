package org.chainrule.ui.expr;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.chainrule.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chain-rule panel on screen (headless under Monocle), on the IN5400 2021 Ex 7 network. */
@ExtendWith(ApplicationExtension.class)
class ChainRulePaneTest {
    private final ChainRuleViewModel model = new ChainRuleViewModel();
    private final AtomicInteger highlights = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Graph g = ShippedGraphs.read("in5400-2021-ex7-mini.json");
        model.graphProperty().set(g);
        model.choose(g.node("x2"));
        stage.setScene(new Scene(new ChainRulePane(model, highlights::incrementAndGet), 700, 400));
        stage.show();
    }

    @Test
    void stepsThroughThePathsAndCopiesLatex(FxRobot robot) {
        TextArea formula = robot.lookup("#chain-rule-formula").queryAs(TextArea.class);
        assertTrue(formula.getText().startsWith("de/dx2 = ∂e/∂g·(∂g/∂j·∂j/∂x2 + ∂g/∂h·∂h/∂x2)"), formula.getText());
        ListView<?> paths = robot.lookup("#chain-rule-paths").queryAs(ListView.class);
        assertEquals(2, paths.getItems().size());
        int before = highlights.get();
        robot.clickOn("#chain-rule-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.pathProperty().get());
        assertEquals(0, paths.getSelectionModel().getSelectedIndex());
        assertTrue(highlights.get() > before);
        robot.clickOn("#chain-rule-next");
        robot.clickOn("#chain-rule-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChainRuleViewModel.ALL_PATHS, model.pathProperty().get());
        robot.clickOn("#chain-rule-copy-latex");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(model.latex(), copied[0]);
    }

    @Test
    void choosingAnotherWrtRewritesTheFormula(FxRobot robot) {
        robot.interact(() -> model.wrtProperty().set("x1"));
        TextArea formula = robot.lookup("#chain-rule-formula").queryAs(TextArea.class);
        assertTrue(formula.getText().startsWith("de/dx1 = ∂e/∂f·∂f/∂x1 + "), formula.getText());
        assertTrue(formula.getText().endsWith("= 3"), formula.getText());
        assertEquals(6, robot.lookup("#chain-rule-paths").queryAs(ListView.class).getItems().size());
    }
}
