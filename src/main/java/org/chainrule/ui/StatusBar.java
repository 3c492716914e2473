package org.chainrule.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chainrule.ui.canvas.GraphCanvas;

/** Node and edge count, zoom, file state and the last message, at the bottom of the window. */
public final class StatusBar extends HBox {
    /** The zoom of the canvas in view (the editor's, or one shown in its place). */
    private final javafx.beans.property.SimpleDoubleProperty shownZoom = new javafx.beans.property.SimpleDoubleProperty();

    /** Shows the zoom of the canvas now in view (the stepper's unrolled view shows its own in the editor's place). */
    public void showZoomOf(javafx.beans.value.ObservableDoubleValue zoom) { shownZoom.bind(zoom); }

    /** What background work is doing, shown only while it runs. */
    private final HBox work;

    public StatusBar(EditorViewModel vm, GraphCanvas canvas) {
        super(16);
        setId("status-bar");
        setPadding(new Insets(3, 8, 3, 8));
        // the texts in the middle of the bar, which is as tall as the progress bar's Cancel button
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #eceff1; -fx-border-color: #cfd8dc; -fx-border-width: 1 0 0 0;");
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.graph().nodeCount(), e = vm.graph().edgeCount();
            return n + (n == 1 ? " node, " : " nodes, ") + e + (e == 1 ? " edge" : " edges");
        }, vm.changesProperty(), vm.graphProperty()));
        Label zoom = new Label();
        zoom.setId("status-zoom");
        shownZoom.bind(canvas.zoomProperty());
        zoom.textProperty().bind(Bindings.createStringBinding(() -> "zoom " + Math.round(shownZoom.get() * 100) + "%", shownZoom));
        Label state = new Label();
        state.setId("status-file");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            String where = vm.fileProperty().get() == null ? "not saved to a file" : vm.fileProperty().get().getFileName().toString();
            return where + (vm.isDirty() ? " — modified" : "");
        }, vm.fileProperty(), vm.dirtyProperty()));
        Label result = new Label();
        result.setId("status-result");
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.graph().nodeCount() == 0) return "empty graph";
            if (!vm.problems().isEmpty()) return vm.problems().size() + (vm.problems().size() == 1 ? " problem" : " problems");
            var ev = vm.evaluation();
            if (ev == null) return "";
            return "output = " + (ev.output() == null ? org.chainrule.ops.Numbers.human(ev.value())
                    : vm.hiddenNumbers().value(ev.output(), ev.value()));
        }, vm.evaluationProperty(), vm.problems(), vm.changesProperty(), vm.hiddenNumbers().versionProperty()));
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        work = progress(vm.work(), vm.evaluations(), canvas.drawing());
        getChildren().addAll(counts, result, message, spring, work, state, zoom);
    }

    /**
     * As tall with the work's progress bar and Cancel button as without them: otherwise the canvas above
     * would be 8 px shorter while each edit of a big graph is evaluated and drawn, and the graph would jump.
     */
    @Override
    protected double computePrefHeight(double width) {
        return Math.max(super.computePrefHeight(width), snappedTopInset() + work.prefHeight(-1) + snappedBottomInset());
    }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

    /**
     * While background work runs: what it does, a progress bar (moving to and fro while the amount is
     * unknown) and Cancel (not for drawing, which a repaint would only start again).
     */
    private static HBox progress(BackgroundWork jobs, BackgroundWork evaluations, BackgroundWork drawing) {
        Label what = new Label();
        what.setId("status-work");
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(140);
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> {
            jobs.cancel();
            evaluations.cancel();
        });
        HBox box = new HBox(6, what, bar, cancel);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        BackgroundWork[] all = {jobs, evaluations, drawing};
        Runnable update = () -> {
            BackgroundWork shown = null;
            for (BackgroundWork w : all) if (shown == null && w.runningProperty().get()) shown = w;
            box.setVisible(shown != null);
            box.setManaged(shown != null);
            if (shown == null) {
                bar.setProgress(0); // an indeterminate bar animates even when hidden
                return;
            }
            what.setText(shown.phaseProperty().get());
            bar.setProgress(shown.progressProperty().get() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : shown.progressProperty().get());
            cancel.setDisable(shown == drawing);
        };
        for (BackgroundWork w : all) {
            w.runningProperty().addListener(o -> update.run());
            w.progressProperty().addListener(o -> update.run());
            w.phaseProperty().addListener(o -> update.run());
        }
        update.run();
        return box;
    }
}
