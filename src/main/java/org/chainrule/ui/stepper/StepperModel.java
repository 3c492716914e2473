package org.chainrule.ui.stepper;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.chainrule.draw.Annotations;
import org.chainrule.engine.GraphException;
import org.chainrule.engine.TaggedText;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.StepState;
import org.chainrule.engine.Trainer;
import org.chainrule.engine.Unroller;
import org.chainrule.model.Graph;

/**
 * The stepper's view model: the graph being stepped (the editor's graph, or its unrolled copy), a
 * {@link StepCursor} over its recorded evaluation, the options (unrolled view, gradient check, quiz) and
 * what the canvas should draw. It uses JavaFX properties but no controls, so it is tested without a
 * window. Every number comes from the cursor's recorded pass; moving never re-evaluates.
 */
public final class StepperModel {
    private Graph source;
    private Graph shown;
    private StepCursor cursor;
    private List<Trainer.Update> updates;
    private final StepperTraining training = new StepperTraining();
    private boolean updating;
    /** Whether the graph changed since the cursor was built (it is then built on first use). */
    private boolean stale;
    /** Whether the stepper draws on the canvas; until the first step the editor shows its own values. */
    private boolean active;
    private final Quiz quiz = new Quiz();
    private final TangentMode tangents = new TangentMode();
    private String target; // the node the reverse pass is seeded at (Differentiate this); null: the output

