package org.chainrule.ui.stepper;

import org.chainrule.ShippedGraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.engine.Step;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
import org.chainrule.ui.ChainruleApp;
import org.chainrule.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the stepper in the real editor window (headless): the toolbar's buttons and keys, the labels
 * the canvas is given to draw and the explanation panel, on the exam graphs of graphs/.
 */
@ExtendWith(ApplicationExtension.class)
class StepperWindowTest {

    /** Recent files and crash recovery go to a folder of this test run, never to the user's ~/.chainrule. */
    @org.junit.jupiter.api.BeforeAll
    static void privateHome() throws Exception {
        System.setProperty("chainrule.home", java.nio.file.Files.createTempDirectory("chainrule-stepper-test").toString());
    }

    static Path graphFile(String name) {
        return ShippedGraphs.path(name);
    }

    /** Opens the file in a fresh editor window with the stepper installed; animations off. */
    @Test
    void steppingNeverMovesTheControlsAfterTheCounter(FxRobot robot) throws Exception {
        // "step 0 of 12 — start" and "step 12 of 12 — backward" take the same room: Unrolled stays put
        assertControlsStayPut("tum-p6b-skip.json", 12);
        // with time steps: "step 0 of 36 — start · t = 1 of 2" before the first step as after it
        assertControlsStayPut("tum-p10b-rnn-ops.json", 36);
    }

    @Test
    void theZoomStaysWhenSteppingStarts(FxRobot robot) throws Exception {
        // the picture before stepping is framed for the labels of every position: the first step does not zoom
        for (String file : List.of("tum-p6b-skip.json", "in5400-2018-dense.json", "tum-p10b-rnn-ops.json")) {
            MainWindow w = open(file);
            double before = fx(() -> w.canvas().zoom());
            org.chainrule.draw.Point corner = fx(() -> w.canvas().toDiagram(0, 0));
            fx(() -> stepper(w).model().forward());
            assertEquals(before, fx(() -> w.canvas().zoom()), 1e-9, file);
            // nor does it move
            assertEquals(corner, fx(() -> w.canvas().toDiagram(0, 0)), file);
            for (int i = 0; i < 5; i++) fx(() -> stepper(w).model().forward());
            assertEquals(before, fx(() -> w.canvas().zoom()), 1e-9, file);
            fx(() -> { stepper(w).model().toEnd(); return null; });
            assertEquals(before, fx(() -> w.canvas().zoom()), 1e-9, file);
        }
    }

    @Test
    void theUnrolledViewIsReadableAndFollowsEveryStep(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p10b-rnn-ops.json");
        StepperView v = stepper(w);
        robot.clickOn("#stepper-unrolled");
        WaitForAsyncUtils.waitForFxEvents();
        org.chainrule.ui.canvas.GraphCanvas c = (org.chainrule.ui.canvas.GraphCanvas) w.scene().lookup("#stepper-unrolled-canvas");
        double zoom = fx(c::zoom);
        boolean whole = fx(c::showsAll);
        assertTrue(whole || zoom >= StepperFraming.READABLE_ZOOM, "unrolled view at zoom " + zoom);
        // the status bar tells the zoom of the canvas in view
        assertEquals("zoom " + Math.round(zoom * 100) + "%", robot.lookup("#status-zoom").queryAs(Label.class).getText());
        int steps = fx(() -> v.model().cursor().size());
        for (int p = 1; p <= steps; p++) {
            fx(() -> v.model().forward());
            assertStepInView(v, c, "step " + p);
            // the view pans along, it does not zoom (not even when the chart takes its room at the end)
            assertEquals(zoom, fx(c::zoom), 1e-9, "step " + p);
        }
        assertTrue(fx(() -> v.model().atEnd()));
    }

