package org.chainrule.ui;

import static org.chainrule.ui.StandardAction.*;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.stage.Stage;
import org.chainrule.model.Node;
import org.chainrule.ui.canvas.GraphCanvas;
import org.chainrule.ui.files.FileActions;

/** Binds what the editor's own actions of {@link StandardAction} do in a window. */
final class EditorActions {
    private EditorActions() {}

    /**
     * Binds the actions of {@code t} to the view model, the file actions, the canvas (zoom, fit) and
     * {@code rename} (asks for a node's new id); Quit closes {@code stage}.
     */
    static void bind(ActionTable t, EditorViewModel vm, FileActions files, GraphCanvas canvas, Stage stage, Consumer<Node> rename) {
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
                stage.close();
                Platform.exit();
            }
        });
        t.get(UNDO).bind(vm::undo, noUndo);
        t.get(REDO).bind(vm::redo, noRedo);
        t.get(REDO_ALT).bind(vm::redo, noRedo);
        t.get(DELETE).bind(vm::deleteSelection, nothingSelected);
        t.get(RENAME).bind(() -> rename.accept((Node) vm.selection().single()), noSingleNode);
        t.get(SELECT_ALL).bind(vm::selectAll);
        t.get(ZOOM_IN).bind(() -> canvas.zoomIn());
        t.get(ZOOM_OUT).bind(() -> canvas.zoomOut());
        t.get(FIT).bind(() -> canvas.fitToWindow());
        t.get(AUTO_LAYOUT).bind(() -> {
            vm.autoLayout();
            canvas.fitToWindow();
        }, empty);
        t.get(KEYS).bind(() -> KeysSheet.show(stage));
    }
}
