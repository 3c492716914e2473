package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Drawing;
import org.chainrule.draw.PlacedText;
import org.chainrule.edit.MoveNodes;
import org.chainrule.edit.Property;
import org.chainrule.model.Node;
import org.chainrule.ops.Numbers;
import org.chainrule.ops.Op;
import org.chainrule.ui.canvas.EditorAnnotations;
import org.chainrule.ui.files.AppFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An edit of a big graph redraws it from the last drawing (draw.Drawing.update) instead of building
 * it whole, and what is drawn then reads as the whole build of the edited graph would.
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalDrawingTest {
    @TempDir
    static Path home;
    private static Path big;

    private MainWindow window;

    @BeforeAll
    static void files() throws IOException {
        System.setProperty("chainrule.home", home.resolve("home").toString());
        big = home.resolve("big-2500.json");
        new RandomLayeredGraph(2500, 3).write(big);
    }

    @Start
    void start(Stage stage) {
        AppFiles.standard().clearRecovery();
        window = ChainruleApp.open(stage, List.of());
        stage.show();
    }

    private EditorViewModel vm() { return window.viewModel(); }

    private <T> T fx(java.util.concurrent.Callable<T> c) throws Exception { return WaitForAsyncUtils.asyncFx(c).get(); }

    private void openBig(FxRobot robot) throws Exception {
        robot.interact(() -> assertTrue(window.files().open(big, false)));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> window.canvas().drawnDiagram() != null
                && window.canvas().drawnDiagram().nodes().size() == 2500));
        waitUntilIdle();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> !vm().work().runningProperty().get()
                && !vm().evaluations().runningProperty().get() && !window.canvas().drawing().runningProperty().get()
                && window.canvas().diagram() == window.canvas().drawnDiagram()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text drawn, by the node id or edge key it belongs to, in the order the diagram lists them. */
    private static Map<String, List<String>> texts(Diagram d) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (DiagramNode n : d.nodes()) all.put(n.id(), words(n.texts()));
        for (DiagramEdge e : d.edges()) all.put(e.key(), words(e.texts()));
        return all;
    }

    private static List<String> words(List<PlacedText> texts) {
        List<String> w = new ArrayList<>();
        for (PlacedText t : texts) w.add(t.text().source() + " | " + t.tooltip() + " | " + t.ink());
        return w;
    }

    /** The texts the canvas shows now against those of the graph drawn whole, with the same values. */
    private void drawnAsAWholeBuildWould() throws Exception {
        Diagram drawn = fx(() -> window.canvas().drawnDiagram());
        Diagram whole = fx(() -> Drawing.of(vm().graph(), EditorAnnotations.values(vm().graph(), vm().evaluation())).diagram());
        assertEquals(texts(whole), texts(drawn));
    }

    private Map<String, double[]> places(Diagram d) {
        Map<String, double[]> at = new LinkedHashMap<>();
        for (DiagramNode n : d.nodes()) at.put(n.id(), new double[] {n.x(), n.y()});
        return at;
    }

    @Test
    void aValueEditUpdatesTheTextsWithoutBuildingTheDrawingWhole(FxRobot robot) throws Exception {
        openBig(robot);
        long whole = fx(() -> window.canvas().diagramWholeBuilds()), updates = fx(() -> window.canvas().diagramUpdates());
        Diagram before = fx(() -> window.canvas().drawnDiagram());
        Node source = null;
        for (Node n : vm().graph().nodes()) if (n.op() == Op.INPUT) source = n;
        assertNotNull(source);
        Node edited = source;
        double v = edited.values().get(0) + 1.25;
        robot.interact(() -> vm().set(Property.value(edited), Property.Value.of(v)));
        waitUntilIdle();

        assertEquals(whole, fx(() -> window.canvas().diagramWholeBuilds()), "no drawing built whole");
        assertTrue(fx(() -> window.canvas().diagramUpdates()) > updates, "the drawing was updated");
        Diagram after = fx(() -> window.canvas().drawnDiagram());
        assertEquals(Numbers.human(v), after.node(edited.id()).value().text().source(), "the new value is drawn");
        drawnAsAWholeBuildWould();
        // nothing moved: every text of every node is where it was
        for (DiagramNode n : before.nodes()) {
            DiagramNode m = after.node(n.id());
            assertEquals(n.x(), m.x());
            assertEquals(n.value().x(), m.value().x(), n.id());
            assertEquals(n.value().y(), m.value().y(), n.id());
        }
    }

    @Test
    void addingAndRemovingANodeKeepsEveryOtherNodeWhereItWas(FxRobot robot) throws Exception {
        openBig(robot);
        long whole = fx(() -> window.canvas().diagramWholeBuilds()), updates = fx(() -> window.canvas().diagramUpdates());
        Map<String, double[]> before = places(fx(() -> window.canvas().drawnDiagram()));
        List<Node> nodes = List.copyOf(vm().graph().nodes());
        Node a = nodes.get(1200), b = nodes.get(1201);
        java.util.concurrent.atomic.AtomicReference<Node> made = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            Node added = vm().addNode(Op.ADD, a.x() + 40, a.y() + 90);
            made.set(added);
            vm().connect(a, added, null);
            vm().connect(b, added, null);
        });
        waitUntilIdle();
        assertEquals(whole, fx(() -> window.canvas().diagramWholeBuilds()), "no drawing built whole");
        assertTrue(fx(() -> window.canvas().diagramUpdates()) > updates, "the drawing was updated");
        Diagram added = fx(() -> window.canvas().drawnDiagram());
        assertEquals(2501, added.nodes().size());
        Map<String, double[]> after = places(added);
        for (Map.Entry<String, double[]> e : before.entrySet()) {
            assertEquals(e.getValue()[0], after.get(e.getKey())[0], e.getKey());
            assertEquals(e.getValue()[1], after.get(e.getKey())[1], e.getKey());
        }
        drawnAsAWholeBuildWould();

        robot.interact(() -> {
            vm().selection().set(List.of(made.get()));
            vm().deleteSelection();
        });
        waitUntilIdle();
        assertEquals(whole, fx(() -> window.canvas().diagramWholeBuilds()), "still none built whole");
        Diagram removed = fx(() -> window.canvas().drawnDiagram());
        assertEquals(2500, removed.nodes().size());
        assertEquals(vm().graph().edgeCount(), removed.edges().size());
        drawnAsAWholeBuildWould();
    }

    @Test
    void aMovedNodeHasItsTextsPlacedAgainAgainstWhatIsNearIt(FxRobot robot) throws Exception {
        openBig(robot);
        long whole = fx(() -> window.canvas().diagramWholeBuilds()), updates = fx(() -> window.canvas().diagramUpdates());
        Diagram before = fx(() -> window.canvas().drawnDiagram());
        Node n = List.copyOf(vm().graph().nodes()).get(1250);
        double x = n.x() + 30;
        robot.interact(() -> vm().execute(MoveNodes.nudge(Map.of(n, new MoveNodes.Position(x, n.y())))));
        waitUntilIdle();
        assertEquals(whole, fx(() -> window.canvas().diagramWholeBuilds()), "no drawing built whole");
        assertTrue(fx(() -> window.canvas().diagramUpdates()) > updates, "the drawing was updated");
        Diagram after = fx(() -> window.canvas().drawnDiagram());
        DiagramNode moved = after.node(n.id());
        assertEquals(before.node(n.id()).x() + 30, moved.x(), 1e-9, "the node is drawn at its new place");
        // its texts were placed again: beside its new box, clear of every other node
        for (PlacedText t : moved.texts()) {
            if (moved.inside(t)) continue;
            for (DiagramNode o : after.nodes()) {
                if (o != moved) assertTrue(!o.bounds().intersects(t.bounds()), t.text().source() + " over " + o.id());
            }
        }
        drawnAsAWholeBuildWould();
        assertTrue(after.bounds().contains(new org.chainrule.draw.Point(moved.x(), moved.y())), "the bounds hold the moved node");
    }
}
