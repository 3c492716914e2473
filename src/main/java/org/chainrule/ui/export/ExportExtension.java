package org.chainrule.ui.export;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import java.nio.file.Path;
import org.chainrule.model.Graph;
import org.chainrule.ui.files.AppFiles;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.StandardAction;

/** Binds File ▸ Export… ({@link StandardAction#EXPORT}): the {@link ExportDialog}, then where to save. */
public final class ExportExtension {
    /** Text of the File menu item. */
    public static final String EXPORT = StandardAction.EXPORT.text();

    /** Binds the action in {@code window}. */
    public void install(MainWindow window) {
        window.actions().get(StandardAction.EXPORT).bind(() -> export(window));
        window.actions().get(StandardAction.EXPORT_SHEET).bind(() -> SheetExport.export(window));
    }

    static void export(MainWindow window) {
        Graph g = window.viewModel().graph();
        ExportMemory memory = new ExportMemory(AppFiles.standard().home());
        ExportDialog dialog = new ExportDialog(window.stage(), g, memory.settings(), window.viewModel().hiddenNumbers());
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
            // drawn and written on a worker thread from a copy (the status bar shows it; a failure is an alert)
            Graph copy = g.copy();
            String name = window.viewModel().graphName();
            Path target = f.toPath();
            window.viewModel().work().start("Exporting " + f.getName(), "Cannot export " + f.getName(), p -> {
                s.format().write(copy, s.options(), name, target);
                return f;
            }, done -> {
                memory.remember(dialog.choices(), target.toAbsolutePath().getParent());
                window.viewModel().messageProperty().set("Exported " + f.getName());
            });
        });
    }
}
