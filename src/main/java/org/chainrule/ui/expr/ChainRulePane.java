package org.chainrule.ui.expr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The chain rule written out for the graph in the editor: pick "of" and "wrt", read the factored sum
 * over paths with its numbers, step through the paths one by one (each highlighted on the canvas
 * through {@code highlight}), and copy the formula as LaTeX.
 */
public final class ChainRulePane extends BorderPane {
    private final ChainRuleViewModel model;

    /** {@code highlight} receives a change of what to highlight; the caller draws it on the canvas. */
    public ChainRulePane(ChainRuleViewModel model, Runnable highlight) {
        this.model = model;
        setId("chain-rule-pane");
        setPadding(new Insets(8));

        ComboBox<String> of = choice("chain-rule-of", "The node differentiated (default: the output)");
        ComboBox<String> wrt = choice("chain-rule-wrt", "With respect to this node, or ID.init (default: the selected node)");
        of.setItems(model.nodeIds());
        wrt.setItems(model.nodeIds());
        of.valueProperty().bindBidirectional(model.ofProperty());
        wrt.valueProperty().bindBidirectional(model.wrtProperty());
        // the total derivative asked for: d of / d wrt (its formula holds the local partials ∂)
        HBox pick = new HBox(8, new Label("d"), of, new Label("/ d"), wrt);
        pick.setAlignment(Pos.CENTER_LEFT);

        TextArea formula = new TextArea();
        formula.setId("chain-rule-formula");
        formula.setEditable(false);
        formula.setWrapText(true);
        formula.setPrefRowCount(4);
        formula.setFont(Font.font("Monospaced", 14));

        ListView<String> paths = new ListView<>(model.paths());
        paths.setId("chain-rule-paths");
        paths.setPrefHeight(140);
        paths.setPlaceholder(new Label("No path"));

        Button previous = button("chain-rule-previous", "◀ Path", "Highlight the previous path", model::previousPath);
        Button next = button("chain-rule-next", "Path ▶", "Highlight the next path", model::nextPath);
        Button all = button("chain-rule-all", "All paths", "Highlight every path",
                () -> model.pathProperty().set(ChainRuleViewModel.ALL_PATHS));
        Button latex = button("chain-rule-copy-latex", "Copy LaTeX", "Copy the equation as LaTeX", () -> copy(model.latex()));
        Button text = button("chain-rule-copy-text", "Copy text", "Copy the equation as text", () -> copy(model.formulaText()));
        Label which = new Label();
        which.setId("chain-rule-which");
        HBox buttons = new HBox(6, previous, next, all, which, new Label("  "), latex, text);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(8, pick, formula, paths, buttons);
        VBox.setVgrow(paths, Priority.ALWAYS);
        setCenter(body);

        Runnable show = () -> {
            formula.setText(model.formulaText());
            int k = model.pathProperty().get();
            which.setText(model.paths().isEmpty() ? "" : k < 0 ? "all " + model.paths().size() + " paths"
                    : "path " + (k + 1) + " of " + model.paths().size());
            if (k < 0) paths.getSelectionModel().clearSelection();
            else paths.getSelectionModel().select(k);
            highlight.run();
        };
        model.derivativeProperty().addListener((o, a, b) -> show.run());
        model.problemProperty().addListener((o, a, b) -> show.run());
        model.pathProperty().addListener((o, a, b) -> show.run());
        paths.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) model.pathProperty().set(b.intValue());
        });
        show.run();
    }

    public ChainRuleViewModel model() { return model; }

    private static void copy(String s) {
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static ComboBox<String> choice(String id, String tip) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setEditable(true);
        c.setTooltip(new Tooltip(tip));
        c.setPrefWidth(140);
        return c;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
