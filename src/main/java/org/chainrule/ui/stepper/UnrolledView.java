package org.chainrule.ui.stepper;

import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import org.chainrule.draw.Annotations;
import org.chainrule.model.Graph;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * The unrolled view of a recurrent graph: a second, read-only canvas with its own travel animation and a
 * note above it saying where to edit, and beside it the gradients through time ({@link ThroughTimeChart}),
 * stacked over the editor's canvas while the unrolled toggle is on.
 */
final class UnrolledView {
    private final EditorViewModel vm = new EditorViewModel();
    private final GraphCanvas canvas = new GraphCanvas(vm);
    private final EdgeTravel travel = new EdgeTravel(canvas);
    private final ThroughTimeChart throughTime = new ThroughTimeChart();
    private final javafx.scene.layout.BorderPane layer;
    private final Label note = new Label();
    private static final String NOTE = "Unrolled over the time steps, read-only: edit the folded graph";

    /** {@code pick}: what a click on the canvas does (the quiz picks the item under it). */
    UnrolledView(BiConsumer<GraphCanvas, MouseEvent> pick) {
        canvas.setId("stepper-unrolled-canvas");
        canvas.overlays().add(travel);
        // the unrolled graph is derived from the drawn one: look, zoom and click, but do not edit it
        canvas.addEventFilter(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED) pick.accept(canvas, e);
            if (e.getEventType() != MouseEvent.MOUSE_MOVED) e.consume();
        });
        note.setText(NOTE);
        // above the canvas, not over it: the view pans to nodes at its top edge too
        note.setStyle("-fx-background-color: white; -fx-padding: 3 8 3 8; -fx-text-fill: #555555;"
                + " -fx-border-color: #d0d7de; -fx-border-width: 0 0 1 0;");
        note.setMaxWidth(Double.MAX_VALUE);
        note.setWrapText(true); // a narrow window wraps the note rather than cutting it
        // the gradients through time beside the canvas: the same numbers as plot --through-time
        layer = new javafx.scene.layout.BorderPane(canvas);
        layer.setTop(note);
        layer.setRight(throughTime.node());
        layer.setVisible(false);
    }

    GraphCanvas canvas() { return canvas; }

    EdgeTravel travel() { return travel; }

    /** The canvas with its note and the through-time chart, to stack over the editor's canvas. */
    javafx.scene.layout.Region layer() { return layer; }

    ThroughTimeChart throughTime() { return throughTime; }

    void setVisible(boolean on) { layer.setVisible(on); }

    /**
     * Shows the unrolled graph {@code g} with these annotations, and the chart of the folded graph (null:
     * none), with its curves once the backward pass is {@code done}.
     */
    void show(Graph g, Annotations a, Graph folded, boolean done) {
        vm.setDocument(g, null);
        canvas.setAnnotations(a);
        showChart(folded, done);
    }

    /** The through-time chart of {@code folded} (null: none) once the backward pass is {@code done}; the note says when it comes. */
    void showChart(Graph folded, boolean done) {
        throughTime.show(folded, done);
        note.setText(ThroughTimeChart.charts(folded) && !done
                ? NOTE + " · the gradients through time are charted at the end" : NOTE);
    }
}
