package org.chainrule.ui.stepper;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The stepper's Forward/Reverse switch, the key forward mode differentiates with respect to, and what
 * each mode costs on the graph shown ("reverse: 1 pass; forward: one pass per input").
 */
final class ModeControls extends HBox {
    final ToggleButton reverse = new ToggleButton("Reverse");
    final ToggleButton forward = new ToggleButton("Forward");
    final ComboBox<String> wrt = new ComboBox<>();
    final Label cost = new Label();

    ModeControls(StepperModel model) {
        super(4);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TangentMode mode = model.tangentMode();
        ToggleGroup group = new ToggleGroup();
        reverse.setToggleGroup(group);
        forward.setToggleGroup(group);
        reverse.setSelected(true);
        reverse.setId("stepper-reverse-mode");
        forward.setId("stepper-forward-mode");
        reverse.setTooltip(new Tooltip("Reverse mode (backpropagation): one pass back from the output gives its derivative with respect to every key"));
        forward.setTooltip(new Tooltip("Forward mode: tangents ∂·/∂key carried forward with the values, one pass per key"));
        for (ToggleButton b : new ToggleButton[] {reverse, forward}) b.setFocusTraversable(false);
        // a toggle group lets both be off: keep one on
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) was.setSelected(true);
            else mode.onProperty().set(now == forward);
        });
        mode.onProperty().addListener((o, a, on) -> (on ? forward : reverse).setSelected(true));
        wrt.setId("stepper-wrt");
        wrt.setTooltip(new Tooltip("The key forward mode differentiates with respect to"));
        wrt.setFocusTraversable(false);
        wrt.disableProperty().bind(forward.selectedProperty().not());
        wrt.valueProperty().addListener((o, a, k) -> {
            if (k != null) mode.keyProperty().set(k);
        });
        mode.keyProperty().addListener((o, a, k) -> wrt.setValue(k));
        cost.setId("stepper-cost");
        model.shownGraphProperty().addListener((o, a, g) -> refresh(model));
        cost.setStyle("-fx-text-fill: #57606a;");
        getChildren().addAll(reverse, forward, new Label("wrt"), wrt);
        refresh(model);
    }

    private void refresh(StepperModel model) {
        java.util.List<String> keys = TangentMode.keys(model.shownGraphProperty().get());
        if (!keys.equals(wrt.getItems())) wrt.setItems(FXCollections.observableArrayList(keys));
        if (wrt.getValue() == null || !keys.contains(wrt.getValue())) wrt.setValue(keys.isEmpty() ? null : keys.get(0));
        cost.setText(keys.isEmpty() ? "" : TangentMode.cost(keys.size()));
    }
}
