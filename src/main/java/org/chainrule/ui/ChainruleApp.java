package org.chainrule.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import org.chainrule.layout.LayeredLayout;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.chainrule.ui.files.AppFiles;
import org.chainrule.ui.files.Examples;
import org.chainrule.ui.export.ExportExtension;
import org.chainrule.ui.expr.ExpressionExtension;
import org.chainrule.ui.stepper.StepperExtension;
import org.chainrule.ui.stepper.StepperView;
import org.chainrule.ui.training.TrainingExtension;

/**
 * The editor application. Started by {@link #launchWith} from {@code org.chainrule.Main} (which must not
 * itself extend {@code Application}, or {@code java -jar} fails without JavaFX on the module path). With a
 * file argument it opens that file; without, the bundled exam graph {@link Examples#DEFAULT}. If the last
 * session left unsaved work in the recovery file, it is offered first.
 */
public class ChainruleApp extends Application {
    private MainWindow window;

    /** Starts the editor with the program's arguments (at most one: a graph file). Returns when it closes. */
    public static void launchWith(String[] args) {
        Application.launch(ChainruleApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LayeredLayout.warmUpInBackground();
        window = open(stage, getParameters().getRaw());
        stage.show();
        Platform.runLater(() -> window.canvas().fitToWindow());
    }

    /** The editor window and the stepper installed on it. */
    public record Editor(MainWindow window, StepperView stepper, TrainingExtension training) {}

    /** Builds the window on {@code stage} for these arguments (also used by the UI tests). */
    public static MainWindow open(Stage stage, List<String> args) { return openEditor(stage, args).window(); }

    /** {@link #open}, with the stepper (for tests that drive it). */
    public static Editor openEditor(Stage stage, List<String> args) {
        EditorViewModel vm = new EditorViewModel();
        AppFiles files = AppFiles.standard();
        MainWindow w = new MainWindow(stage, vm, files);
        // the features built on the window: the stepper's toolbar and panels, the formula and chain-rule
        // actions, the export dialog (the window's actions are bound here, before it is shown)
        StepperExtension stepper = new StepperExtension();
        stepper.install(w);
        new ExpressionExtension().install(w);
        new ExportExtension().install(w);
        TrainingExtension training = new TrainingExtension();
        training.install(w);
        boolean opened = false;
        if (!args.isEmpty()) {
            Path p = Path.of(args.get(0));
            if (Files.isRegularFile(p)) opened = w.files().open(p, false);
            else vm.messageProperty().set("No such file: " + p);
        }
        if (!opened) {
            Examples.Example e = Examples.find(Examples.DEFAULT);
            if (e != null) {
                try {
                    vm.openExample(e);
                } catch (RuntimeException ex) {
                    vm.messageProperty().set("Cannot open " + e.fileName() + ": " + ex.getMessage());
                }
            }
        }
        offerRecovery(stage, vm, files);
        return new Editor(w, stepper.view(), training);
    }

    private static void offerRecovery(Stage stage, EditorViewModel vm, AppFiles files) {
        Optional<AppFiles.Recovered> r;
        try {
            r = files.pendingRecovery();
        } catch (RuntimeException ex) {
            files.clearRecovery(); // unreadable: nothing to offer
            return;
        }
        if (r.isEmpty()) return;
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String name = r.get().graph().name() != null ? r.get().graph().name() : "an unnamed graph";
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Chainrule did not close normally last time. Restore the unsaved changes to \""
                + name + "\"?", restore, discard);
        a.setTitle("Recover unsaved work");
        a.setHeaderText("Unsaved work was found");
        if (stage.getScene() != null) a.initOwner(stage);
        if (a.showAndWait().orElse(discard) == restore) vm.recover(r.get().graph(), r.get().file());
        else files.clearRecovery();
    }

    @Override
    public void stop() {
        // a normal exit (also Platform.exit) leaves nothing to recover
        if (window != null && !window.viewModel().isDirty()) window.files().closed();
    }
}
