package org.chainrule.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.chainrule.model.Node;

/** Every action of the editor window, declared once with its text, shortcut and tooltip. */
final class EditorActions {
    final Action newGraph, open, importTable, save, saveAs, quit;
    final Action undo, redo, redoAlt, delete, rename, selectAll;
    final Action zoomIn, zoomOut, fit, autoLayout, help;

    EditorActions(MainWindow w, EditorViewModel vm, FileActions files) {
        BooleanBinding noUndo = Bindings.createBooleanBinding(() -> !vm.history().canUndo(), vm.changesProperty(), vm.graphProperty());
        BooleanBinding noRedo = Bindings.createBooleanBinding(() -> !vm.history().canRedo(), vm.changesProperty(), vm.graphProperty());
        BooleanBinding nothingSelected = Bindings.createBooleanBinding(() -> vm.selection().isEmpty(), vm.selection().versionProperty());
        BooleanBinding noSingleNode = Bindings.createBooleanBinding(() -> !(vm.selection().single() instanceof Node),
                vm.selection().versionProperty());
        BooleanBinding empty = Bindings.createBooleanBinding(() -> vm.graph().nodeCount() == 0, vm.changesProperty(), vm.graphProperty());

        newGraph = new Action("New", "Shortcut+N", "New empty graph", files::newGraph);
        open = new Action("Open…", "Shortcut+O", "Open a graph file", files::open);
        importTable = new Action("Import Adjacency Table…", "Shortcut+I", "Make a graph from an exam's adjacency table", files::importTable);
        save = new Action("Save", "Shortcut+S", "Save the graph", files::save);
        saveAs = new Action("Save As…", "Shortcut+Shift+S", "Save the graph to a new file", files::saveAs);
        quit = new Action("Quit", "Shortcut+Q", null, () -> {
            if (files.confirmDiscard()) {
                files.closed();
                w.stage().close();
                Platform.exit();
            }
        });
        undo = new Action("Undo", "Shortcut+Z", "Undo the last change", vm::undo).disabledWhen(noUndo);
        redo = new Action("Redo", "Shortcut+Shift+Z", "Redo what was undone", vm::redo).disabledWhen(noRedo);
        redoAlt = new Action("Redo (alternative)", "Shortcut+Y", "Redo what was undone", vm::redo).disabledWhen(noRedo);
        delete = new Action("Delete Selection (Del)", null, "Delete the selected nodes and edges (Delete key)", vm::deleteSelection)
                .disabledWhen(nothingSelected);
        rename = new Action("Rename Node…", "F2", "Change the selected node's id (or double-click it)",
                () -> w.rename((Node) vm.selection().single())).disabledWhen(noSingleNode);
        selectAll = new Action("Select All", "Shortcut+A", null, vm::selectAll);
        zoomIn = new Action("Zoom In", "Shortcut+EQUALS", "Zoom in (or the mouse wheel)", () -> w.canvas().zoomIn());
        zoomOut = new Action("Zoom Out", "Shortcut+MINUS", "Zoom out (or the mouse wheel)", () -> w.canvas().zoomOut());
        fit = new Action("Fit to Window", "Shortcut+0", "Show the whole graph", () -> w.canvas().fitToWindow());
        autoLayout = new Action("Auto Layout", "Shortcut+L", "Place the graph left to right in layers", () -> {
            vm.autoLayout();
            w.canvas().fitToWindow();
        }).disabledWhen(empty);
        help = new Action("Mouse and Keys", "F1", null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, HELP, ButtonType.OK);
            a.initOwner(w.stage());
            a.setTitle("Chainrule");
            a.setHeaderText("Mouse and keys");
            a.showAndWait();
        });
    }

    private static final String HELP = String.join("\n",
            "Palette: click an op to add it in the middle of the view, or drag it onto the canvas.",
            "Connect: drag from a node's right handle (small circle) to another node; on −, ÷, sq_err, bce",
            "  drop on the upper half for the first argument, the lower half for the second.",
            "Select: click; Shift-click adds or removes; Shift-drag or right-drag the background for a rubber band.",
            "Move: drag nodes; arrow keys nudge (Shift: by a grid step). Pan: drag the background.",
            "Zoom: mouse wheel, Ctrl + / Ctrl −, Ctrl 0 fits the graph.",
            "Delete: Delete key. Rename: double-click a node or F2.",
            "Undo: Ctrl Z. Redo: Ctrl Shift Z or Ctrl Y.");
}
