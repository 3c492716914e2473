package org.chainrule.ui.expr;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.chainrule.draw.Annotations;
import org.chainrule.ui.files.AppFiles;
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
        // docked in the editor window beside the canvas, never over it
        javafx.scene.Node dock = robot.lookup("#chain-rule-dock").query();
        assertEquals(window.scene(), dock.getScene());
        assertTrue(window.isDocked(dock));
        javafx.geometry.Bounds canvas = window.canvas().localToScene(window.canvas().getLayoutBounds());
        javafx.geometry.Bounds panel = dock.localToScene(dock.getLayoutBounds());
        assertTrue(panel.getMinY() >= canvas.getMaxY() - 0.5, "the panel is under the canvas: " + panel + " / " + canvas);
        assertTrue(canvas.getHeight() > 100, "the canvas keeps room: " + canvas);
        // Escape closes it (focus in the panel), and the canvas shows what it showed before
        robot.clickOn("#chain-rule-formula");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isDocked(dock));
        assertEquals(null, window.canvas().annotationsProperty().get());
        assertTrue(robot.lookup("#chain-rule-dock").tryQuery().isEmpty() || robot.lookup("#chain-rule-dock").query().getScene() == null);
    }

    @Test
    void escapeClosesThePanelFromAnywhereButATextField(FxRobot robot) {
        robot.clickOn("Chain Rule").clickOn(ExpressionExtension.WRITE_OUT);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node dock = robot.lookup("#chain-rule-dock").query();
        assertTrue(window.isDocked(dock));
        // a text field outside the panel being edited keeps its Escape: the panel stays
        robot.interact(() -> window.viewModel().selection().set(List.of(window.viewModel().graph().node("x2"))));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = robot.from(robot.lookup("#inspector").queryParent())
                .lookup((javafx.scene.control.TextField t) -> t.isEditable() && !t.isDisabled() && t.isVisible() && !inside(t, dock)).query();
        robot.clickOn(field);
        assertTrue(field.isFocused(), field.getId());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isDocked(dock), "Escape in a text field is the field's");
        // focus on the canvas (not in the panel): Escape closes the panel
        robot.interact(() -> window.canvas().requestFocus());
        assertTrue(window.canvas().isFocused());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isDocked(dock), "Escape from the canvas closes the panel");
        // and, with nothing focused at all, the same through the window's accelerator
        robot.clickOn("Chain Rule").clickOn(ExpressionExtension.WRITE_OUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isDocked(dock));
        robot.interact(() -> window.scene().getRoot().requestFocus());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isDocked(dock));
    }

    private static boolean inside(javafx.scene.Node n, javafx.scene.Node parent) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (p == parent) return true;
        return false;
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