    private final BooleanProperty unrolled = new SimpleBooleanProperty(this, "unrolled", false);
    private final BooleanProperty gradientCheck = new SimpleBooleanProperty(this, "gradientCheck", false);
    private final ReadOnlyObjectWrapper<Annotations> annotations = new ReadOnlyObjectWrapper<>(this, "annotations");
    private final ReadOnlyObjectWrapper<Graph> shownGraph = new ReadOnlyObjectWrapper<>(this, "shownGraph");
    private final ReadOnlyObjectWrapper<StepState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper quizChanges =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "quizChanges");
    private final ReadOnlyBooleanWrapper recurrent = new ReadOnlyBooleanWrapper(this, "recurrent", false);
    private final GradientCheck check = new GradientCheck(gradientCheck, this::publish);

    public StepperModel() {
        unrolled.addListener((o, was, on) -> rebuild(true));
        gradientCheck.addListener((o, was, on) -> publish());
        tangents.onChange(() -> move(() -> true));
    }

    /**
     * Steps this graph from the start (called when a graph is opened and after every edit). The graph is
     * copied: later edits never change a recorded pass half way through playing it.
     */
    public void setGraph(Graph g) {
        // an edit by hand starts training afresh (no momentum carried over); our own update keeps it
        if (!updating) training.restart();
        source = g;
        active = updating;
        quiz.clear();
        updates = null;
        if (updating || unrolled.get() || quiz.active()) {
            rebuild(false);
        } else {
            // evaluated only when the stepper is used: editing a big graph stays as fast as the editor alone
            stale = true;
            cursor = null;
            check.clear();
            problem.set("");
            shown = source;
            recurrent.set(source != null && isRecurrent(source));
            ready.set(source != null);
            shownGraph.set(shown);
            publish();
        }
    }

    /**
     * Another document (opened, new, imported): the quiz ends, so nothing of it is hidden or marked in
     * the next graph, and the stepper starts over on it.
     */
    public void newDocument(Graph g) {
        quiz.end();
        setGraph(g);
        quizChanged();
    }

    /** Builds the cursor if the graph changed since; false when the graph cannot be stepped. */
    private boolean ensure() {
        if (stale) {
            stale = false;
            rebuild(false);
        }
        return cursor != null;
    }

    /**
     * Applies an update's new numbers to the editor's graph; the default sets them directly, the window
     * runs them through the editor's history so Undo takes the step back.
     */
    public void setApplier(Consumer<List<Trainer.Update>> a) { training.setApplier(a); }

    private void rebuild(boolean keepPhase) {
        stale = false;
        double fraction = cursor == null ? 0 : phaseFraction();
        boolean wasBackward = cursor != null && cursor.position() > cursor.forwardCount();
        boolean atEnd = cursor != null && cursor.atEnd() && !cursor.atStart();
        cursor = null;
        check.clear();
        problem.set("");
        recurrent.set(source != null && isRecurrent(source));
        if (source == null) {
            shown = null;
        } else {
            try {
                Graph copy = source.copy();
                shown = unrolled.get() && recurrent.get() ? Unroller.unroll(copy) : copy;
                cursor = Positions.reverse(shown, target);
                tangents.setEvaluation(shown, cursor.evaluation());
            } catch (GraphException | IllegalArgumentException e) {
                problem.set("Cannot step this graph: " + e.getMessage());
                shown = source;
            }
        }
        if (cursor != null && keepPhase) {
            // the other view has a different number of steps: keep the phase and how far into it
            int start = wasBackward ? cursor.forwardCount() : 0;
            int length = wasBackward ? cursor.size() - cursor.forwardCount() : cursor.forwardCount();
            cursor.seek(atEnd ? cursor.size() : start + (int) Math.round(fraction * length));
        }
        ready.set(cursor != null);
        shownGraph.set(shown);
        publish();
    }

    private double phaseFraction() {
        int p = cursor.position(), f = cursor.forwardCount();
        if (p <= f) return f == 0 ? 0 : (double) p / f;
        int b = cursor.size() - f;
        return b == 0 ? 0 : (double) (p - f) / b;
    }

    /** Whether the graph reads anything through a delayed edge (has something to unroll). */
    static boolean isRecurrent(Graph g) { return org.chainrule.draw.StepDiagram.isRecurrent(g); }

    // ---- moving ----

    public boolean forward() { return move(() -> positions().forward()); }

    public boolean back() { return move(() -> positions().back()); }

    public void reset() { move(() -> { positions().reset(); return true; }); }

    public void toEndOfForward() { move(() -> { positions().toEndOfForward(); return true; }); }

    public void toEnd() { move(() -> { positions().toEnd(); return true; }); }

    public void seek(int p) { move(() -> { positions().seek(p); return true; }); }

    private Positions positions() { return tangents.on() ? tangents : Positions.of(cursor); }

    TangentMode tangentMode() { return tangents; }

    /** Seeds the reverse pass at node {@code id} (null: the output) and starts over (right-click ▸ Differentiate this). */
    public void differentiate(String id) {
        target = id;
        tangents.onProperty().set(false);
        rebuild(false);
        move(() -> true);
    }

    private boolean move(java.util.function.BooleanSupplier action) {
        if (!ensure()) return false;
        boolean moved = action.getAsBoolean();
        updates = null;
        active = true;
        publish();
        return moved;
    }

    public boolean atEnd() { return cursor != null ? positions().atEnd() : source == null; }

    public boolean atStart() { return cursor == null || positions().atStart(); }

    /** The cursor over the shown graph (built on first use), or null when the graph cannot be evaluated. */
    public StepCursor cursor() {
        ensure();
        return cursor;
    }

    // ---- options ----

    /** Show the unrolled graph (one copy per time step) instead of the drawn, folded one. */
    public BooleanProperty unrolledProperty() { return unrolled; }

    /** Show the central finite-difference estimate beside each key's gradient. */
    public BooleanProperty gradientCheckProperty() { return gradientCheck; }

    /**
     * Where the check of a big graph runs (the window passes its long-work runner: the status bar then
     * shows its progress and Cancel, which switches the check off).
     */
    public void setWork(org.chainrule.ui.BackgroundWork work) { check.setWork(work); }

    GradientCheck check() { return check; }

    public Quiz quiz() { return quiz; }

    /** Hides values and/or gradients for the student to fill in. */
    public void setQuiz(boolean hideValues, boolean hideGrads) {
        quiz.setHideValues(hideValues);
        quiz.setHideGrads(hideGrads);
        if (quiz.active()) {
            active = true;
            ensure();
        }
        publish();
        quizChanged();
    }

    /** Counts every change of the quiz (turned on or off, answered, revealed, ended): listen to it to hide or show numbers. */
    public javafx.beans.property.ReadOnlyIntegerProperty quizChangesProperty() { return quizChanges.getReadOnlyProperty(); }

    private void quizChanged() { quizChanges.set(quizChanges.get() + 1); }

    /**
     * Whether the quiz hides the value of this node of the editor's graph at the last time step (the
     * number the inspector and the status bar show): a computed value the student has not yet answered
     * right or revealed, in the folded or the unrolled view.
     */
    public boolean hidesValue(org.chainrule.model.Node n) {
        if (!quiz.hideValues() || n == null || n.op().isSource()) return false;
        int t = source == null ? 1 : source.timesteps();
        return !quiz.uncovered(Quiz.item(Quiz.Kind.VALUE, n.id(), t))
                && !quiz.uncovered(Quiz.item(Quiz.Kind.VALUE, Unroller.stepId(n.id(), t), 1));
    }

    /** Marks the student's answer for an item known at the current position. */
    public org.chainrule.engine.AnswerCheck.Result answer(Quiz.Item item, String typed) {
        double[] expected = QuizItems.expectedElements(shown, state.get(), item);
        if (expected == null) throw new IllegalArgumentException(QuizItems.describe(shown, item) + " is not known yet");
        var r = quiz.answer(item, typed, expected);
        publish();
        quizChanged();
        return r;
    }

    /** The quiz's answers so far marked with follow-through ({@link QuizMarking}); null before the first step. */
    public org.chainrule.engine.Marking.Result followThrough() {
        return cursor == null ? null : QuizMarking.of(cursor.evaluation(), quiz);
    }

    public void reveal(Quiz.Item item) {
        quiz.reveal(item);
        publish();
        quizChanged();
    }

    /** Reveals every hidden number known at the current position. */
    public void revealAll() {
        for (Quiz.Item i : QuizItems.known(shown, state.get())) quiz.reveal(i);
        publish();
        quizChanged();
    }

    // ---- training ----

    /**
     * One gradient-descent step on the editor's graph (learning rate {@code lr}, momentum μ; the momentum
     * velocities carry over while lr and μ stay the same). The canvas then shows {@code old → new} on every
     * trainable quantity until the next step; the stepper starts over on the new numbers.
     */
    public List<Trainer.Update> update(double lr, double momentum) {
        if (source == null || !ensure()) return List.of();
        updating = true;
        List<Trainer.Update> changes;
        try {
            // worked out on a copy, then applied to the editor's graph by the applier (undoably)
            changes = training.step(source, lr, momentum);
            setGraph(source);
            quizChanged();
        } finally {
            updating = false;
        }
        updates = unrolled.get() ? null : changes;
        publish();
        return changes;
    }

    // ---- output ----

    public ReadOnlyObjectProperty<Annotations> annotationsProperty() { return annotations.getReadOnlyProperty(); }

    /** What the canvas draws: null until the first step (the editor then shows its own values). */
    public Annotations annotations() { return annotations.get(); }

    /** Whether the stepper has taken over the canvas since the graph was last set. */
    public boolean active() { return active; }

    /** The graph on the canvas: the editor's graph, or its unrolled copy. */
    public ReadOnlyObjectProperty<Graph> shownGraphProperty() { return shownGraph.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<StepState> stateProperty() { return state.getReadOnlyProperty(); }

    /** "step 7 of 24 — backward". */
    public ReadOnlyStringProperty counterProperty() { return counter.getReadOnlyProperty(); }

    /** The current step's explanation, as the {@code steps} command prints it. */
    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }

    /** Why the graph cannot be stepped, or empty. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    /** Whether the graph has time steps or delayed edges, so the unrolled view means something. */
    public ReadOnlyBooleanProperty recurrentProperty() { return recurrent.getReadOnlyProperty(); }

    /**
     * The explanation at the end of the backward pass (the last step and the totals), often the longest:
     * the panel keeps room for it from the start, so that the canvas does not shrink at the end; empty
     * while the graph is not evaluated.
     */
    public String endExplanation() {
        if (cursor == null || tangents.on() || cursor.size() == 0) return "";
        if (endOf != cursor) {
            org.chainrule.engine.Step last = cursor.stateAt(cursor.size()).step();
            TaggedText text = StepText.explainTagged(shown, cursor.evaluation(), last, true);
            TaggedText totals = StepText.totalsAtTheEnd(last, cursor.evaluation().trace().taggedTotals());
            endText = totals == null || totals.text().isEmpty() ? text.text() : TaggedText.lines(List.of(text, totals)).text();
            endOf = cursor;
        }
        return endText;
    }

    /** {@link #endExplanation} of the cursor {@code endOf}. */
    private StepCursor endOf;
    private String endText = "";

    private void publish() {
        if (cursor == null) {
            state.set(null);
            annotations.set(null);
            // not evaluated yet: every node appears once per time step in each pass
            // (the text the cursor gives at its start: the counter keeps its width from there on)
            counter.set(stale && source != null ? "step 0 of " + 2 * source.nodeCount() * source.timesteps() + " — start"
                    + (source.timesteps() > 1 ? " · t = 1 of " + source.timesteps() : "") : "");
            explanation.set(stale ? StepText.VALUES_SHOWN : problem.get());
            return;
        }
        if (tangents.on() && tangents.publish(state, annotations, counter, explanation)) return;
        StepState s = cursor.state();
        Map<String, Double> estimates = check.estimates(shown);
        state.set(s);
        // while a quiz is on the stepper keeps the canvas: the editor's own labels would show every value
        annotations.set(active || unrolled.get() || quiz.active() ? StepAnnotations.of(shown, s, quiz.active() ? quiz : null,
                estimates, updates) : null);
        counter.set(cursor.counter());
        TaggedText text = StepText.explainTagged(shown, cursor.evaluation(), s.step(), !quiz.active());
        TaggedText totals = cursor.atEnd() ? StepText.totalsAtTheEnd(s.step(), cursor.evaluation().trace().taggedTotals()) : null;
        if (totals != null && !totals.text().isEmpty()) text = TaggedText.lines(List.of(text, totals));
        // before stepping starts the canvas is the editor's, with every result on it: say so
        if (s.step() == null && annotations.get() == null) text = TaggedText.plain(StepText.VALUES_SHOWN);
        explanation.set(QuizMask.of(shown, cursor, quiz).explanation(s.step(), text));
    }
}
