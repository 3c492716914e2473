package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.chainrule.edit.Property;
import org.chainrule.engine.Diagnostic;
import org.chainrule.io.expr.Expressions;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A number that stops being finite shows in the problems panel, naming its node, and goes away again. */
@ExtendWith(ApplicationExtension.class)
class NumberProblemsWindowTest {
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
        window = ChainruleApp.open(stage, List.of());
        stage.show();
    }

    @Test
    void divisionByZeroIsListedAtTheDivision(FxRobot robot) {
        EditorViewModel vm = window.viewModel();
        Graph g = Expressions.toGraph("y = a / b + 1");
        g.node("a").setValue(1);
        g.node("b").setValue(2);
        robot.interact(() -> vm.setDocument(g, null));
        @SuppressWarnings("unchecked")
        ListView<Diagnostic> panel = robot.lookup("#problems").queryAs(ListView.class);
        assertTrue(panel.getItems().isEmpty(), panel.getItems().toString());

        Node b = vm.graph().node("b");
        robot.interact(() -> vm.set(Property.value(b), Property.Value.of(0)));
        WaitForAsyncUtils.waitForFxEvents();
        String div = vm.graph().nodes().stream().filter(n -> n.op() == Op.DIV).findFirst().orElseThrow().id();
        assertEquals(1, panel.getItems().size(), panel.getItems().toString());
        Diagnostic d = panel.getItems().get(0);
        assertEquals(List.of(div), d.nodeIds());
        assertTrue(d.message().contains("∞"), d.message());
        // the graph still evaluates: the numbers are shown, and the problem says where they stop
        assertNotNull(vm.evaluation());

        robot.interact(() -> vm.undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.getItems().isEmpty(), panel.getItems().toString());
    }
}
