package org.chainrule.ui.stepper;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.chainrule.engine.AnswerCheck;

/**
 * Quiz mode's answer line: pick a hidden number (a node's value or gradient, or an edge's gradient — a
 * click on the canvas picks the node or edge), type the answer, and see it marked right or wrong;
 * Reveal shows the engine's number. Visible only while the quiz hides something. In a narrow window the
 * line wraps onto a second row rather than cutting its words short.
 */
public final class QuizPanel extends FlowPane {
    /** The widest the choice of number gets; a longer name is cut short and shown whole in its tooltip. */
    static final double ITEMS_WIDTH = 420;
    /** The narrowest it gets, so that "pick a number" shows whole. */
    private static final double ITEMS_MIN_WIDTH = 140;

    private final StepperModel model;
    private final ComboBox<Quiz.Item> items = new ComboBox<>();
    private final TextField answer = new TextField();
    private final Label mark = new Label();

    public QuizPanel(StepperModel model) {
        this.model = model;
        setId("stepper-quiz-panel");
        setHgap(6);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 4 10 4 10;");
        items.setId("stepper-quiz-item");
        items.setPromptText("pick a number");
        items.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quiz.Item i) { return i == null ? "" : QuizItems.describe(graph(), i); }

            @Override
            public Quiz.Item fromString(String s) { return null; }
        });
        items.setMaxWidth(ITEMS_WIDTH);
        Tooltip named = new Tooltip();
        named.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> items.getConverter().toString(items.getValue()), items.valueProperty()));
        items.setTooltip(named);
        answer.setId("stepper-quiz-answer");
        answer.setPromptText("answer");
        answer.setPrefColumnCount(6);
        answer.setOnAction(e -> check());
        Button check = new Button("Check");
        check.setId("stepper-quiz-check");
        check.setOnAction(e -> check());
        Button reveal = new Button("Reveal");
        reveal.setId("stepper-quiz-reveal");
        reveal.setOnAction(e -> {
            Quiz.Item i = items.getValue();
            if (i != null) model.reveal(i);
        });
        mark.setId("stepper-quiz-mark");
        Label title = new Label("Quiz:");
        title.setId("stepper-quiz-title");
        for (javafx.scene.control.Labeled l : List.of(title, check, reveal, mark)) l.setMinWidth(Region.USE_PREF_SIZE);
        answer.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, items, answer, check, reveal, mark);
        model.stateProperty().addListener((o, a, s) -> refresh());
        model.quizChangesProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Lists the hidden numbers known at this position, keeping the chosen one when it is still there. */
    void refresh() {
        Quiz quiz = model.quiz();
        boolean on = quiz.active() && model.cursor() != null;
        setVisible(on);
        setManaged(on);
        if (!on) {
            mark.setText("");
            items.getItems().clear();
            return;
        }
        Quiz.Item chosen = items.getValue();
        List<Quiz.Item> known = QuizItems.known(model.stateProperty().get() == null ? null : model.cursor().graph(),
                model.stateProperty().get());
        known.removeIf(i -> !(i.kind() == Quiz.Kind.VALUE ? quiz.hideValues() : quiz.hideGrads()));
        items.getItems().setAll(known);
        fitItems();
        if (chosen != null && known.contains(chosen)) items.setValue(chosen);
        else if (!known.isEmpty()) items.setValue(firstOpen(known));
    }

    /**
     * Widens the choice to its longest name, so that no name is cut short in the box or in its list (up to
     * {@link #ITEMS_WIDTH}; the line wraps instead when the window is narrow).
     */
    private void fitItems() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.getDefault());
        double widest = 0;
        for (Quiz.Item i : items.getItems()) {
            probe.setText(items.getConverter().toString(i));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // room for the arrow button and the cell's padding
        items.setPrefWidth(Math.min(ITEMS_WIDTH, Math.max(ITEMS_MIN_WIDTH, widest + 48)));
    }

    private org.chainrule.model.Graph graph() {
        return model.shownGraphProperty().get();
    }

    private Quiz.Item firstOpen(List<Quiz.Item> known) {
        // the most recent number still hidden: the one the student is looking at
        for (int i = known.size() - 1; i >= 0; i--) if (model.quiz().hides(known.get(i))) return known.get(i);
        return known.get(known.size() - 1);
    }

    /** Chooses the item for this node id or edge key when the quiz asks about it (a click on the canvas). */
    public void choose(String idOrKey) {
        for (Quiz.Item i : items.getItems()) {
            if (i.key().equals(idOrKey) && model.quiz().hides(i)) {
                items.setValue(i);
                answer.requestFocus();
                return;
            }
        }
    }

    private void check() {
        Quiz.Item i = items.getValue();
        if (i == null) return;
        AnswerCheck.Result r = model.answer(i, answer.getText());
        // marked as an exam marker marks: a slip that follows from an earlier one of the student's is carried
        mark.setText(QuizMarking.text(graph(), i, r, model.followThrough()));
        mark.setTooltip(new Tooltip(mark.getText()));
        boolean carried = mark.getText().startsWith("↪");
        mark.setStyle("-fx-text-fill: " + (r.right() ? "#1b7f2a" : carried ? "#8a5a00" : "#b00020") + ";");
        answer.clear();
        // right: on to the next number still hidden
        if (r.right() && !items.getItems().isEmpty()) items.setValue(firstOpen(items.getItems()));
    }

    /** Chooses an item directly (tests and the canvas). */
    public void select(Quiz.Item item) { items.setValue(item); }

    /** The items offered now, named as the student reads them. */
    public List<String> itemNames() {
        return items.getItems().stream().map(i -> items.getConverter().toString(i)).toList();
    }

    /** The mark of the last answer, as shown. */
    public String markText() { return mark.getText(); }
}
