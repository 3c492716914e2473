package org.chainrule.ui.expr;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Annotations;
import org.chainrule.model.Node;
import org.chainrule.ui.MainWindow;

/**
 * The chain-rule panel, docked under the canvas (above the stepper's panel) so it never covers the graph
 * it highlights; the close button or Escape closes it. It follows the editor's graph, its edits and its selection (a selected node becomes
 * "wrt"), and while it is open the canvas shows the highlighted paths; closing it gives the canvas back
 * as it was.
 */
public final class ChainRuleWindow {
    /** The share of the canvas area's height the docked panel takes. */
    static final double DOCK_SHARE = 0.38;
    private final MainWindow window;
    private final ChainRuleViewModel model = new ChainRuleViewModel();
    private final BorderPane panel = new BorderPane();
    private final javafx.beans.property.ReadOnlyBooleanWrapper docked = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "docked");
    private boolean showing;
    /** What the canvas showed before the panel (the stepper's numbers, or null), and what we put there. */
    private Annotations before;
    private Annotations ours;

    public ChainRuleWindow(MainWindow window) {
        this.window = window;
        var vm = window.viewModel();
        model.graphProperty().bind(vm.graphProperty());
        vm.changesProperty().addListener((o, a, b) -> {
            if (showing) model.refresh();
        });
        // another document: of and wrt start again from its output and first input
        vm.graphProperty().addListener((o, a, b) -> {
            if (showing) model.choose(null);
        });
        vm.selection().versionProperty().addListener((o, a, b) -> {
            if (showing && vm.selection().single() instanceof Node n && n != vm.graph().output()) {
                model.wrtProperty().set(n.id());
            }
        });
        ChainRulePane pane = new ChainRulePane(model, this::highlight);
        Label title = new Label("Chain rule written out");
        title.setStyle("-fx-font-weight: bold;");
        Button close = new Button("✕");
        close.setId("chain-rule-close");
        close.setTooltip(new Tooltip("Close the chain rule (Escape)"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> close());
        HBox header = new HBox(8, title, new Region(), close);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setStyle("-fx-padding: 3 8 0 8; -fx-background-color: #eef1f5;");
        panel.setTop(header);
        // while a quiz hides numbers the written-out chain rule would give them away: the panel says so instead
        Label quiz = new Label(
                "The chain rule written out is hidden while the quiz hides numbers.\nAnswer or reveal them, or end the quiz (Quiz menu of the stepper).");
        quiz.setId("chain-rule-quiz");
        quiz.setWrapText(true);
        quiz.setStyle("-fx-padding: 20; -fx-font-size: 14;");
        Runnable cover = () -> {
            boolean hide = vm.hiddenNumbers().active();
            panel.setCenter(hide ? quiz : pane);
            if (!hide) highlight();
        };
        vm.hiddenNumbers().versionProperty().addListener((o, a, b) -> cover.run());
        cover.run();
        panel.setId("chain-rule-dock");
        panel.setMinHeight(120);
        panel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    /** Closes the panel: the canvas gets its room back and shows what it showed before, unless someone else (the stepper) has drawn on it since. */
    public void close() {
        if (!showing) return;
        showing = false;
        docked.set(false);
        window.undock(panel);
        if (window.canvas().annotationsProperty().get() == ours) window.canvas().setAnnotations(before);
        ours = null;
        window.canvas().requestFocus();
        javafx.application.Platform.runLater(() -> {
            // lay the window out first: fitted before, the graph would fit the canvas's docked height
            window.scene().getRoot().layout();
            window.canvas().fitToWindow();
        });
    }

    /** Whether the panel is docked now. */
    public boolean isShowing() { return showing; }

    /** Whether the panel is docked (Chain Rule ▸ Close is enabled while it is). */
    public javafx.beans.property.ReadOnlyBooleanProperty dockedProperty() { return docked.getReadOnlyProperty(); }

    /**
     * Escape anywhere in the window: closes the panel unless a text field outside it is being edited
     * (there Escape belongs to the field). Inside the panel Escape always closes it.
     */
    public void escape() {
        javafx.scene.Node focus = window.scene().getFocusOwner();
        if (focus instanceof javafx.scene.control.TextInputControl && !inPanel(focus)) return;
        close();
    }

    private boolean inPanel(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (p == panel) return true;
        return false;
    }

    /** Shows the window for the output and the selected node (or the first input). */
    public void show() {
        var vm = window.viewModel();
        model.refresh();
        model.choose(vm.selection().single() instanceof Node n ? n : null);
        if (!showing) before = window.canvas().annotationsProperty().get();
        showing = true;
        docked.set(true);
        window.dock(panel, DOCK_SHARE);
        highlight();
        javafx.application.Platform.runLater(() -> {
            window.canvas().fitToWindow(); // the canvas got shorter: show the whole graph it highlights
            javafx.scene.Node of = panel.lookup("#chain-rule-of");
            if (of != null) of.requestFocus();
        });
    }

    public ChainRuleViewModel model() { return model; }

    /** The docked panel. */
    public BorderPane panel() { return panel; }

    private void highlight() {
        if (!showing || window.viewModel().hiddenNumbers().active()) return;
        var ev = window.viewModel().evaluation();
        Annotations base = ev == null ? Annotations.none() : Annotations.from(ev, AnnotateMode.VALUES);
        ours = model.derivative() == null ? before : model.annotations(base);
        window.canvas().setAnnotations(ours);
    }
}
