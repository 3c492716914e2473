package org.chainrule.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.chainrule.draw.Point;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.chainrule.ui.canvas.GraphCanvas;
import org.chainrule.ui.inspector.Inspector;
import org.chainrule.ui.files.FileActions;
import org.chainrule.ui.files.AppFiles;
import org.chainrule.ui.files.Examples;

/**
 * The editor window: menus and toolbar (from {@link EditorActions}), palette on the left, canvas in the
 * middle, inspector and problems on the right, status bar at the bottom.
 *
 * <p>Room for other features, e.g. the backprop stepper (installed by {@link ChainruleApp}):
 * {@link #addToolBar} puts a toolbar under the main one, {@link #setExplanationPanel} a panel under the
 * canvas, {@link #addMenu} a menu before Help; {@link #canvas()} and {@link #viewModel()} give the
 * drawing and the editing state (its {@code editsProperty()} fires when the graph is edited).
 */
public final class MainWindow {
    private final Stage stage;
    private final EditorViewModel vm;
    private final GraphCanvas canvas;
    private final StatusBar statusBar;
    private final FileActions fileActions;
    private final ActionTable actions = new ActionTable();
    private final MenuBar menuBar = new MenuBar();
    private final VBox top = new VBox();
    private final BorderPane centre = new BorderPane();
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final BorderPane body = new BorderPane();
    /** The canvas area and, under it, a docked panel such as the chain rule. */
    private final SplitPane docked = new SplitPane();
    private final Palette palette;
    private final SplitPane side;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Scene scene;

    public MainWindow(Stage stage, EditorViewModel vm, AppFiles files) {
        this.stage = stage;
        this.vm = vm;
        this.canvas = new GraphCanvas(vm);
        this.fileActions = new FileActions(stage, vm, files);
        EditorActions.bind(actions, vm, fileActions, canvas, stage, this::rename);
        canvas.setOnRename(this::rename);
        // failures of background work (a layout, an evaluation, opening a big file) as an alert
        vm.setOnError(fileActions::alert);
        canvas.drawing().setOnError(fileActions::alert);

        palette = new Palette(this::addFromPalette, name -> {
            Point c = canvas.visibleCentre();
            vm.addFunctionNode(name, c.x(), c.y());
            canvas.requestFocus();
        });
        Runnable functions = () -> palette.setFunctions(vm.graph().functions());
        vm.graphProperty().addListener((o, a, g) -> functions.run());
        functions.run();
        Inspector inspector = new Inspector(vm);
        ProblemsPanel problems = new ProblemsPanel(vm);
        side = new SplitPane(inspector, problems);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.72);
        side.setMinWidth(190);
        centre.setCenter(canvas);
        centre.setTop(new QuestionBar(vm, centre.heightProperty()));
        centre.setMinWidth(300);
        docked.setOrientation(Orientation.VERTICAL);
        docked.getItems().add(centre);
        split.getItems().addAll(docked, side);
        body.setCenter(split);
        body.setLeft(palette);

