package org.chainrule.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The ControlsFX {@link PropertySheet} showing {@link InspectorFields} for the selection. Text fields
 * commit on Enter or when they lose focus (one undo step per edit, not per keystroke); a refused input
 * is shown in the status bar and the field goes back to the model's value.
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
            default -> new CommitTextEditor(row);
        };
    }

    /** One field as a property-sheet item; its observable value follows the model. */
    private final class Row implements Item {
        private Field field;
        private final SimpleObjectProperty<Object> value = new SimpleObjectProperty<>();
        private boolean reverting;

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

        @Override public Class<?> getType() { return field.kind() == Field.Kind.BOOLEAN ? Boolean.class : String.class; }

        // one section per subject: the sheet shows its sections as an accordion, one open at a time
        @Override public String getCategory() { return title; }

        @Override public String getName() { return field.name(); }

        @Override public String getDescription() { return field.description(); }

        @Override public Object getValue() { return value.get(); }

        @Override
        public void setValue(Object v) {
            if (reverting || v == null || v.equals(field.value())) return;
            String problem = field.setValue(v);
            if (problem != null) vm.messageProperty().set(field.name() + ": " + problem);
            // the model may have taken a different form of the input (or refused it): show what it holds
            reverting = true;
            try {
                value.set(null);
                value.set(field.value());
            } finally {
                reverting = false;
            }
        }

        @Override public Optional<ObservableValue<?>> getObservableValue() { return Optional.of(value); }

        @Override public boolean isEditable() { return field.kind() != Field.Kind.READ_ONLY; }
    }

    /** A text field that hands its text to the row only on Enter or when focus leaves it. */
    private static final class CommitTextEditor extends AbstractPropertyEditor<String, TextField> {
        // created lazily: the super constructor asks for it before this class's fields are initialised
        private SimpleObjectProperty<String> committed;

        CommitTextEditor(Row row) {
            super(row, new TextField(), !row.isEditable());
            TextField tf = getEditor();
            tf.setId("inspector-" + row.getName().replace(' ', '-'));
            tf.setTooltip(new Tooltip(row.getDescription()));
            tf.setEditable(row.isEditable());
            tf.setOnAction(e -> commit());
            tf.focusedProperty().addListener((o, was, is) -> { if (!is) commit(); });
        }

        private void commit() {
            String text = getEditor().getText();
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
            if (!getEditor().getText().equals(s)) getEditor().setText(s);
        }
    }
}
