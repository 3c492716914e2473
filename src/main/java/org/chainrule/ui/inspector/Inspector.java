package org.chainrule.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import org.chainrule.ui.EditorViewModel;

/**
 * The ControlsFX {@link PropertySheet} showing {@link InspectorFields} for the selection. Text fields
 * commit on Enter or when they lose focus (one undo step per edit, not per keystroke); a refused input
 * is put back to the model's value and the problem is shown at the field (red border, the reason under
 * it and as its tooltip) until the next accepted edit, as well as in the status bar.
 */
public final class Inspector extends PropertySheet {
    private final EditorViewModel vm;
    private final InspectorFields fields;
    private Object shownSubject;
    private List<String> shownNames = List.of();
    private String shownTitle = "";

    public Inspector(EditorViewModel vm) {
        this.vm = vm;
        this.fields = new InspectorFields(vm);
        setId("inspector");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.CATEGORY);
        setPropertyEditorFactory(this::editor);
        setPrefWidth(260);
        vm.selection().versionProperty().addListener((o, a, b) -> refresh());
        vm.changesProperty().addListener((o, a, b) -> refresh());
        vm.evaluationProperty().addListener((o, a, b) -> refresh());
        vm.hiddenNumbers().versionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Narrowest an editor gets. */
    private static final double EDITOR_MIN = 60;

    /**
     * The sheet gives each name and each editor at least 100 pixels, more than a narrow window's column
     * holds (a horizontal scrollbar and clipped fields): here names wrap between words and editors
     * shrink to fit it.
     */
    @Override
    protected void layoutChildren() {
        for (javafx.scene.Node pane : lookupAll(".property-pane")) {
            if (!(pane instanceof javafx.scene.layout.GridPane grid)) continue;
            for (javafx.scene.Node n : grid.getChildren()) {
                Integer column = javafx.scene.layout.GridPane.getColumnIndex(n);
                if (n instanceof Label name && (column == null || column == 0)) {
                    name.setWrapText(true);
                    name.setMinWidth(longestWord(name));
                } else if (n instanceof javafx.scene.layout.Region editor && column != null && column == 1) {
                    editor.setMinWidth(EDITOR_MIN);
                }
            }
        }
        super.layoutChildren();
    }

    private static double longestWord(Label label) {
        double widest = 0;
        for (String word : label.getText().split(" ")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(label.getFont());
            widest = Math.max(widest, Math.ceil(t.getLayoutBounds().getWidth()) + 2);
        }
        return widest;
    }

    /** Rebuilds the rows when the subject or its set of fields changed, else only updates their values (keeps focus). */
    public void refresh() {
        Object subject = fields.subject();
        List<Field> now = fields.fields();
        List<String> names = now.stream().map(Field::name).toList();
        String title = subject instanceof org.chainrule.model.Node n ? "Node " + n.id()
                : subject instanceof org.chainrule.model.Edge ? "Edge" : "Graph";
        if (subject == shownSubject && names.equals(shownNames) && title.equals(shownTitle)) {
            for (Item item : getItems()) if (item instanceof Row row) row.reload(now.get(names.indexOf(row.field.name())));
            return;
        }
        shownSubject = subject;
        shownNames = names;
        List<Item> items = new ArrayList<>();
        shownTitle = title;
        for (Field f : now) items.add(new Row(f, title));
        getItems().setAll(items);
    }

    private PropertyEditor<?> editor(Item item) {
        Row row = (Row) item;
        return switch (row.field.kind()) {
            case CHOICE -> Editors.createChoiceEditor(item, row.field.choices());
            case BOOLEAN -> Editors.createCheckEditor(item);
            case GRID -> new TensorGridEditor(item, row.problem);
            default -> new CommitTextEditor(row);
        };
    }

