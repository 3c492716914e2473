package org.chainrule.ui;

import static org.chainrule.ui.StandardAction.*;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.chainrule.model.Node;
import org.chainrule.ui.files.FileActions;

/** Binds what the editor's own actions of {@link StandardAction} do in a window. */
final class EditorActions {
    private EditorActions() {}

    static void bind(ActionTable t, MainWindow w, EditorViewModel vm, FileActions files) {
        BooleanBinding noUndo = Bindings.createBooleanBinding(() -> !vm.history().canUndo(), vm.changesProperty(), vm.graphProperty());
        BooleanBinding noRedo = Bindings.createBooleanBinding(() -> !vm.history().canRedo(), vm.changesProperty(), vm.graphProperty());
        BooleanBinding nothingSelected = Bindings.createBooleanBinding(() -> vm.selection().isEmpty(), vm.selection().versionProperty());
        BooleanBinding noSingleNode = Bindings.createBooleanBinding(() -> !(vm.selection().single() instanceof Node),
                vm.selection().versionProperty());
        BooleanBinding empty = Bindings.createBooleanBinding(() -> vm.graph().nodeCount() == 0, vm.changesProperty(), vm.graphProperty());

        t.get(NEW).bind(files::newGraph);
        t.get(OPEN).bind(files::open);
        t.get(IMPORT_TABLE).bind(files::importTable);
        t.get(SAVE).bind(files::save);
        t.get(SAVE_AS).bind(files::saveAs);
        t.get(QUIT).bind(() -> {
            if (files.confirmDiscard()) {
                files.closed();
                w.stage().close();
                Platform.exit();
            }
        });
        t.get(UNDO).bind(vm::undo, noUndo);
        t.get(REDO).bind(vm::redo, noRedo);
        t.get(REDO_ALT).bind(vm::redo, noRedo);
        t.get(DELETE).bind(vm::deleteSelection, nothingSelected);
        t.get(RENAME).bind(() -> w.rename((Node) vm.selection().single()), noSingleNode);
        t.get(SELECT_ALL).bind(vm::selectAll);
        t.get(ZOOM_IN).bind(() -> w.canvas().zoomIn());
        t.get(ZOOM_OUT).bind(() -> w.canvas().zoomOut());
        t.get(FIT).bind(() -> w.canvas().fitToWindow());
        t.get(AUTO_LAYOUT).bind(() -> {
            vm.autoLayout();
            w.canvas().fitToWindow();
        }, empty);
        t.get(KEYS).bind(() -> KeysSheet.show(w.stage()));
    }
}
