package org.chainrule.ui.export;

import java.io.File;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.chainrule.draw.Theme;
import org.chainrule.draw.export.DiagramExport;
import org.chainrule.io.GraphFile;
import org.chainrule.model.Graph;
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
        ExportDialog dialog = new ExportDialog(window.stage(), g, window.viewModel().hiddenNumbers());
        dialog.showAndWait().ifPresent(s -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export as " + s.format().extension().toUpperCase(java.util.Locale.ROOT));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(s.format().name(), "*." + s.format().extension()));
            fc.setInitialFileName(s.fileName(window.viewModel().graphName()));
            File f = fc.showSaveDialog(window.stage());
            if (f == null) return;
            // drawn and written on a worker thread from a copy (the status bar shows it; a failure is an alert)
            Graph copy = g.copy();
            DiagramExport.Options o = s.options();
            window.viewModel().work().start("Exporting " + f.getName(), "Cannot export " + f.getName(), p -> {
                GraphFile.writeBytes(DiagramExport.render(DiagramExport.diagram(copy, o), s.format(), o, Theme.standard()), f.toPath());
                return f;
            }, done -> window.viewModel().messageProperty().set("Exported " + f.getName()));
        });
    }
}
