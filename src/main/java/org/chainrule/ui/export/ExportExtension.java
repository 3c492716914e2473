package org.chainrule.ui.export;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import java.nio.file.Path;
import org.chainrule.model.Graph;
import org.chainrule.ui.AppFiles;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.Menus;
import org.chainrule.ui.WindowExtension;

/** Adds File ▸ Export… (Ctrl Shift E): the {@link ExportDialog}, then where to save. */
public final class ExportExtension implements WindowExtension {
    /** Text of the File menu item. */
    public static final String EXPORT = "Export…";

    @Override
    public void install(MainWindow window) {
        MenuItem item = new MenuItem(EXPORT);
        item.setId("menu-export");
        item.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+E"));
        item.setOnAction(e -> export(window));
        Menu file = Menus.find(window, "File");
        if (file != null) file.getItems().add(Menus.indexAfter(file, "Save As"), item);
        else window.addMenu(new Menu("Export", null, item));
    }

    static void export(MainWindow window) {
        Graph g = window.viewModel().graph();
        ExportMemory memory = new ExportMemory(AppFiles.standard().home());
        ExportDialog dialog = new ExportDialog(window.stage(), g, memory.settings());
        dialog.showAndWait().ifPresent(s -> {
            memory.remember(dialog.choices(), memory.folder());
            FileChooser fc = new FileChooser();
            fc.setTitle("Export as " + s.format().name());
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(s.format().description(), "*." + s.format().extension()));
            fc.setInitialFileName(s.fileName(window.viewModel().graphName()));
            Path folder = memory.folder();
            if (folder != null) fc.setInitialDirectory(folder.toFile());
            File f = fc.showSaveDialog(window.stage());
            if (f == null) return;
            try {
                s.format().write(g, s.options(), window.viewModel().graphName(), f.toPath());
                memory.remember(dialog.choices(), f.toPath().toAbsolutePath().getParent());
                window.viewModel().messageProperty().set("Exported " + f.getName());
            } catch (RuntimeException ex) {
                Alert a = new Alert(Alert.AlertType.ERROR, ex.getMessage(), ButtonType.OK);
                a.initOwner(window.stage());
                a.setHeaderText("Cannot export " + f.getName());
                a.showAndWait();
            }
        });
    }
}
