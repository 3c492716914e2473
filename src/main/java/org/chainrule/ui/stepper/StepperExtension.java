package org.chainrule.ui.stepper;

import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.canvas.GraphCanvas;
import org.chainrule.ui.HiddenNumbers;
import org.chainrule.ui.MainWindow;

/**
 * Adds the backprop stepper to the editor window: its toolbar under the main one, the quiz and
 * explanation panels under the canvas, the unrolled view stacked on the canvas; every edit or newly
 * opened graph starts the stepper over. {@code ChainruleApp} installs it.
 */
public final class StepperExtension {
    private StepperView view;

    /** Adds the stepper to {@code window} (once, on the JavaFX thread, before it is shown). */
    public void install(MainWindow window) {
        view = new StepperView(window.actions());
        EditorViewModel vm = window.viewModel();
        GraphCanvas canvas = window.canvas();
        window.addToolBar(view.toolbar());
        window.setExplanationPanel(view.bottomPanel());
        // the unrolled view sits on top of the canvas, in the canvas's place
        Parent parent = canvas.getParent();
        if (parent instanceof BorderPane bp && bp.getCenter() == canvas) {
            bp.setCenter(null);
            bp.setCenter(view.attach(canvas));
        } else if (parent instanceof Pane p) {
            int at = p.getChildren().indexOf(canvas);
            p.getChildren().remove(canvas);
            p.getChildren().add(at, view.attach(canvas));
        } else {
            view.attach(canvas);
        }
        new NodeMenu(canvas, view, vm); // right-click a node: Differentiate this, Forward mode from this, Expand
        view.model().setApplier(changes -> vm.execute(TrainingStep.of(changes, view.lastLearningRate(), view.lastMomentum())));
        vm.graphProperty().addListener((o, a, g) -> view.newDocument(g));
        StepperModel model = view.model();
        model.unrolledProperty().addListener((o, a, on) -> window.statusBar().showZoomOf(on ? view.unrolledZoom() : canvas.zoomProperty()));
        model.setWork(vm.work()); // a big graph's gradient check: progress and Cancel in the status bar
        // the rest of the window (inspector, status bar, chain rule, export) hides what the quiz hides
        vm.hiddenNumbers().setRule(new HiddenNumbers.Rule() {
            @Override public boolean values() { return model.quiz().hideValues(); }
            @Override public boolean grads() { return model.quiz().hideGrads(); }
            @Override public boolean value(org.chainrule.model.Node n) { return model.hidesValue(n); }
        });
        model.quizChangesProperty().addListener((o, a, b) -> vm.hiddenNumbers().changed());
        vm.editsProperty().addListener((o, a, b) -> view.setGraph(vm.graph()));
        view.setGraph(vm.graph());
        // start with the canvas focused, so Space and the arrow keys step instead of editing a text field
        javafx.application.Platform.runLater(canvas::requestFocus);
    }

    /** The stepper of the window it was installed in. */
    public StepperView view() { return view; }
}