    @Test
    void aGraphTooSmallToReadIsZoomedInAtTheFirstStepAndFollowed(FxRobot robot) throws Exception {
        // the vector LSTM fits its window at well under 60 %: stepping reads it at 80 % and pans along
        MainWindow w = open("tum-p10c-lstm-vectors.json");
        StepperView v = stepper(w);
        double fitted = fx(() -> w.canvas().zoom());
        assertTrue(fitted < StepperFraming.LEGIBLE_ZOOM, "fitted at " + fitted);
        int steps = fx(() -> v.model().cursor().size());
        for (int p = 1; p <= steps; p += 7) {
            int at = p;
            fx(() -> { v.model().seek(at); return null; });
            assertEquals(StepperFraming.READABLE_ZOOM, fx(() -> w.canvas().zoom()), 1e-9, "step " + p);
            assertStepInView(v, w.canvas(), "step " + p);
        }
    }

    /** The node of the stepper's current step lies whole in the visible part of canvas {@code c}. */
    private static void assertStepInView(StepperView v, org.chainrule.ui.canvas.GraphCanvas c, String what) throws Exception {
        String id = fx(() -> v.model().stateProperty().get().step().nodeId());
        org.chainrule.draw.Rect box = fx(() -> c.diagram().node(id).bounds());
        org.chainrule.draw.Point tl = fx(() -> c.toDiagram(0, 0)), br = fx(() -> c.toDiagram(c.getWidth(), c.getHeight()));
        assertTrue(box.x() >= tl.x() && box.right() <= br.x() && box.y() >= tl.y() && box.bottom() <= br.y(),
                what + ": " + id + " at " + box + " is out of the view " + tl + " – " + br);
    }

    private static void assertControlsStayPut(String file, int steps) throws Exception {
        MainWindow w = open(file);
        StepperView v = stepper(w);
        javafx.scene.Node unrolled = w.scene().lookup("#stepper-unrolled");
        java.util.Set<Double> xs = new java.util.TreeSet<>();
        for (int p = 0; p <= steps; p++) {
            int at = p;
            xs.add(fx(() -> {
                if (at > 0) v.model().forward();
                w.scene().getRoot().applyCss();
                w.scene().getRoot().layout();
                return unrolled.localToScene(0, 0).getX();
            }));
        }
        assertEquals(1, xs.size(), "Unrolled moved while stepping " + file + ": " + xs);
        assertTrue(fx(() -> v.model().atEnd()), file + " was not stepped to its end");
    }

    static MainWindow open(String name) throws Exception {
        // a home of its own: an autosave of an earlier test's window must not be offered as a recovery here
        System.setProperty("chainrule.home", java.nio.file.Files.createTempDirectory("chainrule-stepper-test").toString());
        MainWindow w = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            MainWindow mw = opened(ChainruleApp.openEditor(stage, List.of(graphFile(name).toString())));
            stage.show();
            return mw;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        stepper(w).setAnimate(false);
        return w;
    }

    /** The stepper of each window {@link #open} made. */
    private static final java.util.Map<MainWindow, StepperView> STEPPERS = new java.util.WeakHashMap<>();

    static StepperView stepper(MainWindow w) { return STEPPERS.get(w); }

