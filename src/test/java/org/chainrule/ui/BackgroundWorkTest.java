package org.chainrule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chainrule.bench.RandomLayeredGraph;
import org.chainrule.edit.MoveNodes;
import org.chainrule.model.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.chainrule.ui.files.AppFiles;

/** Long work in the real window: off the FX thread, cancellable, failures shown, newest result wins. */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkTest {
    @TempDir
    static Path home;
    private static Path big;

    private MainWindow window;

    @BeforeAll
    static void files() throws IOException {
        System.setProperty("chainrule.home", home.resolve("home").toString());
        big = home.resolve("big-2500.json");
        // above the editor's threshold for background work (1,000 nodes, 100 KB), small enough for a busy machine
        new RandomLayeredGraph(2500, 3).write(big);
    }

    @Start
    void start(Stage stage) {
        AppFiles.standard().clearRecovery();
        window = ChainruleApp.open(stage, List.of());
        stage.show();
    }

    private EditorViewModel vm() { return window.viewModel(); }

    /** Opens the 2,500-node file and waits (at most three minutes) until it is laid out, evaluated and drawn. */
    private void openBig(FxRobot robot) {
        robot.interact(() -> assertTrue(window.files().open(big, false)));
        // the work may not have started when open returns: wait for the big graph's drawing itself, then idle
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.canvas().drawnDiagram() != null
                    && window.canvas().drawnDiagram().nodes().size() == 2500).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the big graph was not drawn in three minutes", e);
        }
        waitUntilIdle();
        assertEquals(2500, vm().graph().nodeCount());
    }

    private void waitUntilIdle() {
        try {
            // asked on the FX thread, where the properties change
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !vm().work().runningProperty().get()
                    && !vm().evaluations().runningProperty().get() && !window.canvas().drawing().runningProperty().get()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish in three minutes", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, double[]> positions() {
        Map<String, double[]> at = new HashMap<>();
        for (Node n : vm().graph().nodes()) at.put(n.id(), new double[] {n.x(), n.y()});
        return at;
    }

    @Test
    void openingABigGraphBuildsItsDrawingOnce(FxRobot robot) throws Exception {
        long before = WaitForAsyncUtils.asyncFx(() -> window.canvas().diagramBuilds()).get();
        openBig(robot);
        long built = WaitForAsyncUtils.asyncFx(() -> window.canvas().diagramBuilds()).get() - before;
        assertEquals(1, built, "open to first frame builds the drawing once");
        // and that drawing is the whole graph with its values (the evaluation arrived before it was built)
        assertNotEquals(null, vm().evaluation());
        org.chainrule.draw.Diagram d = WaitForAsyncUtils.asyncFx(() -> window.canvas().drawnDiagram()).get();
        assertEquals(2500, d.nodes().size());
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> window.canvas().diagramBuilds()).get() - before, "and not again");
    }

    @Test
    void aBigGraphIsLaidOutOffTheFxThreadWhichStaysResponsive(FxRobot robot) throws Exception {
        openBig(robot);
        for (Node n : vm().graph().nodes()) assertTrue(n.hasPosition(), n.id());
        assertNotEquals(null, vm().evaluation(), vm().messageProperty().get() + " " + vm().problems());

        // move everything away, so that a finished layout would visibly change the positions
        robot.interact(() -> {
            Map<Node, MoveNodes.Position> to = new LinkedHashMap<>();
            for (Node n : vm().graph().nodes()) to.put(n, new MoveNodes.Position(n.x() * 2 + 1000, n.y() + 7));
            vm().execute(new MoveNodes(to, "Spread"));
        });
        Map<String, double[]> moved = positions();
        AtomicBoolean runningWhenAsked = new AtomicBoolean();
        AtomicBoolean progressSeen = new AtomicBoolean();
        CountDownLatch answered = new CountDownLatch(1);
        robot.interact(() -> {
            vm().work().phaseProperty().addListener((o, a, b) -> {
                if (b.contains("reducing crossings") && vm().work().runningProperty().get()) progressSeen.set(true);
            });
            vm().autoLayout();
            // posted after the layout started and before it can post its result: runs while it works
            Platform.runLater(() -> {
                runningWhenAsked.set(vm().work().runningProperty().get());
                answered.countDown();
            });
        });
        assertTrue(answered.await(5, TimeUnit.SECONDS), "the FX thread answers while the layout runs");
        assertTrue(runningWhenAsked.get(), "the layout was still running when the FX thread answered");
        waitUntilIdle();
        assertTrue(progressSeen.get(), "the status bar was told the layout's phases while it ran");
        assertEquals("Auto layout", vm().history().undoName());
        Node some = vm().graph().nodes().iterator().next();
        assertNotEquals(moved.get(some.id())[0], some.x(), "the layout was applied");
    }

    @Test
    void cancellingALayoutLeavesTheGraphAsItWas(FxRobot robot) {
        openBig(robot);
        robot.interact(() -> {
            Map<Node, MoveNodes.Position> to = new LinkedHashMap<>();
            for (Node n : vm().graph().nodes()) to.put(n, new MoveNodes.Position(n.x() + 3000, n.y() * 3));
            vm().execute(new MoveNodes(to, "Spread"));
        });
        Map<String, double[]> before = positions();
        AtomicBoolean cancelledMidway = new AtomicBoolean();
        robot.interact(() -> {
            // Cancel pressed as soon as the status bar shows the layout at work
            vm().work().phaseProperty().addListener((o, a, b) -> {
                if (b.contains("reducing crossings") && !cancelledMidway.get()) {
                    cancelledMidway.set(true);
                    javafx.scene.control.Button cancel = robot.lookup("#status-cancel").queryButton();
                    assertTrue(cancel.isVisible() && !cancel.isDisabled());
                    cancel.fire();
                }
            });
            vm().autoLayout();
        });
        waitUntilIdle();
        assertTrue(cancelledMidway.get());
        assertFalse(vm().work().runningProperty().get());
        assertEquals("Spread", vm().history().undoName(), "no layout step in the history");
        for (Node n : vm().graph().nodes()) {
            assertEquals(before.get(n.id())[0], n.x(), n.id());
            assertEquals(before.get(n.id())[1], n.y(), n.id());
        }
        assertTrue(vm().messageProperty().get().endsWith("cancelled"), vm().messageProperty().get());

        // cancelling an open keeps the graph that was open
        Object shown = vm().graph();
        robot.interact(() -> {
            window.files().open(big, false);
            vm().work().cancel();
        });
        waitUntilIdle();
        assertTrue(vm().graph() == shown, "still the same graph");
    }

    @Test
    void aFailureInBackgroundWorkBecomesAnAlertAndAStatusLine(FxRobot robot) throws IOException {
        // big enough to be read in the background, broken at its very end
        String text = Files.readString(big);
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, text.substring(0, text.length() - 20));
        robot.interact(() -> window.files().open(broken, false));
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no alert", e);
        }
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Cannot open broken.json", alert.getHeaderText());
        assertTrue(alert.getContentText().contains("broken.json"), alert.getContentText());
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Cannot open broken.json: "));

        // an Error (here a stack overflow) is caught and told the same way, never thrown on a thread
        AtomicReference<String> told = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> {
            BackgroundWork w = new BackgroundWork();
            w.setOnError((what, why) -> {
                told.set(what + ": " + why);
                done.countDown();
            });
            w.start("Deep work", "Cannot lay out", p -> { throw new StackOverflowError(); }, r -> { });
        });
        try {
            assertTrue(done.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals("Cannot lay out: the graph is too deep for this operation (stack overflow)", told.get());
    }

    @Test
    void anOlderResultArrivingLateNeverOverwritesANewerOne(FxRobot robot) throws Exception {
        List<String> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        BackgroundWork w = new BackgroundWork();
        robot.interact(() -> {
            w.start("old", "old failed", p -> {
                release.await();
                return "old";
            }, applied::add);
            w.start("new", "new failed", p -> "new", applied::add);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.contains("new"));
        release.countDown();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("new"), applied);
        assertFalse(w.runningProperty().get());
    }

    @Test
    void aNodeMovedInABigGraphIsShownAtItsNewPlaceWhileTheNewDrawingIsBuilt(FxRobot robot) throws Exception {
        openBig(robot);
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                org.chainrule.draw.Diagram d = window.canvas().drawnDiagram();
                return d != null && d.nodes().size() == 2500 && !window.canvas().drawing().runningProperty().get();
            }).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the drawing did not arrive in three minutes", e);
        }
        Node n = List.copyOf(vm().graph().nodes()).get(1250);
        double x = n.x() + 30;
        org.chainrule.draw.Diagram shown = WaitForAsyncUtils.asyncFx(() -> {
            vm().execute(MoveNodes.nudge(Map.of(n, new MoveNodes.Position(x, n.y()))));
            return window.canvas().diagram();
        }).get();
        assertEquals(x, shown.node(n.id()).x(), 1e-6, "the nudge shows at once");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.canvas().drawing().runningProperty().get()).get(),
                "while the full drawing is built in the background");
    }
}
