package org.chainrule.ui.export;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import java.nio.file.Path;
import org.chainrule.model.Graph;
import org.chainrule.ui.AppFiles;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.StandardAction;
import org.chainrule.ui.WindowExtension;

/** Binds File ▸ Export… ({@link StandardAction#EXPORT}): the {@link ExportDialog}, then where to save. */
public final class ExportExtension implements WindowExtension {
    /** Text of the File menu item. */
    public static final String EXPORT = StandardAction.EXPORT.text();

    @Override
    public void install(MainWindow window) {
        window.actions().get(StandardAction.EXPORT).bind(() -> export(window));
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
