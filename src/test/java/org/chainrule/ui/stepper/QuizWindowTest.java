package org.chainrule.ui.stepper;

import static org.chainrule.ui.stepper.StepperWindowTest.fx;
import static org.chainrule.ui.stepper.StepperWindowTest.graphFile;
import static org.chainrule.ui.stepper.StepperWindowTest.open;
import static org.chainrule.ui.stepper.StepperWindowTest.stepper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.engine.Engine;
import org.chainrule.engine.Evaluation;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Numbers;
import org.chainrule.ui.canvas.GraphCanvas;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.StandardAction;
import org.chainrule.ui.export.ExportDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quiz mode in the real editor window (headless): a number the quiz hides appears nowhere a student
 * could read it, at any position of the stepper: not on the canvas (what its painter draws and its
 * labels' tooltips), not in the explanation, the inspector, the status bar, the chain-rule window, a
 * menu or a tooltip. The hidden numbers are the engine's, shown the way the stepper shows numbers.
 */
@ExtendWith(ApplicationExtension.class)
class QuizWindowTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:e[+\\-−]?\\d+)?");

    @Test
    void hiddenValuesOfP6bShowNowhereAtAnyStep(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        Graph g = w.viewModel().graph();
        Evaluation ev = Engine.evaluate(g);
        // w·x = 0.002 and s = y = 2.002: the numbers of P6b a student computes in the forward pass
        List<Double> secrets = computedValues(g, ev);
        assertTrue(secrets.contains(ev.value(g.node("wx"))), "wx's value is one of the hidden numbers: " + secrets);
        fx(() -> {
            w.viewModel().selection().set(List.of(g.node("wx")));
            return null;
        });
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide values");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stepper(w).model().quiz().hideValues());
        openChainRule(w);
        // the inspector and the status bar show the placeholder; the chain-rule window says why it is empty
        assertEquals("?", robot.lookup("#inspector-computed-value").queryAs(TextField.class).getText());
        assertEquals("output = ?", robot.lookup("#status-result").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#chain-rule-quiz").tryQuery().isPresent());
        // exports made during the quiz offer only what it does not hide
        assertEquals(List.of(AnnotateMode.NONE, AnnotateMode.GRADS), exportChoices(w));

        assertHiddenEverywhereThenFoundRevealed(robot, secrets, ev.trace().steps().size());
        assertEquals(Numbers.human(ev.value(g.node("wx"))), robot.lookup("#inspector-computed-value").queryAs(TextField.class).getText());
        closeOtherWindows(w);
    }

    @Test
    void aQuizStartedWhileTheChainRuleIsWrittenOutTakesItsNumbersAway(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        Graph g = w.viewModel().graph();
        List<Double> secrets = computedValues(g, Engine.evaluate(g));
        // one step played (w = 0.001: nothing the quiz would hide yet), then the chain-rule window writes
        // the values out and draws them on the canvas
        fire(robot, "#stepper-forward");
        openChainRule(w);
        assertFalse(leaks(everything(), secrets).isEmpty());
        fx(() -> {
            MenuButton quiz = (MenuButton) w.scene().lookup("#stepper-quiz");
            for (MenuItem i : quiz.getItems()) if (i instanceof CheckMenuItem c && "stepper-quiz-values".equals(c.getId())) {
                // as a click does: tick it, then act
                c.setSelected(true);
                c.fire();
            }
            return null;
        });
        assertTrue(stepper(w).model().quiz().hideValues());
        assertNothingShows(secrets, "the quiz started");
        closeOtherWindows(w);
    }

    @Test
    void hiddenGradientsOfP6bShowNowhereAtAnyStep(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        Graph g = w.viewModel().graph();
        Evaluation ev = Engine.evaluate(g);
        List<Double> grads = new ArrayList<>();
        for (Node n : g.nodes()) grads.add(ev.grad(n));
        for (Quantity q : Quantity.all(g)) grads.add(ev.grad(q.key()));
        // dy/dx = 1.001 through the skip connection
        List<Double> secrets = distinctive(g, grads);
        assertTrue(secrets.contains(ev.grad(g.node("x"))), secrets.toString());
        robot.clickOn("#stepper-gradient-check");
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide gradients");
        WaitForAsyncUtils.waitForFxEvents();
        openChainRule(w);
        // an update's old → new would give the gradients away
        assertTrue(robot.lookup("#stepper-update").queryAs(Button.class).isDisabled());
        assertEquals(List.of(AnnotateMode.NONE, AnnotateMode.VALUES), exportChoices(w));
        int steps = ev.trace().steps().size();
        assertHiddenAtEveryPosition(robot, secrets, steps);
        // and back again through the backward pass
        for (int p = steps - 1; p >= ev.trace().forwardCount(); p--) {
            fire(robot, "#stepper-back");
            assertNothingShows(secrets, "back at position " + p);
        }
        fire(robot, "#stepper-end");
        revealAll(robot);
        assertFalse(leaks(everything(), secrets).isEmpty());
        closeOtherWindows(w);
    }

    @Test
    void openingAnotherFileEndsTheQuiz(FxRobot robot) throws Exception {
        MainWindow w = open("tum-p6b-skip.json");
        StepperView v = stepper(w);
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide values");
        fire(robot, "#stepper-end");
        assertEquals(StepAnnotations.HIDDEN, fx(() -> w.canvas().annotationsProperty().get().node("s").value()));
        fx(() -> {
            w.viewModel().open(graphFile("in5400-2018-dense.json"));
            return null;
        });
        Graph dense = w.viewModel().graph();
        Evaluation ev = Engine.evaluate(dense);
        assertFalse(v.model().quiz().active());
        assertEquals(0, v.model().quiz().answeredCount());
        assertFalse(robot.lookup("#stepper-quiz-panel").query().isVisible());
        MenuButton quiz = robot.lookup("#stepper-quiz").queryAs(MenuButton.class);
        for (MenuItem i : quiz.getItems()) if (i instanceof CheckMenuItem c) assertFalse(c.isSelected(), c.getText());
        // the editor shows its own values again, and the status bar the output (ŷ = 36, J = 16)
        assertNull(fx(() -> w.canvas().annotationsProperty().get()));
        assertEquals("output = " + Numbers.human(ev.value()), robot.lookup("#status-result").queryAs(Label.class).getText());
        // stepping the new graph hides nothing
        fire(robot, "#stepper-end-forward");
        assertEquals(Numbers.human(ev.value(dense.node("yhat"))), fx(() -> w.canvas().annotationsProperty().get().node("yhat").value()));
        // New ends it too
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide gradients");
        assertTrue(v.model().quiz().active());
        fx(() -> {
            w.viewModel().newGraph();
            return null;
        });
        assertFalse(v.model().quiz().active());
    }

    @Test
    void questionsAndMarksNameTheLabelsOnTheCanvas(FxRobot robot) throws Exception {
        MainWindow w = open("in5400-2018-dense.json");
        Graph g = w.viewModel().graph();
        Evaluation ev = Engine.evaluate(g);
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide values");
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide gradients");
        fire(robot, "#stepper-end");
        QuizPanel panel = robot.lookup("#stepper-quiz-panel").queryAs(QuizPanel.class);
        List<String> names = fx(panel::itemNames);
        assertTrue(names.contains("gradient of w[1]_13"), names.toString());
        assertTrue(names.contains("value of ŷ"), names.toString());
        assertTrue(names.contains("gradient at h_1"), names.toString());
        // no internal id the canvas does not show: yhat, h1, x1->h3
        for (Node n : g.nodes()) {
            if (n.displayName().equals(n.id())) continue;
            for (String name : names) assertFalse(name.matches(".*\\b" + Pattern.quote(n.id()) + "\\b.*"), name);
        }
        for (Edge e : g.edges()) for (String name : names) assertFalse(name.contains(g.key(e)), name);
        // a right answer is marked with the weight's label; ∂J/∂w[1]_13 = 16 (engine)
        Quiz.Item w13 = Quiz.item(Quiz.Kind.EDGE_GRAD, "x1->h3", 1);
        fx(() -> {
            panel.select(w13);
            return null;
        });
        robot.clickOn("#stepper-quiz-answer").write(Numbers.human(ev.grad("x1->h3")));
        robot.clickOn("#stepper-quiz-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ right: gradient of w[1]_13", panel.markText());
    }

    @Test
    void theChoiceOfNumberIsWideEnoughForEveryName(FxRobot robot) throws Exception {
        // P10b names its edges with time tags ("gradient along h_t → u·h_t (t = 2)"): the longest names
        MainWindow w = open("tum-p10b-rnn-ops.json");
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide gradients");
        fire(robot, "#stepper-end");
        QuizPanel panel = robot.lookup("#stepper-quiz-panel").queryAs(QuizPanel.class);
        javafx.scene.control.ComboBox<?> box = robot.lookup("#stepper-quiz-item").queryAs(javafx.scene.control.ComboBox.class);
        List<String> names = fx(panel::itemNames);
        assertFalse(names.isEmpty());
        double widest = fx(() -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text();
            t.setFont(javafx.scene.text.Font.getDefault());
            double m = 0;
            for (String n : names) {
                t.setText(n);
                m = Math.max(m, t.getLayoutBounds().getWidth());
            }
            return m;
        });
        assertTrue(widest > 170, "the names are long enough to have been cut at the old width: " + widest);
        double shown = fx(box::getWidth);
        assertTrue(shown >= widest + 20, "box " + shown + " px for a name of " + widest + " px");
        assertNotNull(w);
    }

    @Test
    void hiddenValuesOfTheDenseNetShowNowhere(FxRobot robot) throws Exception {
        hiddenNumbersOfTheDenseNetShowNowhere(robot, true);
    }

    @Test
    void hiddenGradientsOfTheDenseNetShowNowhere(FxRobot robot) throws Exception {
        hiddenNumbersOfTheDenseNetShowNowhere(robot, false);
    }

    /**
     * The dense net's numbers are whole and some are equal, so the numbers looked for are the hidden ones
     * no visible quantity shares (a given, or a number of the kind the quiz does not hide).
     */
    private void hiddenNumbersOfTheDenseNetShowNowhere(FxRobot robot, boolean values) throws Exception {
        MainWindow w = open("in5400-2018-dense.json");
        Graph g = w.viewModel().graph();
        Evaluation ev = Engine.evaluate(g);
        List<Double> computed = new ArrayList<>(), grads = new ArrayList<>(), given = new ArrayList<>();
        for (Node n : g.nodes()) {
            (n.op().isSource() ? given : computed).add(ev.value(n));
            grads.add(ev.grad(n));
        }
        for (Quantity q : Quantity.all(g)) {
            given.add(q.get());
            grads.add(ev.grad(q.key()));
        }
        List<Double> shown = new ArrayList<>(given);
        shown.addAll(values ? grads : computed);
        List<Double> secrets = new ArrayList<>();
        for (double v : values ? computed : grads) {
            if (shown.stream().noneMatch(x -> close(Math.abs(x), Math.abs(v))) && !secrets.contains(Math.abs(v))) secrets.add(Math.abs(v));
        }
        assertTrue(secrets.size() >= 3, "numbers to look for: " + secrets);
        robot.clickOn("#stepper-quiz");
        robot.clickOn(values ? "Hide values" : "Hide gradients");
        WaitForAsyncUtils.waitForFxEvents();
        assertHiddenEverywhereThenFoundRevealed(robot, secrets, ev.trace().steps().size());
        closeOtherWindows(w);
    }

    @Test
    void theQuizLineAndTheExplanationFitA900By600Window(FxRobot robot) throws Exception {
        MainWindow w = open("in5400-2018-dense.json");
        fx(() -> {
            w.stage().setWidth(900);
            w.stage().setHeight(600);
            return null;
        });
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide values");
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Hide gradients");
        fire(robot, "#stepper-end");
        for (int back = 0; back < 3; back++) {
            List<String> problems = fx(() -> {
                w.scene().getRoot().applyCss();
                w.scene().getRoot().layout();
                List<String> out = new ArrayList<>();
                QuizPanel panel = (QuizPanel) w.scene().lookup("#stepper-quiz-panel");
                for (javafx.scene.Node n : panel.getChildren()) {
                    if (n instanceof javafx.scene.control.Labeled l && !l.getText().isEmpty()) {
                        javafx.scene.text.Text t = (javafx.scene.text.Text) l.lookup(".text");
                        if (t == null || !t.getText().equals(l.getText())) out.add(l.getText() + " shows as " + (t == null ? null : t.getText()));
                    }
                    if (n instanceof javafx.scene.control.ComboBox<?> c) {
                        String named = panel.itemNames().get(c.getItems().indexOf(c.getValue()));
                        if (c.getTooltip() == null || !named.equals(c.getTooltip().getText())) out.add("no tooltip names " + named);
                    }
                    if (n.getBoundsInParent().getMaxX() > panel.getWidth() + 0.5) out.add(n.getId() + " runs past the panel");
                }
                javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) w.scene().lookup("#stepper-explanation-scroll");
                Label text = (Label) w.scene().lookup("#stepper-explanation");
                double view = scroll.getViewportBounds().getHeight();
                double two = org.chainrule.ui.TextLines.height(text.getFont(), 0, 2);
                if (view + 0.5 < two) out.add("the explanation shows " + view + " px, less than two lines (" + two + ")");
                int lines = 0;
                while (lines < ExplanationPanel.MAX_LINES && org.chainrule.ui.TextLines.height(text.getFont(), 0, lines + 1) <= view + 0.5) lines++;
                // whole lines: the text fits, or the pane shows its most lines and scrolls
                if (text.getHeight() > view + 0.5 && lines < ExplanationPanel.MAX_LINES) {
                    out.add("the explanation (" + text.getHeight() + " px) is cut at " + view + " px");
                }
                return out;
            });
            assertTrue(problems.isEmpty(), "at " + stepper(w).model().cursor().counter() + ": " + problems);
            fire(robot, "#stepper-back");
        }
        closeOtherWindows(w);
    }

    // ---- helpers ----

    /** The distinctive values of the computed (not given) nodes. */
    private static List<Double> computedValues(Graph g, Evaluation ev) {
        List<Double> values = new ArrayList<>();
        for (Node n : g.nodes()) if (!n.op().isSource()) values.add(ev.value(n));
        return distinctive(g, values);
    }

    /** The numbers that cannot appear in the window by coincidence: not whole, and none of the graph's given numbers. */
    private static List<Double> distinctive(Graph g, List<Double> numbers) {
        List<Double> given = new ArrayList<>();
        for (Quantity q : Quantity.all(g)) given.add(Math.abs(q.get()));
        for (Node n : g.nodes()) if (n.values() != null) for (double v : n.values()) given.add(Math.abs(v));
        List<Double> out = new ArrayList<>();
        for (double v : numbers) {
            double a = Math.abs(v);
            if (a == Math.rint(a) || given.stream().anyMatch(x -> close(x, a)) || out.contains(v)) continue;
            out.add(v);
        }
        assertFalse(out.isEmpty(), "nothing to look for in " + numbers);
        return out;
    }

    /** A number shown rounded to 4 significant digits (or more) is within 5·10⁻⁴ of the number. */
    private static boolean close(double shown, double secret) {
        return Math.abs(shown - secret) <= 5e-4 * secret + 1e-12;
    }

    /** Steps from the start to the end, and at every position no secret shows anywhere in the window. */
    private static void assertHiddenAtEveryPosition(FxRobot robot, List<Double> secrets, int steps) throws Exception {
        for (int p = 0; p <= steps; p++) {
            assertNothingShows(secrets, "position " + p);
            if (p < steps) fire(robot, "#stepper-forward");
        }
    }

    /** As {@link #assertHiddenAtEveryPosition}; then, everything revealed, the same scan finds the secrets (it can see what it looks for). */
    private static void assertHiddenEverywhereThenFoundRevealed(FxRobot robot, List<Double> secrets, int steps) throws Exception {
        assertHiddenAtEveryPosition(robot, secrets, steps);
        revealAll(robot);
        assertFalse(leaks(everything(), secrets).isEmpty());
    }

    private static void assertNothingShows(List<Double> secrets, String where) throws Exception {
        WindowTexts t = everything();
        List<String> found = leaks(t, secrets);
        assertTrue(found.isEmpty(), where + ": hidden numbers " + secrets + " show in " + found);
        assertTrue(t.all().stream().anyMatch(s -> s[0].startsWith("painted on graph-canvas")), "the canvas painted nothing");
    }

    private static List<String> leaks(WindowTexts t, List<Double> secrets) {
        List<String> out = new ArrayList<>();
        for (String[] s : t.all()) {
            // names of files, the graph's size and the step counter hold whole numbers that are no quiz's
            if (s[1].matches("(?s).*\\.(json|txt)\\b.*|\\d+ nodes?, \\d+ edges?|step \\d+ of \\d+ — .*")) continue;
            Matcher m = NUMBER.matcher(s[1]);
            while (m.find()) {
                double v = Double.parseDouble(m.group().replace('−', '-'));
                for (double secret : secrets) {
                    if (close(v, Math.abs(secret))) out.add(s[0] + ": \"" + s[1] + "\"");
                }
            }
        }
        return out;
    }

    /** Every text of every window, with what each canvas paints on its next frame. */
    private static WindowTexts everything() throws Exception {
        WindowTexts first = fx(WindowTexts::scan);
        Map<GraphCanvas, List<String>> painted = new LinkedHashMap<>();
        Map<GraphCanvas, Long> frames = new LinkedHashMap<>();
        fx(() -> {
            for (GraphCanvas c : first.canvases()) {
                List<String> l = Collections.synchronizedList(new ArrayList<>());
                painted.put(c, l);
                frames.put(c, c.framesPainted());
                c.setTextSink(l::add);
            }
            return null;
        });
        for (int i = 0; i < 100; i++) {
            boolean all = fx(() -> painted.keySet().stream().allMatch(c -> c.framesPainted() > frames.get(c)));
            if (all) break;
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return fx(() -> {
            WindowTexts t = WindowTexts.scan();
            for (Map.Entry<GraphCanvas, List<String>> e : painted.entrySet()) {
                e.getKey().setTextSink(null);
                t.painted(e.getKey(), List.copyOf(e.getValue()));
            }
            return t;
        });
    }

    private static void fire(FxRobot robot, String id) throws Exception {
        Button b = robot.lookup(id).queryAs(Button.class);
        fx(() -> {
            b.fire();
            return null;
        });
    }

    private static void revealAll(FxRobot robot) {
        robot.clickOn("#stepper-quiz");
        robot.clickOn("Reveal all known numbers");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openChainRule(MainWindow w) throws Exception {
        fx(() -> {
            w.actions().menuItem(StandardAction.CHAIN_RULE).fire();
            return null;
        });
    }

    /** The choices of numbers the Export dialog offers now. */
    private static List<AnnotateMode> exportChoices(MainWindow w) throws Exception {
        return fx(() -> {
            ExportDialog d = new ExportDialog(w.stage(), w.viewModel().graph(), org.chainrule.ui.export.ExportSettings.DEFAULT, w.viewModel().hiddenNumbers());
            ChoiceBox<?> c = (ChoiceBox<?>) d.getDialogPane().lookup("#export-annotate");
            return c.getItems().stream().map(AnnotateMode.class::cast).toList();
        });
    }

    private static void closeOtherWindows(MainWindow w) throws Exception {
        fx(() -> {
            for (Window win : List.copyOf(Window.getWindows())) if (win != w.stage() && win instanceof javafx.stage.Stage s) s.close();
            return null;
        });
    }
}
