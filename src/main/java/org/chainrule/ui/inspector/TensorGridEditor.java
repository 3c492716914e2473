package org.chainrule.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.chainrule.ops.tensor.Tensor;

/**
 * A tensor's numbers as a grid of text fields, rows × columns (a vector is one row). The grid hands all
 * its cells in at once, on Enter or when the focus leaves the grid, so changing several numbers is one
 * undo step; a refusal (a cell that is not a number) shows under the grid, the cell marked red.
 */
final class TensorGridEditor extends AbstractPropertyEditor<Object, VBox> {
    private static final String REFUSED = "-fx-border-color: #cf222e; -fx-border-width: 1.5; -fx-border-radius: 3;";
    // created lazily: the super constructor asks for it before this class's fields are initialised
    private SimpleObjectProperty<Object> committed;
    private final List<List<TextField>> cells = new ArrayList<>();
    private final String id;

    TensorGridEditor(PropertySheet.Item item, StringProperty problem) {
        super(item, new VBox(2, new GridPane()), !item.isEditable());
        this.id = "inspector-" + item.getName().replace(' ', '-');
        grid().setId(id);
        grid().setHgap(2);
        grid().setVgap(2);
        Label why = new Label();
        why.setId(id + "-problem");
        why.setWrapText(true);
        why.setStyle("-fx-text-fill: #cf222e; -fx-font-size: 0.9em;");
        getEditor().getChildren().add(why);
        Runnable show = () -> {
            String p = problem.get();
            why.setText(p);
            why.setVisible(!p.isEmpty());
            why.setManaged(!p.isEmpty());
            mark(p);
        };
        problem.addListener((o, a, b) -> show.run());
        show.run();
    }

    private GridPane grid() { return (GridPane) getEditor().getChildren().get(0); }

    /** Builds the fields for a tensor of this many rows and columns, or only fills them when they are there. */
    private void fill(List<List<String>> rows) {
        boolean same = cells.size() == rows.size() && !cells.isEmpty() && cells.get(0).size() == rows.get(0).size();
        if (!same) {
            cells.clear();
            grid().getChildren().clear();
            for (int r = 0; r < rows.size(); r++) {
                List<TextField> row = new ArrayList<>();
                for (int c = 0; c < rows.get(r).size(); c++) {
                    TextField tf = new TextField();
                    tf.setId(id + "-" + r + "-" + c);
                    tf.setPrefColumnCount(3);
                    tf.setMinWidth(28);
                    tf.setTooltip(new Tooltip("row " + (r + 1) + ", column " + (c + 1)));
                    tf.setOnAction(e -> commit());
                    tf.focusedProperty().addListener((o, was, is) -> {
                        // the grid is one edit: commit when the focus leaves it, not when it moves to another cell
                        if (!is) Platform.runLater(() -> { if (!focusInside()) commit(); });
                    });
                    row.add(tf);
                    grid().add(tf, c, r);
                }
                cells.add(row);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                TextField tf = cells.get(r).get(c);
                if (!tf.getText().equals(rows.get(r).get(c))) tf.setText(rows.get(r).get(c));
            }
        }
    }

    private boolean focusInside() {
        for (List<TextField> row : cells) for (TextField tf : row) if (tf.isFocused()) return true;
        return false;
    }

    private List<List<String>> typed() {
        List<List<String>> out = new ArrayList<>();
        for (List<TextField> row : cells) out.add(row.stream().map(TextField::getText).toList());
        return out;
    }

    private void commit() {
        List<List<String>> now = typed();
        Object shown = getObservableValue().getValue();
        if (shown instanceof Tensor t && now.equals(TensorFields.cells(t))) return;
        if (now.equals(shown)) return;
        committed.set(now);
    }

    /** The cell a refusal names ("row 2, column 3: …") gets a red border. */
    private void mark(String problem) {
        for (int r = 0; r < cells.size(); r++) {
            for (int c = 0; c < cells.get(r).size(); c++) {
                boolean bad = problem.contains("row " + (r + 1) + ", column " + (c + 1) + ":");
                cells.get(r).get(c).setStyle(bad ? REFUSED : "");
            }
        }
    }

    @Override
    protected ObservableValue<Object> getObservableValue() {
        if (committed == null) committed = new SimpleObjectProperty<>();
        return committed;
    }

    @Override
    public void setValue(Object v) {
        getObservableValue();
        if (v instanceof Tensor t) {
            committed.set(t);
            fill(TensorFields.cells(t));
        }
    }
}
