package org.chainrule.ui.expr;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Annotations;
import org.chainrule.model.Node;
import org.chainrule.ui.MainWindow;

/**
 * The chain-rule panel as a tool window beside the editor (the area under the canvas belongs to the
 * stepper). It follows the editor's graph, its edits and its selection (a selected node becomes
 * "wrt"), and while it is open the canvas shows the highlighted paths; closing it gives the canvas back
 * as it was.
 */
public final class ChainRuleWindow {
    private final MainWindow window;
    private final ChainRuleViewModel model = new ChainRuleViewModel();
    private final Stage stage = new Stage();
    /** What the canvas showed before the panel (the stepper's numbers, or null), and what we put there. */
    private Annotations before;
    private Annotations ours;

    public ChainRuleWindow(MainWindow window) {
        this.window = window;
        var vm = window.viewModel();
        model.graphProperty().bind(vm.graphProperty());
        vm.changesProperty().addListener((o, a, b) -> {
            if (stage.isShowing()) model.refresh();
        });
        // another document: of and wrt start again from its output and first input
        vm.graphProperty().addListener((o, a, b) -> {
            if (stage.isShowing()) model.choose(null);
        });
        vm.selection().versionProperty().addListener((o, a, b) -> {
            if (stage.isShowing() && vm.selection().single() instanceof Node n && n != vm.graph().output()) {
                model.wrtProperty().set(n.id());
            }
        });
        ChainRulePane pane = new ChainRulePane(model, this::highlight);
        stage.initOwner(window.stage());
        stage.setTitle("Chain rule written out");
        stage.setScene(new Scene(pane, 720, 420));
        // while a quiz hides numbers the written-out chain rule would give them away: the window says so instead
        javafx.scene.control.Label quiz = new javafx.scene.control.Label(
                "The chain rule written out is hidden while the quiz hides numbers.\nAnswer or reveal them, or end the quiz (Quiz menu of the stepper).");
        quiz.setId("chain-rule-quiz");
        quiz.setWrapText(true);
        quiz.setStyle("-fx-padding: 20; -fx-font-size: 14;");
        Runnable cover = () -> {
            boolean hide = vm.hiddenNumbers().active();
            stage.getScene().setRoot(hide ? quiz : pane);
            if (!hide) highlight();
        };
        vm.hiddenNumbers().versionProperty().addListener((o, a, b) -> cover.run());
        cover.run();
        // give the canvas back as it was, unless someone else (the stepper) has drawn on it since
        stage.setOnHidden(e -> {
            if (window.canvas().annotationsProperty().get() == ours) window.canvas().setAnnotations(before);
            ours = null;
        });
    }

    /** Shows the window for the output and the selected node (or the first input). */
    public void show() {
        var vm = window.viewModel();
        model.refresh();
        model.choose(vm.selection().single() instanceof Node n ? n : null);
        if (!stage.isShowing()) before = window.canvas().annotationsProperty().get();
        stage.show();
        stage.toFront();
        highlight();
    }

    public ChainRuleViewModel model() { return model; }

    public Stage stage() { return stage; }

    private void highlight() {
        if (!stage.isShowing() || window.viewModel().hiddenNumbers().active()) return;
        var ev = window.viewModel().evaluation();
        Annotations base = ev == null ? Annotations.none() : Annotations.from(ev, AnnotateMode.VALUES);
        ours = model.derivative() == null ? before : model.annotations(base);
        window.canvas().setAnnotations(ours);
    }
}
