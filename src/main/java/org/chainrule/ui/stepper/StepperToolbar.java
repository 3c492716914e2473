package org.chainrule.ui.stepper;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import java.util.List;
import java.util.Map;
import org.chainrule.engine.AnswerCheck;
import org.chainrule.ui.ActionTable;
import org.chainrule.ui.StandardAction;

/**
 * The stepper's controls: reset, back, play/pause with its speed, forward, jump to the end of the
 * forward pass, jump to the end, the step counter; the folded/unrolled toggle, the gradient check, quiz
 * mode, and one gradient-descent update with its learning rate and momentum.
 */
public final class StepperToolbar extends ToolBar {
    private final Label counter = new Label();
    private final TextField learningRate = new TextField("0.1");
    private final TextField momentum = new TextField("0");
    private final Label updateProblem = new Label();
    private final StepperView view;
    private final javafx.scene.layout.HBox training;
    private final javafx.scene.layout.VBox trainingBox;
    private final ModeControls modes;

    StepperToolbar(StepperView view, ActionTable actions) {
        this.view = view;
        StepperModel model = view.model();
        StepperPlayer player = view.player();
        setId("stepper-toolbar");
        List<javafx.scene.Node> steps = actions.buttons(StandardAction.Bar.STEPPER, Map.of());
        for (javafx.scene.Node n : steps) {
            if (n instanceof Button b && b.getId().equals(StandardAction.STEP_PLAY.buttonId())) {
                b.textProperty().bind(Bindings.when(player.playingProperty()).then("‖ Pause").otherwise("▶ Play"));
            }
        }

        Slider speed = new Slider(StepperPlayer.MIN_SPEED, StepperPlayer.MAX_SPEED, player.speedProperty().get());
        speed.setId("stepper-speed");
        speed.setPrefWidth(90);
        // ← and → belong to stepping, not to the slider
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Steps per second while playing"));
        speed.valueProperty().bindBidirectional(player.speedProperty());

        counter.setId("stepper-counter");
        counter.textProperty().bind(model.counterProperty());
        counter.setMinWidth(150);
        // one width for every position of a graph, so that stepping never moves the controls after it
        counter.textProperty().addListener((o, a, text) -> fitCounter(text));

        ToggleButton unrolled = new ToggleButton("Unrolled");
        unrolled.setId("stepper-unrolled");
        unrolled.setTooltip(new Tooltip("Recurrent graphs: show one copy of the graph per time step (backpropagation through time)"));
        unrolled.selectedProperty().bindBidirectional(model.unrolledProperty());
        unrolled.disableProperty().bind(model.recurrentProperty().not());
        unrolled.setFocusTraversable(false);

        ToggleButton check = new ToggleButton("Gradient check");
        check.setId("stepper-gradient-check");
        check.setTooltip(new Tooltip("Show the central finite-difference estimate (fd) beside each gradient of a key"));
        check.selectedProperty().bindBidirectional(model.gradientCheckProperty());
        check.setFocusTraversable(false);

        MenuButton quiz = new MenuButton("Quiz");
        quiz.setId("stepper-quiz");
        CheckMenuItem hideValues = new CheckMenuItem("Hide values");
        hideValues.setId("stepper-quiz-values");
        CheckMenuItem hideGrads = new CheckMenuItem("Hide gradients");
        hideGrads.setId("stepper-quiz-grads");
        Runnable apply = () -> model.setQuiz(hideValues.isSelected(), hideGrads.isSelected());
        hideValues.setOnAction(e -> apply.run());
        hideGrads.setOnAction(e -> apply.run());
        MenuItem reveal = new MenuItem("Reveal all known numbers");
        reveal.setOnAction(e -> model.revealAll());
        quiz.getItems().addAll(hideValues, hideGrads, reveal);
        // the quiz may end without these items (another document is opened): show what it hides now
        model.quizChangesProperty().addListener((o, a, b) -> {
            hideValues.setSelected(model.quiz().hideValues());
            hideGrads.setSelected(model.quiz().hideGrads());
        });
        quiz.setFocusTraversable(false);

        learningRate.setId("stepper-lr");
        learningRate.setPrefColumnCount(4);
        learningRate.setTooltip(new Tooltip("Learning rate of the update"));
        momentum.setId("stepper-momentum");
        momentum.setPrefColumnCount(3);
        momentum.setTooltip(new Tooltip("Momentum μ of the update (0: plain gradient descent)"));
        Button update = button("stepper-update", "Update", "One gradient-descent step on every trainable quantity; shows old → new", this::update);
        // an update's old → new gives every hidden gradient away (new = old − lr·gradient)
        var gradsHidden = Bindings.createBooleanBinding(() -> model.quiz().hideGrads(), model.quizChangesProperty());
        update.disableProperty().bind(model.readyProperty().not().or(model.unrolledProperty()).or(gradsHidden));
        updateProblem.setId("stepper-update-problem");
        updateProblem.setStyle("-fx-text-fill: #b00020;");

        getItems().addAll(steps);
        modes = new ModeControls(model);
        getItems().addAll(speed, counter, new Separator(),
                unrolled, check, quiz, new Separator(), modes);
        training = new javafx.scene.layout.HBox(4, new Label("Train:  lr"), learningRate, new Label("μ"), momentum, update);
        training.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (javafx.scene.Node n : training.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        training.setId("stepper-training");
        trainingBox = new javafx.scene.layout.VBox(2, modes.cost, training, updateProblem);
        trainingBox.setStyle("-fx-padding: 6 10 6 10;");
    }

    private void update() {
        double lr = AnswerCheck.parse(learningRate.getText());
        double mu = AnswerCheck.parse(momentum.getText());
        if (Double.isNaN(lr) || Double.isNaN(mu) || lr <= 0 || mu < 0 || mu >= 1) {
            updateProblem.setText("lr must be > 0 and 0 ≤ μ < 1");
            return;
        }
        updateProblem.setText("");
        view.update(lr, mu);
    }

    /**
     * Sizes the counter for the widest text its graph's positions can have: every number with the most digits any
     * has, the longest phase ("backward"). Grows only, within a graph and across graphs, so it never jumps back.
     */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    private void fitCounter(String text) {
        if (text == null || text.isEmpty()) return;
        // every number as wide as the widest (the position grows to the count's digits), the longest phase
        int digits = 0;
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) digits = Math.max(digits, m.group().length());
        String widest = text.replaceAll("\\d+", "8".repeat(Math.max(1, digits)))
                .replace("— start", "— backward").replace("— forward", "— backward");
        javafx.scene.text.Text probe = new javafx.scene.text.Text(widest);
        probe.setFont(counter.getFont());
        double w = Math.ceil(probe.getLayoutBounds().getWidth()) + 8;
        if (w > counter.getMinWidth()) {
            counter.setMinWidth(w);
            counter.setPrefWidth(w);
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** The Forward/Reverse switch, forward mode's key and the cost of each mode. */
    ModeControls modes() { return modes; }

    /** Learning rate, momentum and the Update button: placed beside the explanation (the toolbar is full). */
    javafx.scene.Node trainingControls() { return trainingBox; }
}
