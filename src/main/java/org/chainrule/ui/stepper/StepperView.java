package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Point;
import org.chainrule.engine.Phase;
import org.chainrule.engine.StepState;
import org.chainrule.engine.Trainer;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import javafx.beans.binding.BooleanExpression;
import org.chainrule.ui.ActionTable;
import org.chainrule.ui.StandardAction;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * The backprop stepper in the main window: its toolbar, the explanation and quiz panels, the travel
 * animation on the canvas, and the unrolled view of recurrent graphs (a second, read-only canvas stacked
 * over the editor's). The editor tells it about a new or edited graph through {@link #setGraph}; the
 * stepper then starts over.
 */
public final class StepperView {
    private final StepperModel model = new StepperModel();
    private final StepperPlayer player;
    private final StepperToolbar toolbar;
    private final ExplanationPanel explanation;
    private final QuizPanel quizPanel;
    private final VBox bottom;
    private GraphCanvas folded;
    private EdgeTravel foldedTravel;
    private UnrolledView unrolled;
    private final StackPane canvasArea = new StackPane();
    private Graph lastGraph;
    private final StepperFraming framing = new StepperFraming(model, () -> lastGraph, this::showsUnrolled);
    /** Below this width the panel under the canvas puts the training controls under the explanation. */
    static final double NARROW = 640;
    /** Whether steps animate (off in tests that read labels right after a step). */
    private boolean animate = true;

    /** The stepper of a window whose {@code actions} it binds: Step, Back, Play, Reset, End of forward, End. */
    public StepperView(ActionTable actions) {
        player = new StepperPlayer(model, this::animateStep);
        BooleanExpression notReady = model.readyProperty().not();
        actions.get(StandardAction.STEP_RESET).bind(this::reset, notReady);
        actions.get(StandardAction.STEP_BACK).bind(this::back, notReady);
        actions.get(StandardAction.STEP_PLAY).bind(player::toggle, notReady);
        actions.get(StandardAction.STEP_FORWARD).bind(this::forward, notReady);
        actions.get(StandardAction.STEP_END_FORWARD).bind(this::toEndOfForward, notReady);
        actions.get(StandardAction.STEP_END).bind(this::toEnd, notReady);
        // zoom and fit act on the canvas in view: the unrolled one while it is shown
        actions.get(StandardAction.ZOOM_IN).bind(() -> ifShown(GraphCanvas::zoomIn));
        actions.get(StandardAction.ZOOM_OUT).bind(() -> ifShown(GraphCanvas::zoomOut));
        actions.get(StandardAction.FIT).bind(() -> ifShown(GraphCanvas::fitToWindow));
        toolbar = new StepperToolbar(this, actions);
        explanation = new ExplanationPanel(model);
        quizPanel = new QuizPanel(model);
        // the training controls sit beside the explanation, or under it when the window is narrow
        javafx.scene.layout.BorderPane row = new javafx.scene.layout.BorderPane(explanation);
        row.setRight(toolbar.trainingControls());
        row.widthProperty().addListener((o, a, w) -> {
            boolean narrow = w.doubleValue() < NARROW;
            if (narrow == (row.getBottom() != null)) return;
            javafx.scene.Node training = toolbar.trainingControls();
            row.setRight(null);
            row.setBottom(null);
            if (narrow) row.setBottom(training);
            else row.setRight(training);
        });
        bottom = new VBox(quizPanel, row);
        bottom.setId("stepper-bottom");
        // the picture keeps its zoom when stepping starts (the editor framed it for every position's labels),
        // unless that is too small to read: then the stepper zooms in once, and follows the steps
        model.annotationsProperty().addListener((o, a, b) -> {
            if (a == null && b != null) framing.zoomInToRead();
            show(b);
        });
        model.unrolledProperty().addListener((o, a, on) -> swapCanvas(on));
        // the quiz takes the canvas back from whoever drew on it (the chain-rule window draws every value)
        model.quizChangesProperty().addListener((o, a, b) -> show(model.annotations()));
        model.shownGraphProperty().addListener((o, a, g) -> showUnrolled(g));
        // the through-time chart's curves come with the end of the backward pass, and go when it is left
        model.stateProperty().addListener((o, a, st) -> {
            if (!showsUnrolled() || chartDone == backwardDone()) return;
            chartDone = backwardDone();
            // (the chart takes its room from the canvas, or gives it back: the view keeps its zoom and follows the step)
            unrolled.showChart(model.quiz().hideGrads() ? null : lastGraph, chartDone);
        });
    }

    /** Whether the through-time chart shows its curves now. */
    private boolean chartDone;

    public StepperModel model() { return model; }

    StepperPlayer player() { return player; }

    public StepperToolbar toolbar() { return toolbar; }

    /** The zoom of the unrolled view's canvas. */
    public javafx.beans.value.ObservableDoubleValue unrolledZoom() { return unrolled.canvas().zoomProperty(); }

    public QuizPanel quizPanel() { return quizPanel; }

    /** The quiz line above the explanation: put it below the canvas. */
    public VBox bottomPanel() { return bottom; }

    /** Turns the travel animation on or off (labels then appear at once). */
    public void setAnimate(boolean on) { animate = on; }

    /**
     * Draws on the editor's canvas and returns the area to put where the canvas was: the canvas with the
     * unrolled view stacked over it (shown only while the unrolled toggle is on).
     */
    public StackPane attach(GraphCanvas canvas) {
        folded = canvas;
        foldedTravel = new EdgeTravel(canvas);
        canvas.overlays().add(foldedTravel);
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> pick(canvas, e));
        unrolled = new UnrolledView(this::pick);
        framing.install(canvas, unrolled);
        canvasArea.getChildren().setAll(canvas, unrolled.layer());
        canvasArea.setId("stepper-canvas-area");
        show(model.annotations());
        return canvasArea;
    }

    /** A new or edited graph: the stepper starts over (and leaves the canvas to the editor until stepped). */
    public void setGraph(Graph g) {
        lastGraph = g;
        player.pause();
        finishTravel();
        model.setGraph(g);
    }

    /** Another document (opened, new, imported): as {@link #setGraph}, and the quiz ends. */
    public void newDocument(Graph g) {
        lastGraph = g;
        player.pause();
        finishTravel();
        model.newDocument(g);
    }

    // ---- actions ----

    void forward() {
        player.pause();
        if (model.forward()) animateStep();
    }

    void back() {
        player.pause();
        finishTravel();
        model.back();
    }

    void reset() {
        player.pause();
        finishTravel();
        model.reset();
    }

    void toEndOfForward() {
        player.pause();
        finishTravel();
        model.toEndOfForward();
    }

    void toEnd() {
        player.pause();
        finishTravel();
        model.toEnd();
    }

    void update(double lr, double momentum) {
        lastLr = lr;
        lastMomentum = momentum;
        player.pause();
        finishTravel();
        List<Trainer.Update> changes = model.update(lr, momentum);
        if (folded != null) folded.rebuild();
        lastUpdate = changes;
    }

    private List<Trainer.Update> lastUpdate = List.of();
    private double lastLr;
    private double lastMomentum;

    double lastLearningRate() { return lastLr; }

    double lastMomentum() { return lastMomentum; }

    /** What the last update changed (for tests). */
    public List<Trainer.Update> lastUpdate() { return lastUpdate; }

    // ---- drawing ----

    private boolean showsUnrolled() { return unrolled != null && model.unrolledProperty().get(); }

    private GraphCanvas activeCanvas() { return showsUnrolled() ? unrolled.canvas() : folded; }

    private void ifShown(java.util.function.Consumer<GraphCanvas> action) {
        GraphCanvas c = activeCanvas();
        if (c != null) action.accept(c);
    }

    private EdgeTravel activeTravel() { return showsUnrolled() ? unrolled.travel() : foldedTravel; }

    private void show(Annotations a) {
        GraphCanvas c = activeCanvas();
        if (c == null) return;
        // a picture shown whole stays whole: a label that grows (a sum, old → new) is not cut at the edge
        boolean whole = a != null && c.getWidth() > 0 && c.showsAll();
        c.setAnnotations(a);
        if (whole) c.keepInView();
        framing.follow();
    }

    /**
     * The step just played: the moving edges keep their old labels while a dot travels along them, then
     * the new labels appear.
     */
    private void animateStep() {
        if (model.tangentMode().on()) {
            animateTangent();
            return;
        }
        GraphCanvas c = activeCanvas();
        StepState s = model.stateProperty().get();
        Annotations full = model.annotations();
        if (c == null || s == null || full == null || !animate || s.moving().isEmpty()) return;
        Graph g = model.cursor().graph();
        StepState before = model.cursor().stateAt(s.position() - 1);
        Annotations.Builder partial = full.toBuilder();
        List<String> keys = new ArrayList<>();
        for (Edge e : s.moving()) {
            String key = g.key(e);
            keys.add(key);
            Annotations.EdgeNote now = full.edge(key);
            boolean backward = s.phase() == Phase.BACKWARD;
            // hide only what this step newly brings along the edge
            Annotations.EdgeNote old = backward ? now.withGrad(before.edgeGrads().containsKey(e) ? now.grad() : null, now.gradTooltip())
                    : now.withValue(before.edgeValues().containsKey(e) ? now.value() : null, now.valueTooltip());
            partial.edge(key, old);
        }
        c.setAnnotations(partial.build());
        Duration d = player.playing() ? player.stepDuration().multiply(0.6) : Duration.millis(450);
        activeTravel().play(keys, s.phase() == Phase.BACKWARD, d, () -> show(model.annotations()));
    }

    /** A forward-mode step: dots carry the tangents of the node's arguments into it, then its tangent appears. */
    private void animateTangent() {
        GraphCanvas c = activeCanvas();
        org.chainrule.engine.TangentCursor.State s = model.tangentMode().cursor().state();
        Annotations full = model.annotations();
        if (c == null || full == null || !animate || s.moving().isEmpty()) return;
        Annotations.Builder partial = full.toBuilder();
        List<String> keys = new ArrayList<>();
        for (Edge e : s.moving()) keys.add(model.tangentMode().cursor().graph().key(e));
        if (s.step().node() != null) partial.node(s.step().nodeId(), full.node(s.step().nodeId()).withGrad(null, null));
        c.setAnnotations(partial.build());
        Duration d = player.playing() ? player.stepDuration().multiply(0.6) : Duration.millis(450);
        activeTravel().play(keys, false, d, () -> show(model.annotations()));
    }

    private void finishTravel() {
        if (foldedTravel != null) foldedTravel.finish();
        if (unrolled != null) unrolled.travel().finish();
    }

    private void swapCanvas(boolean on) {
        finishTravel();
        if (unrolled == null) return;
        unrolled.setVisible(on);
        if (folded != null) folded.setAnnotations(on ? null : model.annotations());
        show(model.annotations());
    }

    /** Whether the backward pass has reached its end: the through-time chart shows its results from then on. */
    private boolean backwardDone() {
        return model.cursor() != null && model.cursor().atEnd();
    }

    private void showUnrolled(Graph g) {
        if (!showsUnrolled() || g == null) return;
        // the chart gives the gradients away: not while the quiz hides them
        chartDone = backwardDone();
        unrolled.show(g, model.annotations(), model.quiz().hideGrads() ? null : lastGraph, chartDone);
        Platform.runLater(framing::frameUnrolled);
    }

    /** Fits the editor's canvas to the whole graph (after an edit that moved nodes out of view). */
    void showWhole() {
        if (folded != null) folded.fitToWindow();
    }


    /** A click on a node or edge picks it as the quiz item to answer. */
    private void pick(GraphCanvas c, MouseEvent e) {
        if (!model.quiz().active()) return;
        Diagram d = c.diagram();
        Point p = c.toDiagram(e.getX(), e.getY());
        for (DiagramNode n : d.nodes()) {
            if (n.bounds().contains(p)) {
                quizPanel.choose(n.id());
                return;
            }
        }
        for (DiagramEdge de : d.edges()) {
            for (int i = 0; i <= 20; i++) {
                if (de.at(i / 20.0).distance(p) < 6 / c.zoom()) {
                    quizPanel.choose(de.key());
                    return;
                }
            }
        }
    }
}
