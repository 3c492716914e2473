package org.chainrule.ui.stepper;

import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.chainrule.draw.Annotations;
import org.chainrule.model.Graph;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * The unrolled view of a recurrent graph: a second, read-only canvas with its own travel animation and a
 * note saying where to edit, stacked over the editor's canvas while the unrolled toggle is on.
 */
final class UnrolledView {
    private final EditorViewModel vm = new EditorViewModel();
    private final GraphCanvas canvas = new GraphCanvas(vm);
    private final EdgeTravel travel = new EdgeTravel(canvas);
    private final StackPane layer;

    /** {@code pick}: what a click on the canvas does (the quiz picks the item under it). */
    UnrolledView(BiConsumer<GraphCanvas, MouseEvent> pick) {
        canvas.setId("stepper-unrolled-canvas");
        canvas.overlays().add(travel);
        // the unrolled graph is derived from the drawn one: look, zoom and click, but do not edit it
        canvas.addEventFilter(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED) pick.accept(canvas, e);
            if (e.getEventType() != MouseEvent.MOUSE_MOVED) e.consume();
        });
        Label note = new Label("Unrolled over the time steps (read-only): edit the folded graph");
        note.setStyle("-fx-background-color: #ffffffcc; -fx-padding: 3 8 3 8; -fx-text-fill: #555555;");
        note.setMouseTransparent(true);
        layer = new StackPane(canvas, note);
        StackPane.setAlignment(note, Pos.TOP_LEFT);
        layer.setVisible(false);
    }

    GraphCanvas canvas() { return canvas; }

    EdgeTravel travel() { return travel; }

    /** The canvas with its note, to stack over the editor's canvas. */
    StackPane layer() { return layer; }

    void setVisible(boolean on) { layer.setVisible(on); }

    /** Shows the unrolled graph {@code g} with these annotations. */
    void show(Graph g, Annotations a) {
        vm.setDocument(g, null);
        canvas.setAnnotations(a);
    }
}
