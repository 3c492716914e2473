package org.chainrule.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The graph's description (the exam question) above the canvas, hidden when there is none. It shows
 * three lines; "More ▾" opens the whole text, scrolling when it needs more than
 * {@link #MAX_SHARE} of the room the canvas has, so the canvas is never pushed out of a small window.
 */
final class QuestionBar extends BorderPane {
    /** Lines shown while folded. */
    static final int FOLDED_LINES = 3;
    /** The most of the canvas area's height the opened text may take. */
    static final double MAX_SHARE = 0.4;

    private final Label text = new Label();
    private final Button toggle = new Button("More ▾");
    private final ScrollPane scroll = new ScrollPane(text);
    private boolean open;

    /** {@code room}: the height of the area the bar shares with the canvas. */
    QuestionBar(EditorViewModel vm, ObservableDoubleValue room) {
        setId("question-bar");
        text.setId("question");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: #fff8c5; -fx-padding: 0;");
        toggle.setId("question-toggle");
        toggle.setFocusTraversable(false);
        toggle.setStyle("-fx-font-size: 0.85em; -fx-padding: 1 6 1 6;");
        toggle.setTooltip(new Tooltip("Show the whole question, or fold it to " + FOLDED_LINES + " lines"));
        toggle.setOnAction(e -> setOpen(!open));
        BorderPane.setAlignment(toggle, Pos.TOP_RIGHT);
        setCenter(scroll);
        setRight(toggle);
        setStyle("-fx-background-color: #fff8c5; -fx-padding: 4 8 4 8; -fx-border-color: #d4a72c; -fx-border-width: 0 0 1 0;");
        // whole lines of the font the label really has once styled (CSS may change it after construction)
        DoubleBinding folded = Bindings.createDoubleBinding(() -> foldedHeight(text), text.fontProperty(),
                text.lineSpacingProperty(), text.paddingProperty());
        scroll.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> open ? Math.max(folded.get(), room.get() * MAX_SHARE) : folded.get(), room, toggle.textProperty(), folded));
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(scroll.getMaxHeight(), text.prefHeight(Math.max(50, scroll.getWidth() - 4))),
                scroll.maxHeightProperty(), scroll.widthProperty(), text.textProperty()));
        // the toggle only when the text needs more than the folded lines
        toggle.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.prefHeight(Math.max(50, scroll.getWidth() - 4)) > folded.get() + 1, scroll.widthProperty(), text.textProperty(), folded));
        Runnable update = () -> {
            String d = vm.graph().description();
            boolean show = d != null && !d.isBlank();
            text.setText(show ? d : "");
            text.setTooltip(show ? new Tooltip(d) : null);
            setVisible(show);
            setManaged(show);
        };
        vm.changesProperty().addListener((o, a, b) -> update.run());
        vm.graphProperty().addListener((o, a, b) -> {
            setOpen(false);
            update.run();
        });
        update.run();
    }

    /**
     * The height of {@link #FOLDED_LINES} whole lines of {@code label}'s font, with its line spacing and
     * padding: rounded up to the pixel, so the last line's descenders are never cut.
     */
    static double foldedHeight(Label label) {
        return Math.ceil(TextLines.height(label.getFont(), label.getLineSpacing(), FOLDED_LINES)
                + label.snappedTopInset() + label.snappedBottomInset());
    }

    /** The height of {@link #FOLDED_LINES} lines of the question's font (for tests). */
    double foldedHeight() { return foldedHeight(text); }

    boolean isOpen() { return open; }

    void setOpen(boolean on) {
        open = on;
        scroll.setVbarPolicy(on ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVvalue(0);
        toggle.setText(on ? "Less ▴" : "More ▾");
    }

    /** The height of the text shown now (for tests). */
    double shownHeight() { return scroll.getHeight(); }

    /** The height the whole text needs at the current width (for tests). */
    double fullHeight() { return text.prefHeight(Math.max(50, scroll.getWidth() - 4)); }
}
