package org.chainrule.ui.expr;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.chainrule.model.Graph;

/**
 * "New from expression…": type an exam formula, name its params and values, see every mistake with its
 * column as you type; OK gives the graph, laid out as an exam draws it.
 */
public final class ExpressionDialog extends Dialog<Graph> {
    private final ExpressionForm form = new ExpressionForm();

    public ExpressionDialog(Window owner) {
        if (owner != null) initOwner(owner);
        setTitle("New from expression");
        setHeaderText("The computation graph of a formula, e.g.  y = max(w*x + x, 0)");
        setResizable(true);

        TextField expression = field("expression-text", "y = max(w*x + x, 0)");
        TextField params = field("expression-params", "w, b  (trainable; the others are inputs)");
        TextField values = field("expression-values", "w=0.001, x=2  (missing ones start at 1)");
        expression.textProperty().bindBidirectional(form.expressionProperty());
        params.textProperty().bindBidirectional(form.paramsProperty());
        values.textProperty().bindBidirectional(form.valuesProperty());

        Label problem = new Label();
        problem.setId("expression-problem");
        problem.textProperty().bind(form.problemProperty());
        problem.setStyle("-fx-text-fill: #b00020;");
        Label pointer = new Label();
        pointer.setId("expression-pointer");
        pointer.textProperty().bind(form.pointerProperty());
        pointer.setFont(Font.font("Monospaced", 13));
        Label summary = new Label();
        summary.setId("expression-summary");
        summary.textProperty().bind(form.summaryProperty());
        summary.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Expression"), expression);
        grid.addRow(1, new Label("Params"), params);
        grid.addRow(2, new Label("Values"), values);
        grid.add(pointer, 1, 3);
        grid.add(problem, 1, 4);
        grid.add(summary, 1, 5);
        GridPane.setHgrow(expression, Priority.ALWAYS);
        grid.setPrefWidth(620);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.validProperty().not());
        setResultConverter(b -> b == ButtonType.OK ? form.build() : null);
        setOnShown(e -> expression.requestFocus());
    }

    /** The form behind the fields (for tests and for presetting an expression). */
    public ExpressionForm form() { return form; }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setFont(Font.font("Monospaced", 13));
        return f;
    }
}