    /** One field as a property-sheet item; its observable value follows the model. */
    private final class Row implements Item {
        private Field field;
        private final SimpleObjectProperty<Object> value = new SimpleObjectProperty<>();
        private boolean reverting;
        /** Why the last input was refused, or "". */
        private final javafx.beans.property.SimpleStringProperty problem = new javafx.beans.property.SimpleStringProperty("");

        private final String title;

        Row(Field field, String title) {
            this.field = field;
            this.title = title;
            value.set(field.value());
        }

        void reload(Field f) {
            field = f;
            value.set(f.value());
        }

        @Override public Class<?> getType() {
            return field.kind() == Field.Kind.BOOLEAN ? Boolean.class : field.kind() == Field.Kind.GRID ? Object.class : String.class;
        }

        // one section per subject: the sheet shows its sections as an accordion, one open at a time
        @Override public String getCategory() { return title; }

        @Override public String getName() { return field.name(); }

        @Override public String getDescription() { return field.description(); }

        @Override public Object getValue() { return value.get(); }

        @Override
        public void setValue(Object v) {
            if (reverting || v == null || v.equals(field.value())) return;
            String refused = field.setValue(v);
            problem.set(refused == null ? "" : field.name() + ": " + refused);
            if (refused != null) vm.messageProperty().set(field.name() + ": " + refused);
            // the model may have taken a different form of the input (or refused it): show what it holds. Later,
            // because the property editor ignores changes of this value while it is handing one in.
            javafx.application.Platform.runLater(() -> {
                reverting = true;
                try {
                    value.set(null);
                    value.set(field.value());
                } finally {
                    reverting = false;
                }
            });
        }

        @Override public Optional<ObservableValue<?>> getObservableValue() { return Optional.of(value); }

        @Override public boolean isEditable() { return field.kind() != Field.Kind.READ_ONLY; }
    }

    /** A text field that hands its text to the row only on Enter or when focus leaves it; a refusal shows under it. */
    private static final class CommitTextEditor extends AbstractPropertyEditor<String, VBox> {
        private static final String REFUSED = "-fx-border-color: #cf222e; -fx-border-width: 1.5; -fx-border-radius: 3;";
        // created lazily: the super constructor asks for it before this class's fields are initialised
        private SimpleObjectProperty<String> committed;

        CommitTextEditor(Row row) {
            super(row, new VBox(2, new TextField()), !row.isEditable());
            TextField tf = text();
            tf.setId("inspector-" + row.getName().replace(' ', '-'));
            Tooltip help = new Tooltip(row.getDescription());
            tf.setTooltip(help);
            tf.setEditable(row.isEditable());
            tf.setOnAction(e -> commit());
            tf.focusedProperty().addListener((o, was, is) -> { if (!is) commit(); });
            Label why = new Label();
            why.setId(tf.getId() + "-problem");
            why.setWrapText(true);
            why.setStyle("-fx-text-fill: #cf222e; -fx-font-size: 0.9em;");
            getEditor().getChildren().add(why);
            Runnable show = () -> {
                String p = row.problem.get();
                boolean refused = !p.isEmpty();
                why.setText(p);
                why.setVisible(refused);
                why.setManaged(refused);
                tf.setStyle(refused ? REFUSED : "");
                tf.setTooltip(refused ? new Tooltip(p + "\n" + row.getDescription()) : help);
            };
            row.problem.addListener((o, a, b) -> show.run());
            show.run();
        }

        private TextField text() { return (TextField) getEditor().getChildren().get(0); }

        private void commit() {
            String text = text().getText();
            if (text.equals(getObservableValue().getValue())) return;
            committed.set(text);
        }

        @Override
        protected ObservableValue<String> getObservableValue() {
            if (committed == null) committed = new SimpleObjectProperty<>();
            return committed;
        }

        @Override
        public void setValue(String v) {
            String s = v == null ? "" : v;
            getObservableValue();
            committed.set(s);
            if (!text().getText().equals(s)) text().setText(s);
        }
    }
}
