package org.chainrule.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.chainrule.engine.Diagnostic;

/**
 * Why the graph cannot be evaluated (a cycle without delay, a missing value, a wrong number of inputs)
 * or where its numbers stop being finite (a division by zero), one problem a line; clicking a problem
 * selects the nodes it names. Empty when the graph is fine.
 */
public final class ProblemsPanel extends ListView<Diagnostic> {
    public ProblemsPanel(EditorViewModel vm) {
        super(vm.problems());
        setId("problems");
        setPlaceholder(new javafx.scene.control.Label("No problems."));
        setPrefHeight(110);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Diagnostic d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : "⚠ " + d.message());
                setTooltip(empty || d == null || d.nodeIds().isEmpty() ? null : new Tooltip("Click to select " + String.join(", ", d.nodeIds())));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, d) -> {
            if (d != null) vm.selectProblem(d);
        });
        setOnMouseClicked(e -> {
            Diagnostic d = getSelectionModel().getSelectedItem();
            if (d != null) vm.selectProblem(d);
        });
    }
}
