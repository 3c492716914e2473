package org.chainrule.ui.expr;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.chainrule.draw.Annotations;
import org.chainrule.ui.AppFiles;
import org.chainrule.ui.ChainruleApp;
import org.chainrule.ui.MainWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The expression features in the real editor window (headless under Monocle). */
@ExtendWith(ApplicationExtension.class)
class ExpressionWindowTest {
    @TempDir
    static Path home;

    private MainWindow window;

    @BeforeAll
    static void ownHome() {
        System.setProperty("chainrule.home", home.toString());
    }

    @Start
    void start(Stage stage) {
        AppFiles.standard().clearRecovery();
        String ex7 = ShippedGraphs.path("in5400-2021-ex7-mini.json").toString();
        window = ChainruleApp.open(stage, List.of(ex7));
        stage.show();
    }

    @Test
    void chainRulePanelHighlightsThePathsOnTheCanvas(FxRobot robot) {
        robot.interact(() -> window.viewModel().selection().set(List.of(window.viewModel().graph().node("x2"))));
        robot.clickOn("Chain Rule").clickOn(ExpressionExtension.WRITE_OUT);
        WaitForAsyncUtils.waitForFxEvents();
        ChainRuleViewModel m = findPanelModel(robot);
        assertEquals("e", m.ofProperty().get());
        assertEquals("x2", m.wrtProperty().get());
        assertEquals(2.5, m.derivative().value(), 1e-12);
        Annotations a = window.canvas().annotationsProperty().get();
        assertNotNull(a);
        assertTrue(a.node("g").highlighted());
        assertTrue(a.node("a").dimmed());
        // step to the second path: only x2 → h → g → e stays lit
        robot.clickOn("#chain-rule-next").clickOn("#chain-rule-next");
        WaitForAsyncUtils.waitForFxEvents();
        a = window.canvas().annotationsProperty().get();
        assertTrue(a.edge("x2->h").highlighted());
        assertTrue(a.edge("x2->j").dimmed());
        assertEquals("∂g/∂h = 1", a.edge("h->g").grad());
        // selecting another node in the editor makes it wrt
        robot.interact(() -> window.viewModel().selection().set(List.of(window.viewModel().graph().node("x1"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("x1", m.wrtProperty().get());
        assertEquals(6, m.paths().size());
        robot.interact(() -> ((Stage) robot.lookup("#chain-rule-pane").query().getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.canvas().annotationsProperty().get());
    }

    @Test
    void newFromExpressionReplacesTheGraph(FxRobot robot) {
        robot.clickOn("File").clickOn(ExpressionExtension.NEW_FROM_EXPRESSION);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#expression-text").write("y = max(w*x + x, 0)");
        robot.clickOn("#expression-params").write("w");
        robot.clickOn("#expression-values").write("w=0.001, x=2");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("y", window.viewModel().graph().outputId());
        // TUM P6b: y = 2.002
        assertEquals(2.002, window.viewModel().evaluation().value(), 1e-15);
        assertTrue(window.canvas().diagram().node("mul1") != null);
    }

    private static ChainRuleViewModel findPanelModel(FxRobot robot) {
        return robot.lookup("#chain-rule-pane").queryAs(ChainRulePane.class).model();
    }
}
