package org.chainrule.ui.stepper;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.chainrule.draw.Theme;

/**
 * Shows the current step: the counter ("step 7 of 24 — backward") and the step's explanation exactly as
 * the {@code steps} command prints it, with a neuron's bias and weight gradients on the lines below.
 */
public final class ExplanationPanel extends VBox {
    private final Label counter = new Label();
    private final Label text = new Label();

    public ExplanationPanel(StepperModel model) {
        setId("stepper-explanation-panel");
        setSpacing(4);
        setPadding(new Insets(6, 10, 6, 10));
        counter.setId("stepper-step-title");
        counter.setStyle("-fx-text-fill: " + Theme.standard().muted() + ";");
        text.setId("stepper-explanation");
        text.setWrapText(true);
        text.setFont(Font.font(Theme.standard().fontFamily(), 15));
        counter.textProperty().bind(model.counterProperty());
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> unbreakable(model.explanationProperty().get()), model.explanationProperty()));
        model.stateProperty().addListener((o, a, s) -> colour(s));
        colour(model.stateProperty().get());
        // a long explanation (the totals at the end of a recurrent graph) scrolls instead of squeezing the
        // canvas, showing MAX_LINES whole lines
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(text);
        scroll.setId("stepper-explanation-scroll");
        // the stepper's keys (←, →, Home, End, Space) are the stepper's: the pane scrolls by wheel or its bar
        scroll.setFocusTraversable(false);
        scroll.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (e.getCode().isArrowKey() || e.getCode().isNavigationKey() || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                e.consume();
                fireEvent(e.copyFor(this, this));
            }
        });
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent; -fx-padding: 0;");
        scroll.setMaxHeight(org.chainrule.ui.TextLines.height(text.getFont(), 0, MAX_LINES));
        scroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // whole lines: as many as the text needs at the width it gets beside a scroll bar, at most MAX_LINES,
        // and from the start as many as the end's explanation will need (the canvas keeps its size)
        scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double width = Math.max(50, scroll.getWidth() - 16);
            int lines = Math.max(org.chainrule.ui.TextLines.count(text.getText(), text.getFont(), width),
                    org.chainrule.ui.TextLines.count(unbreakable(model.endExplanation()), text.getFont(), width));
            return org.chainrule.ui.TextLines.height(text.getFont(), 0, Math.min(MAX_LINES, lines));
        }, scroll.widthProperty(), text.textProperty(), model.stateProperty()));
        getChildren().addAll(counter, scroll);
    }

    /** Forward explanations in the forward colour, backward ones in the backward colour (as on the canvas). */
    private void colour(org.chainrule.engine.StepState s) {
        Theme t = Theme.standard();
        String c = s == null || s.phase() == null ? t.text()
                : s.phase() == org.chainrule.engine.Phase.FORWARD ? t.forward() : t.backward();
        text.setStyle("-fx-text-fill: " + c + ";");
    }

    /** Lines the explanation shows before it scrolls. */
    static final int MAX_LINES = 6;

    /** No-break space: the text wraps at the next ordinary space instead. */
    static final char GLUE = '\u00a0';

    /**
     * The explanation as shown: a narrow pane wraps a line only after an {@code =} or between the terms of
     * a sum ({@code … + }), never inside a product ({@code 8 ·} / {@code 3}) or a quotient; the characters
     * are the engine's, but the spaces inside a term, and before each {@code =} and {@code +}, do not break.
     */
    static String unbreakable(String s) {
        if (s == null) return "";
        String g = String.valueOf(GLUE);
        return s.replace(" · ", g + "·" + g).replace(" / ", g + "/" + g).replace(" = ", g + "= ")
                .replace(" + ", g + "+ ").replace(" − ", g + "− ");
    }

    /** The explanation shown now, with ordinary spaces (for tests). */
    public String explanation() { return text.getText().replace(GLUE, ' '); }

    /** The label showing the explanation (for tests). */
    Label label() { return text; }
}
