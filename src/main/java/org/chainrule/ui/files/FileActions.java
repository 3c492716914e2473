package org.chainrule.ui.files;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.chainrule.ops.Activation;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.BackgroundWork;
import org.chainrule.ui.OpenTiming;

/**
 * New, Open, Open Recent, Examples, Import, Save and Save As with their dialogs; the unsaved-changes
 * prompt; autosave to the recovery file a few seconds after each change while there are unsaved changes.
 * Failures (a bad file) are shown as one line in an alert, never as a stack trace.
 */
public final class FileActions {
    private static final FileChooser.ExtensionFilter GRAPHS = new FileChooser.ExtensionFilter("Chainrule graphs (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter TABLES = new FileChooser.ExtensionFilter("Adjacency tables (*.txt, *.csv, *.md)", "*.txt", "*.csv", "*.md", "*.tsv");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*.*");

    private final Stage stage;
    private final EditorViewModel vm;
    private final AppFiles files;
    private final PauseTransition autosave = new PauseTransition(Duration.seconds(3));
    /** Writes the recovery file off the FX thread, one write after the other (a clear after a write). */
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chainrule autosave");
        t.setDaemon(true);
        return t;
    });
    private Runnable onRecentChanged = () -> { };

    public FileActions(Stage stage, EditorViewModel vm, AppFiles files) {
        this.stage = stage;
        this.vm = vm;
        this.files = files;
        autosave.setOnFinished(e -> autosaveNow());
        vm.changesProperty().addListener((o, a, b) -> {
            if (vm.isDirty()) autosave.playFromStart();
        });
        vm.dirtyProperty().addListener((o, was, is) -> {
            if (!is) {
                autosave.stop();
                files.clearRecovery();
                writer.execute(files::clearRecovery); // after an autosave still being written
            }
        });
    }

    public void setOnRecentChanged(Runnable r) { onRecentChanged = r; }

    public AppFiles appFiles() { return files; }

    public void newGraph() {
        if (confirmDiscard()) vm.newGraph();
    }

    public void open() {
        if (!confirmDiscard()) return;
        FileChooser fc = chooser("Open graph", GRAPHS, ALL);
        File f = fc.showOpenDialog(stage);
        if (f != null) open(f.toPath(), false);
    }

    /** Opens {@code path}; returns false (after telling the user) when it cannot be read. */
    public boolean open(Path path, boolean askFirst) {
        if (askFirst && !confirmDiscard()) return false;
        OpenTiming.opening();
        try {
            if (isTable(path)) {
                vm.importTable(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString(), Activation.IDENTITY);
                return true;
            }
            if (EditorViewModel.isBig(path)) {
                // read and laid out on a worker thread; the status bar shows how far it has come
                vm.openInBackground(path, () -> {
                    files.addRecent(path);
                    onRecentChanged.run();
                });
                return true;
            }
            vm.open(path);
            files.addRecent(path);
            onRecentChanged.run();
            return true;
        } catch (IOException ex) {
            error("Cannot read " + path.getFileName(), new UncheckedIOException(ex));
            return false;
        } catch (RuntimeException | Error ex) {
            error("Cannot open " + path.getFileName(), ex);
            return false;
        }
    }

    /** Adjacency tables are imported rather than opened. */
    public static boolean isTable(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".md");
    }

    public void openExample(Examples.Example e) {
        if (!confirmDiscard()) return;
        try {
            vm.openExample(e);
        } catch (RuntimeException | Error ex) {
            error("Cannot open example " + e.fileName(), ex);
        }
    }

    public void importTable() {
        if (!confirmDiscard()) return;
        FileChooser fc = chooser("Import adjacency table", TABLES, ALL);
        File f = fc.showOpenDialog(stage);
        if (f == null) return;
        Optional<Activation> a = askActivation();
        if (a.isEmpty()) return;
        try {
            vm.importTable(Files.readString(f.toPath(), StandardCharsets.UTF_8), f.getName(), a.get());
        } catch (IOException ex) {
            error("Cannot read " + f.getName(), new UncheckedIOException(ex));
        } catch (RuntimeException | Error ex) {
            error("Cannot import " + f.getName(), ex);
        }
    }

    /** The activation of the imported neurons, listed by the names the file format uses ({@code relu}). */
    private Optional<Activation> askActivation() {
        List<String> ids = java.util.Arrays.stream(Activation.values()).map(Activation::id).toList();
        ChoiceDialog<String> choice = new ChoiceDialog<>(Activation.IDENTITY.id(), ids);
        choice.initOwner(stage);
        choice.setTitle("Import adjacency table");
        choice.setHeaderText("Activation of the neurons (nodes with an incoming edge).\nA table with ones on the diagonal (self-loops) "
                + "runs over " + org.chainrule.io.table.TableImport.RECURRENT_STEPS + " time steps.");
        choice.setContentText("Activation:");
        return choice.showAndWait().map(Activation::byId);
    }

    /** Saves to the graph's file, or asks for one; false when nothing was saved. */
    public boolean save() {
        Path file = vm.fileProperty().get();
        if (file == null) return saveAs();
        return saveTo(file);
    }

    public boolean saveAs() {
        FileChooser fc = chooser("Save graph", GRAPHS);
        fc.setInitialFileName(suggestedName(vm));
        File f = fc.showSaveDialog(stage);
        if (f == null) return false;
        Path p = f.toPath();
        if (!p.getFileName().toString().contains(".")) p = p.resolveSibling(p.getFileName() + ".json");
        return saveTo(p);
    }

    private boolean saveTo(Path p) {
        try {
            vm.save(p);
            files.addRecent(p);
            onRecentChanged.run();
            return true;
        } catch (RuntimeException ex) {
            error("Cannot save " + p.getFileName(), ex);
            return false;
        }
    }

    /** The file name Save As offers: the graph's file, else its name made safe with {@code .json}. */
    public static String suggestedName(EditorViewModel vm) {
        return vm.fileProperty().get() != null ? vm.fileProperty().get().getFileName().toString() : safeName(vm.graphName()) + ".json";
    }

    /** True when it is fine to replace the open graph: nothing unsaved, or the user saved or discarded it. */
    public boolean confirmDiscard() {
        if (!vm.isDirty()) return true;
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to \"" + vm.graphName() + "\"?", save, discard, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle("Unsaved changes");
        a.setHeaderText("The graph has unsaved changes.");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) return false;
        if (r.get() == save) return save();
        return true;
    }

    /**
     * Writes the recovery file: a copy of the graph is taken here and written by {@link #writer}, one
     * write after the other, so a big graph's autosave never holds up the window. A failure shows in the
     * status line.
     */
    public void autosaveNow() {
        if (!vm.isDirty()) return;
        org.chainrule.model.Graph copy = vm.graph().copy();
        Path file = vm.fileProperty().get();
        writer.execute(() -> {
            try {
                files.autosave(copy, file);
            } catch (RuntimeException | Error ex) {
                String why = BackgroundWork.describe(ex);
                javafx.application.Platform.runLater(() -> vm.messageProperty().set("Autosave failed: " + why));
            }
        });
    }

    /** Waits until every autosave started so far is on disk (tests, and a clean exit). */
    public void flushAutosave() {
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the write reported its own failure
        }
    }


    /** A clean exit: no recovery to offer next time. */
    public void closed() {
        autosave.stop();
        flushAutosave();
        files.clearRecovery();
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(filters);
        Path current = vm.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) fc.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        return fc;
    }

    private void error(String what, Throwable ex) {
        String msg = BackgroundWork.describe(ex);
        vm.messageProperty().set(what + ": " + msg);
        alert(what, msg);
    }

    /** The one-line error alert (also for failures of background work). */
    public void alert(String what, String msg) {
        Alert a = new Alert(Alert.AlertType.ERROR, msg, ButtonType.OK);
        a.initOwner(stage);
        a.setTitle("Chainrule");
        a.setHeaderText(what);
        a.showAndWait();
    }

    private static String safeName(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "graph" : t.length() > 40 ? t.substring(0, 40) : t;
    }
}