    /** The window of {@code editor}, whose stepper {@link #stepper} then finds. */
    static MainWindow opened(ChainruleApp.Editor editor) {
        STEPPERS.put(editor.window(), editor.stepper());
        return editor.window();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(c).get();
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    private static Annotations drawn(MainWindow w) throws Exception {
        return fx(() -> w.canvas().annotationsProperty().get());
    }

    private static String explanation(FxRobot robot) {
        return robot.lookup("#stepper-explanation").queryAs(Label.class).getText().replace(ExplanationPanel.GLUE, ' ');
    }

    @Test
    void stepsThroughTumP6b(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        List<Step> steps = Engine.evaluate(GraphFile.read(graphFile("tum-p6b-skip.json"))).trace().steps();
        // before the first step the editor shows its own values
        assertEquals(null, drawn(w));
        for (int i = 0; i < 6; i++) robot.clickOn("#stepper-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 6 of 12 — forward", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        assertEquals(steps.get(5).text(), explanation(robot));
        Annotations a = drawn(w);
        // forward values on the edges: x = 2 goes into wx and s, s = 2.002 into y
        assertEquals("2", a.edge("x->s").value());
        assertEquals("2", a.edge("x->wx").value());
        assertEquals("2.002", a.edge("s->y").value());
        assertEquals("2.002", a.node("y").value());
        assertEquals(null, a.edge("x->s").grad());
        robot.clickOn("#stepper-end");
        WaitForAsyncUtils.waitForFxEvents();
        a = drawn(w);
        assertEquals(steps.get(11).text(), explanation(robot));
        assertEquals("1", a.edge("x->s").grad());
        assertEquals("0.001", a.edge("x->wx").grad());
        // the skip connection: x's gradient is written as the sum of its two consumers' contributions
        assertEquals("0.001 + 1 = 1.001", a.node("x").grad());
        assertEquals("step 12 of 12 — backward", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        // ← steps back, and the gradient on x disappears again
        robot.clickOn("#stepper-explanation");
        robot.push(javafx.scene.input.KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 11 of 12 — backward", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        assertEquals(steps.get(10).text(), explanation(robot));
    }

    @Test
    void stepsThroughTheIn5400DenseNet(FxRobot robot) throws Exception {
        MainWindow w = open("in5400-2018-dense.json");
        Graph g = GraphFile.read(graphFile("in5400-2018-dense.json"));
        Evaluation ev = Engine.evaluate(g);
        List<Step> steps = ev.trace().steps();
        robot.clickOn("#stepper-end-forward");
        WaitForAsyncUtils.waitForFxEvents();
        Annotations a = drawn(w);
        assertEquals(steps.get(ev.trace().forwardCount() - 1).text(), explanation(robot));
        // ŷ = 36 (docs/exam-graphs.md), carried into J
        assertEquals("36", a.node("yhat").value());
        assertEquals("36", a.edge("yhat->J").value());
        // hidden unit 2: h2 = 0 + 1·1 − 1·3 = −2
        assertEquals("−2", a.edge("h2->yhat").value());
        // step through the backward pass to its end, one click per node
        for (int i = 0; i < g.nodeCount(); i++) robot.clickOn("#stepper-forward");
        WaitForAsyncUtils.waitForFxEvents();
        a = drawn(w);
        assertEquals(steps.get(steps.size() - 1).text(), explanation(robot).split("\n")[0]);
        // ∂J/∂w[2]_21 = 8·h2 = −16 and ∂J/∂w[1]_13 = 16 on their edges (docs/exam-graphs.md)
        // (an edge into a neuron is a weight and shows ∂J/∂weight)
        assertEquals("−16", a.edge("h2->yhat").grad());
        assertEquals("16", a.edge("x1->h3").grad());
        // ∂J/∂b[1]_2 = ∂J/∂h2 = 8 with the identity activation; ∂J/∂x1 sums its three consumers
        assertEquals("8", a.node("h2").grad());
        assertEquals("48 + 8 + 48 = 104", a.node("x1").grad());
    }

    @Test
    void stepsTumP10bUnrolled(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p10b-rnn-ops.json");
        StepperView v = stepper(w);
        robot.clickOn("#stepper-unrolled");
        WaitForAsyncUtils.waitForFxEvents();
        Graph shown = fx(() -> v.model().shownGraphProperty().get());
        assertNotNull(shown.node("h_t2"));
        robot.clickOn("#stepper-end");
        WaitForAsyncUtils.waitForFxEvents();
        Annotations a = fx(() -> v.model().annotations());
        Graph folded = GraphFile.read(graphFile("tum-p10b-rnn-ops.json"));
        Evaluation ev = Engine.evaluate(folded);
        // the unrolled output equals the folded y_2, and the shared u sums both steps' contributions
        assertEquals(org.chainrule.ops.Numbers.human(ev.value()), a.node("y_t2").value());
        String u = a.node("u").grad();
        assertTrue(u.endsWith("= " + org.chainrule.ops.Numbers.human(ev.grad("u"))), u);
        assertTrue(u.contains(" + ") || u.contains(" − "), u);
        // back to the folded view
        robot.clickOn("#stepper-unrolled");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(folded.nodeCount(), fx(() -> v.model().shownGraphProperty().get().nodeCount()));
    }

    @Test
    void quizMarksARightAndAWrongAnswer(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        StepperView v = stepper(w);
        fx(() -> {
            v.model().setQuiz(false, true);
            v.model().toEnd();
            return null;
        });
        Annotations a = drawn(w);
        assertEquals(StepAnnotations.HIDDEN, a.node("x").grad());
        QuizPanel panel = robot.lookup("#stepper-quiz-panel").queryAs(QuizPanel.class);
        Quiz.Item x = Quiz.item(Quiz.Kind.GRAD, "x", 1);
        fx(() -> {
            panel.select(x);
            return null;
        });
        // dy/dx = 1.001 with the skip connection; 0.001 is P6a's answer
        robot.clickOn("#stepper-quiz-answer").write("0.001");
        robot.clickOn("#stepper-quiz-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.markText().startsWith("✗"), panel.markText());
        assertEquals("✗ 0.001", drawn(w).node("x").grad());
        robot.clickOn("#stepper-quiz-answer").write("1.001");
        robot.clickOn("#stepper-quiz-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.markText().startsWith("✓"), panel.markText());
        assertTrue(drawn(w).node("x").grad().startsWith("✓ 1.001"), drawn(w).node("x").grad());
        // the others stay hidden until revealed
        assertEquals(StepAnnotations.HIDDEN, drawn(w).edge("x->s").grad());
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Reveal all known numbers");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", drawn(w).edge("x->s").grad());
    }

    @Test
    void editingResetsAndUpdateIsUndoable(FxRobot robot) throws Exception {
        MainWindow w = open("in5400-2018-dense.json");
        robot.clickOn("#stepper-end");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 16 of 16 — backward", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        // one gradient-descent step with lr = 2 (docs/exam-graphs.md): b[1]_2 = 0 − 2·8 = −16, w[1]_13 = 3 − 2·16 = −29
        robot.doubleClickOn("#stepper-lr").eraseText(4).write("2");
        robot.clickOn("#stepper-update");
        WaitForAsyncUtils.waitForFxEvents();
        Graph g = w.viewModel().graph();
        assertEquals(-16, g.node("h2").bias(), 1e-12);
        assertEquals(-29, g.edge("x1->h3").weight(), 1e-12);
        assertTrue(drawn(w).edge("x1->h3").weight().endsWith("3 → −29"), drawn(w).edge("x1->h3").weight());
        assertEquals("step 0 of 16 — start", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        // the update is one step of the editor's history
        fx(() -> {
            w.viewModel().undo();
            return null;
        });
        assertEquals(0, w.viewModel().graph().node("h2").bias(), 1e-12);
        assertEquals(3, w.viewModel().graph().edge("x1->h3").weight(), 1e-12);
        // any edit starts the stepper over and gives the canvas back to the editor
        robot.clickOn("#stepper-end");
        fx(() -> {
            w.viewModel().set(org.chainrule.edit.Property.bias(w.viewModel().graph().node("h1")), 2.0);
            return null;
        });
        assertEquals("step 0 of 16 — start", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        assertEquals(null, drawn(w));
        robot.clickOn("#stepper-end-forward");
        WaitForAsyncUtils.waitForFxEvents();
        // h1 = 2 + 2·1 + 2·3 = 10, so ŷ = 36 + 3 = 39
        assertEquals("39", drawn(w).node("yhat").value());
    }

    @Test
    void spacePlaysToTheEndWithTheTravelAnimation(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        StepperView v = stepper(w);
        fx(() -> {
            v.setAnimate(true);
            v.player().speedProperty().set(StepperPlayer.MAX_SPEED);
            return null;
        });
        robot.push(javafx.scene.input.KeyCode.SPACE);
        assertTrue(fx(() -> v.player().playing()));
        // 12 steps at 8 per second; give the (slow, shared) machine ample time
        long until = System.currentTimeMillis() + 20_000;
        while (fx(() -> !v.model().atEnd()) && System.currentTimeMillis() < until) Thread.sleep(100);
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals("step 12 of 12 — backward", robot.lookup("#stepper-counter").queryAs(Label.class).getText());
        assertTrue(!fx(() -> v.player().playing()), "playing stops at the end");
        // after the last dot arrived the canvas shows every label
        assertEquals("0.001 + 1 = 1.001", drawn(w).node("x").grad());
        assertEquals("1", drawn(w).edge("x->s").grad());
    }
}