        buildMenus();
        top.getChildren().addAll(menuBar, Toolbars.wrapping(buildToolBar()));
        root.setTop(top);
        root.setCenter(body);
        statusBar = new StatusBar(vm, canvas);
        root.setBottom(statusBar);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource("chainrule.css").toExternalForm());
        stage.setScene(scene);
        // side panels take a share of a small window, and keep their width while it grows
        // (set as the split pane gets its new width, before it lays out its items)
        split.widthProperty().addListener((o, a, b) -> fitPanels(b.doubleValue()));
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!fileActions.confirmDiscard()) e.consume();
            else fileActions.closed();
        });
        fileActions.setOnRecentChanged(this::fillRecent);
        fillRecent();
        // a newly opened graph is shown whole, and the keys go to the canvas (→ steps, Space plays), not to a field
        vm.graphProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            canvas.fitToWindow();
            canvas.requestFocus();
        }));
    }

    // ---- API for other features ----

    public Stage stage() { return stage; }

    public Scene scene() { return scene; }

    public GraphCanvas canvas() { return canvas; }

    public StatusBar statusBar() { return statusBar; }

    public EditorViewModel viewModel() { return vm; }

    /** Adds a toolbar (or any node) under the main toolbar; a toolbar wraps its buttons onto more rows in a narrow window. */
    public void addToolBar(javafx.scene.Node bar) { top.getChildren().add(bar instanceof ToolBar t ? Toolbars.wrapping(t) : bar); }

    /** Shows {@code panel} docked under the canvas (beside the stepper's panel), taking {@code share} of the height. */
    public void dock(javafx.scene.Node panel, double share) {
        if (!docked.getItems().contains(panel)) docked.getItems().add(panel);
        docked.setDividerPositions(1 - share);
    }

    /** Removes a docked panel; the canvas gets its room back. */
    public void undock(javafx.scene.Node panel) { docked.getItems().remove(panel); }

    /** Whether {@code panel} is docked now. */
    public boolean isDocked(javafx.scene.Node panel) { return docked.getItems().contains(panel); }

    /** Shows {@code panel} under the canvas (null removes it). */
    public void setExplanationPanel(javafx.scene.Node panel) { centre.setBottom(panel); }

    /** Adds a menu before the Help menu. */
    public void addMenu(Menu menu) { menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu); }

    /** Asks to save or discard unsaved changes before the graph is replaced; false: the user cancelled. */
    public boolean confirmDiscard() { return fileActions.confirmDiscard(); }

    /** File actions used by the application at start (open a file, recover). */
    FileActions files() { return fileActions; }

    /** The window's actions: extensions bind what theirs do ({@code actions().get(StandardAction.EXPORT).bind(...)}). */
    public ActionTable actions() { return actions; }

    // ---- building ----

    private void addFromPalette(Op op) {
        Point c = canvas.visibleCentre();
        // new nodes in the same spot would hide each other: step down-right while the spot is taken
        double x = c.x(), y = c.y();
        for (int i = 0; i < 50 && occupied(x, y); i++) {
            x += 30;
            y += 30;
        }
        vm.addNode(op, x, y);
        canvas.requestFocus();
    }

    private boolean occupied(double x, double y) {
        for (Node n : vm.graph().nodes()) {
            if (n.hasPosition() && Math.abs(n.x() - x) < 25 && Math.abs(n.y() - y) < 25) return true;
        }
        return false;
    }

    /**
     * Width of the inspector for a split {@code width} wide (the canvas area and the inspector): a share of
     * a small window, so the canvas keeps most of it, its natural width in a large one.
     */
    static double inspectorWidth(double width) {
        return Math.max(190, Math.min(280, width * 0.26));
    }

    private void fitPanels(double width) {
        if (width > 0 && split.getItems().contains(side)) split.setDividerPositions(1 - inspectorWidth(width) / width);
    }

    /** Shows or hides a side panel (View ▸ Palette, View ▸ Inspector and Problems). */
    private void showPanel(javafx.scene.Node panel, boolean show) {
        if (panel == palette) {
            body.setLeft(show ? palette : null);
            return;
        }
        if (show == split.getItems().contains(side)) return;
        if (show) split.getItems().add(side);
        else split.getItems().remove(side);
        fitPanels(split.getWidth());
    }

    /** Asks for a new id for {@code n}. */
    private void rename(Node n) {
        TextInputDialog d = new TextInputDialog(n.id());
        d.initOwner(stage);
        d.setTitle("Rename node");
        d.setHeaderText("New id for " + n.id() + " (letters, digits, _)");
        Optional<String> id = d.showAndWait();
        id.ifPresent(s -> {
            String problem = vm.rename(n, s.trim());
            if (problem != null) vm.messageProperty().set("Rename: " + problem);
        });
    }

    private void buildMenus() {
        Menu examples = new Menu("Examples");
        for (Examples.Example e : Examples.list()) {
            MenuItem item = new MenuItem(e.fileName());
            item.setOnAction(ev -> fileActions.openExample(e));
            examples.getItems().add(item);
        }
        if (examples.getItems().isEmpty()) examples.getItems().add(disabled("(no graphs/ folder found)"));
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(vm.snapToGridProperty());
        CheckMenuItem showPalette = new CheckMenuItem("Palette");
        showPalette.setId("menu-show-palette");
        showPalette.setSelected(true);
        showPalette.selectedProperty().addListener((o, a, b) -> showPanel(palette, b));
        CheckMenuItem showSide = new CheckMenuItem("Inspector and Problems");
        showSide.setId("menu-show-inspector");
        showSide.setSelected(true);
        showSide.selectedProperty().addListener((o, a, b) -> showPanel(side, b));
        menuBar.getMenus().addAll(actions.menus(java.util.Map.of(
                StandardAction.OPEN, List.of(recentMenu, examples),
                StandardAction.FIT, List.of(new SeparatorMenuItem(), snap, new SeparatorMenuItem(), showPalette, showSide))));
        // undo/redo items say what they undo
        MenuItem undoItem = actions.menuItem(StandardAction.UNDO), redoItem = actions.menuItem(StandardAction.REDO);
        vm.changesProperty().addListener((o, x, y) -> {
            undoItem.setText(vm.history().canUndo() ? "Undo " + vm.history().undoName() : "Undo");
            redoItem.setText(vm.history().canRedo() ? "Redo " + vm.history().redoName() : "Redo");
        });
    }

    private ToolBar buildToolBar() {
        ToggleButton snap = new ToggleButton("Grid");
        snap.setTooltip(new Tooltip("Snap nodes to a " + (int) EditorViewModel.GRID + " px grid when dropped"));
        snap.setFocusTraversable(false);
        snap.selectedProperty().bindBidirectional(vm.snapToGridProperty());
        ToolBar bar = new ToolBar();
        bar.getItems().setAll(actions.buttons(StandardAction.Bar.MAIN, java.util.Map.of(StandardAction.FIT, List.of(snap))));
        bar.setId("main-toolbar");
        return bar;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<java.nio.file.Path> recent = fileActions.appFiles().recentFiles();
        for (java.nio.file.Path p : recent) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> fileActions.open(p, true));
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) recentMenu.getItems().add(disabled("(none yet)"));
    }

    private static MenuItem disabled(String text) {
        MenuItem m = new MenuItem(text);
        m.setDisable(true);
        return m;
    }
}
