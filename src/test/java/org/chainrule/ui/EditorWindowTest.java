package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Point;
import org.chainrule.edit.Property;
import org.chainrule.engine.Diagnostic;
import org.chainrule.io.GraphFile;
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
import org.chainrule.ui.canvas.GraphCanvas;
import org.chainrule.ui.files.AppFiles;
import org.chainrule.ui.files.Examples;

/** Drives the real editor window (headless under Monocle in {@code mvn verify}). */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    @TempDir
    static Path home;

    private MainWindow window;

    @BeforeAll
    static void ownHome() {
        // recovery and recent files of the tests stay out of the user's ~/.chainrule
        System.setProperty("chainrule.home", home.toString());
    }

    @Start
    void start(Stage stage) {
        AppFiles.standard().clearRecovery(); // the previous test's window was not closed normally
        window = ChainruleApp.open(stage, List.of());
        stage.show();
    }

    private EditorViewModel vm() { return window.viewModel(); }

    private GraphCanvas canvas() { return window.canvas(); }

    /** Scrolls the palette so that the button shows (the groups may be taller than the window). */
    private static void scrollTo(javafx.scene.Node button) {
        javafx.scene.Node p = button;
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) p = p.getParent();
        if (!(p instanceof javafx.scene.control.ScrollPane sp)) return;
        double y = sp.getContent().sceneToLocal(button.localToScene(button.getBoundsInLocal())).getMinY();
        double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
        if (room > 0) sp.setVvalue(Math.max(0, Math.min(1, (y - 20) / room)));
        sp.layout();
    }

    /** Screen position of a diagram point. */
    private Point2D screen(Point p) {
        Point c = canvas().toScreen(p);
        return canvas().localToScreen(c.x(), c.y());
    }

    private Point diagramCentre(String id) {
        DiagramNode n = canvas().diagram().node(id);
        return new Point(n.x(), n.y());
    }

    /** Adds a node from the palette (it appears in the middle of the view) and drags it to {@code to}. */
    private String place(FxRobot robot, String op, Point to) {
        javafx.scene.control.Button button = robot.lookup("#palette-" + op).queryButton();
        robot.interact(() -> scrollTo(button));
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        Node n = vm().selection().nodes().get(0);
        Point2D from = screen(new Point(n.x(), n.y()));
        Point2D target = screen(to);
        robot.drag(from.getX(), from.getY(), MouseButton.PRIMARY).dropTo(target.getX(), target.getY());
        WaitForAsyncUtils.waitForFxEvents();
        return n.id();
    }

    /** Drags from the output handle of {@code from} onto the node {@code to}. */
    private void connect(FxRobot robot, String from, String to) {
        DiagramNode a = canvas().diagram().node(from);
        Point2D handle = screen(new Point(a.x() + a.width() / 2, a.y()));
        Point2D target = screen(diagramCentre(to));
        robot.moveTo(handle);
        robot.drag(handle.getX(), handle.getY(), MouseButton.PRIMARY).dropTo(target.getX(), target.getY());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setValue(FxRobot robot, String nodeId, String text) {
        robot.clickOn(screen(diagramCentre(nodeId)));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#inspector-value").queryAs(TextField.class);
        robot.clickOn(field);
        robot.push(KeyCode.END);
        robot.eraseText(field.getText().length());
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String canvasValue(String nodeId) {
        DiagramNode n = canvas().diagram().node(nodeId);
        return n.value() == null ? null : n.value().text().source();
    }

    @Test
    void startsWithTheBundledExamGraph() {
        assertEquals("Chainrule — TUM I2DL 2021, P6b: skip connection y = max(w·x + x, 0)", window.stage().getTitle());
        assertEquals(6, vm().graph().nodeCount());
        assertEquals("2.002", canvasValue("y"));
    }

    @Test
    void drawP6bFromThePaletteSetValuesReadTheOutputThenUndoToEmpty(FxRobot robot) {
        robot.clickOn("#action-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm().graph().nodeCount());
        Point c = canvas().visibleCentre();
        String x = place(robot, "input", new Point(c.x() - 260, c.y() + 60));
        String w = place(robot, "param", new Point(c.x() - 260, c.y() - 60));
        String mul = place(robot, "mul", new Point(c.x() - 110, c.y() - 30));
        String add = place(robot, "add", new Point(c.x() + 40, c.y() + 30));
        String zero = place(robot, "const", new Point(c.x() + 40, c.y() + 150));
        String max = place(robot, "max", new Point(c.x() + 190, c.y() + 80));
        assertEquals(List.of("x1", "w1", "mul1", "add1", "c1", "max1"), List.of(x, w, mul, add, zero, max));
        connect(robot, w, mul);
        connect(robot, x, mul);
        connect(robot, mul, add);
        connect(robot, x, add);
        connect(robot, add, max);
        connect(robot, zero, max);
        assertEquals(6, vm().graph().edgeCount());
        setValue(robot, x, "2");
        setValue(robot, w, "0.001");
        assertTrue(vm().problems().isEmpty(), () -> vm().problems().toString());
        // y = max(w·x + x, 0) = max(0.002 + 2, 0) = 2.002, read off the canvas
        assertEquals("2.002", canvasValue(max));
        assertEquals("0.002", canvasValue(mul));
        assertEquals("output = 2.002", robot.lookup("#status-result").queryAs(Label.class).getText());
        assertTrue(vm().isDirty());

        robot.interact(() -> canvas().requestFocus());
        for (int i = 0; i < 100 && vm().history().canUndo(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(vm().history().canUndo());
        assertEquals(0, vm().graph().nodeCount());
        assertFalse(vm().isDirty());
    }

    @Test
    void saveReopenAndCompare(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("p6b.json");
        AtomicReference<String> before = new AtomicReference<>();
        robot.interact(() -> {
            vm().selection().set(List.of(vm().graph().node("w")));
            vm().set(org.chainrule.edit.Property.value(vm().graph().node("w")), org.chainrule.edit.Property.Value.of(0.5));
            before.set(GraphFile.toJson(vm().graph()));
            vm().save(file);
        });
        assertFalse(vm().isDirty());
        assertTrue(Files.exists(file));
        robot.interact(() -> vm().newGraph());
        assertEquals(0, vm().graph().nodeCount());
        robot.interact(() -> assertTrue(window.files().open(file, false)));
        assertEquals(before.get(), GraphFile.toJson(vm().graph()));
        assertEquals(file, vm().fileProperty().get());
        // y = max(0.5·2 + 2, 0) = 3
        assertEquals("3", canvasValue("y"));
    }

    @Test
    void opensEveryExamGraphWithoutProblems(FxRobot robot) {
        List<Examples.Example> examples = Examples.list();
        assertTrue(examples.size() >= 10, "examples found: " + examples);
        for (Examples.Example e : examples) {
            robot.interact(() -> vm().openExample(e));
            assertTrue(vm().problems().isEmpty(), e.fileName() + ": " + vm().problems());
            assertNotNull(vm().evaluation(), e.fileName());
            assertEquals(vm().graph().nodeCount(), canvas().diagram().nodes().size(), e.fileName());
            for (Node n : vm().graph().nodes()) assertNotNull(canvasValue(n.id()), e.fileName() + " " + n.id());
            assertTrue(window.stage().getTitle().startsWith("Chainrule — "), window.stage().getTitle());
        }
    }

    @Test
    void rubberBandDeleteUndoAndDoubleClickRename(FxRobot robot) {
        // P6b: a right-drag band over the centres of w and x (the two sources on the left) selects exactly them
        Point w = diagramCentre("w"), x = diagramCentre("x");
        Point2D from = screen(new Point(Math.min(w.x(), x.x()) - 10, Math.min(w.y(), x.y()) - 10));
        Point2D to = screen(new Point(Math.max(w.x(), x.x()) + 10, Math.max(w.y(), x.y()) + 10));
        robot.drag(from.getX(), from.getY(), MouseButton.SECONDARY).dropTo(to.getX(), to.getY());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("w", "x"), vm().selection().nodes().stream().map(Node::id).sorted().toList());
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, vm().graph().nodeCount());
        assertEquals(3, vm().graph().edgeCount());
        assertFalse(vm().problems().isEmpty()); // wx has lost its inputs
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, vm().graph().nodeCount());
        assertEquals("2.002", canvasValue("y"));

        // select first: headless, the inspector's rebuild after the first click of a double-click can take
        // longer than the multi-click interval on a loaded machine (the real window renames either way)
        robot.clickOn(screen(diagramCentre("zero")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(screen(diagramCentre("zero")));
        WaitForAsyncUtils.waitForFxEvents();
        TextField id = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertEquals("zero", id.getText());
        robot.clickOn(id);
        robot.push(KeyCode.END);
        robot.eraseText(4);
        robot.write("z0");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm().graph().node("z0"));
        assertEquals(null, vm().graph().node("zero"));
        assertEquals("0", canvasValue("z0"));
    }

    @Test
    void parallelEdgesAndSelfLoopsAreDrawnFromTheHandle(FxRobot robot) {
        // a second edge x → wx: wx = w·x·x = 0.001·2·2 = 0.004, so y = max(0.004 + 2, 0) = 2.004
        connect(robot, "x", "wx");
        assertEquals(7, vm().graph().edgeCount());
        assertEquals("x->wx#2", vm().graph().key(vm().selection().edges().get(0)));
        assertEquals("0.004", canvasValue("wx"));
        assertEquals("2.004", canvasValue("y"));
        // dragging from s's handle back onto s draws a self-loop, delay 1 by default: s(1) reads s's init 0
        DiagramNode s = canvas().diagram().node("s");
        Point2D handle = screen(new Point(s.x() + s.width() / 2, s.y()));
        Point2D onto = screen(new Point(s.x() - s.width() / 4, s.y()));
        robot.drag(handle.getX(), handle.getY(), MouseButton.PRIMARY).dropTo(onto.getX(), onto.getY());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, vm().graph().edgeCount());
        assertTrue(canvas().diagram().edge("s->s").selfLoop());
        assertEquals(1, canvas().diagram().edge("s->s").delay());
        assertTrue(vm().problems().isEmpty(), () -> vm().problems().toString());
        assertEquals("2.004", canvasValue("y"));
    }

    @Test
    void divisionByZeroIsAProblemNamedAtTheDivision(FxRobot robot) {
        // y = a / b + 1: fine at b = 2; at b = 0 the division is ∞ and the panel names it
        Graph g = Expressions.toGraph("y = a / b + 1");
        g.node("a").setValue(1);
        g.node("b").setValue(2);
        robot.interact(() -> vm().setDocument(g, null));
        @SuppressWarnings("unchecked")
        ListView<Diagnostic> panel = robot.lookup("#problems").queryAs(ListView.class);
        assertTrue(panel.getItems().isEmpty(), panel.getItems().toString());

        Node b = vm().graph().node("b");
        robot.interact(() -> vm().set(Property.value(b), Property.Value.of(0)));
        WaitForAsyncUtils.waitForFxEvents();
        String div = vm().graph().nodes().stream().filter(n -> n.op() == Op.DIV).findFirst().orElseThrow().id();
        assertEquals(1, panel.getItems().size(), panel.getItems().toString());
        Diagnostic d = panel.getItems().get(0);
        assertEquals(List.of(div), d.nodeIds());
        assertTrue(d.message().contains("∞"), d.message());
        // the graph still evaluates: its numbers stay on the canvas, the problem says where they stop
        assertNotNull(vm().evaluation());

        robot.interact(() -> vm().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.getItems().isEmpty(), panel.getItems().toString());
    }
}
