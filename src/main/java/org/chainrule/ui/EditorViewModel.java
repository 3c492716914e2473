package org.chainrule.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.chainrule.edit.Command;
import org.chainrule.edit.History;
import org.chainrule.edit.MoveNodes;
import org.chainrule.edit.Property;
import org.chainrule.edit.SetProperty;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.Evaluation;
import org.chainrule.io.GraphFile;
import org.chainrule.io.table.TableImport;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ui.files.Examples;

/**
 * Everything the editor window shows and does, without any control: the open graph and its command
 * history, the file, the selection, the evaluation after every change and the problems found. Only this
 * class touches the model, the engine and the files; the views bind to its properties and call its
 * methods, so the editing logic is tested in plain JUnit.
 *
 * <p>For the backprop stepper: {@link #graphProperty()} changes when another graph is opened,
 * {@link #editsProperty()} increases after every change of the graph's content (not after a pure
 * move), and {@link #evaluationProperty()} holds the latest evaluation (null when the graph is invalid).
 */
public final class EditorViewModel {
    /** Grid spacing for snap-to-grid and nudges with Shift, in canvas pixels. */
    public static final double GRID = 20;

    private final ReadOnlyObjectWrapper<Graph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private History history;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyLongWrapper editCount = new ReadOnlyLongWrapper(this, "edits");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyLongWrapper liveMoves = new ReadOnlyLongWrapper(this, "liveMoves");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", false);
    private final Selection selection = new Selection();
    private final HiddenNumbers hidden = new HiddenNumbers();
    private final BackgroundWork jobs = new BackgroundWork();
    private final GraphChecks checks = new GraphChecks(BACKGROUND_NODES);
    private final BackgroundWork evaluations = checks.work();
    private final GraphEdits edits = new GraphEdits(this::graph, this::execute, selection, snapToGrid, message, changes::get, jobs);

    /**
     * Graphs with more nodes than this are laid out and evaluated on a worker thread; smaller ones at
     * once (a few milliseconds, and the tests see the result without waiting).
     */
    public static final int BACKGROUND_NODES = 1000;
    /** Files from this size (about 1,000 nodes) are opened on a worker thread. */
    static final long BACKGROUND_BYTES = 100_000;

    public EditorViewModel() {
        for (BackgroundWork w : new BackgroundWork[] {jobs, evaluations}) {
            w.setOnMessage(message::set);
            w.setOnError((what, why) -> message.set(what + ": " + why));
        }
        Graph g = new Graph();
        g.setName("Untitled");
        setDocument(g, null);
    }

    // ---- properties ----

    /** The open graph; replaced by New, Open and Import. */
    /** What a quiz hides from the panels (set by the stepper). */
    public HiddenNumbers hiddenNumbers() { return hidden; }

    public ReadOnlyObjectProperty<Graph> graphProperty() { return graph.getReadOnlyProperty(); }

    public Graph graph() { return graph.get(); }

    public History history() { return history; }

    /** The file the graph was opened from or saved to; null for a new or example graph. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    /** "Chainrule — graph name". */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** Increases after every change of the graph's content (not after moving nodes). */
    public ReadOnlyLongProperty editsProperty() { return editCount.getReadOnlyProperty(); }

    /** Increases after every change recorded in the history (moves included) and when another graph is opened. */
    public ReadOnlyLongProperty changesProperty() { return changes.getReadOnlyProperty(); }

    /** Increases on every step of a drag (nodes moved but not yet recorded; see {@link #moveLive}). */
    public ReadOnlyLongProperty liveMovesProperty() { return liveMoves.getReadOnlyProperty(); }

    /** The evaluation of the graph as it is now, or null when it cannot be evaluated (see {@link #problems()}). */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() { return checks.evaluationProperty(); }

    public Evaluation evaluation() { return checks.evaluationProperty().get(); }

    /** Why the graph cannot be evaluated; empty when it can. */
    public ObservableList<Diagnostic> problems() { return checks.problems(); }

    /** The last thing worth telling the user (an error of an action, "Saved"). */
    public StringProperty messageProperty() { return message; }

    public BooleanProperty snapToGridProperty() { return snapToGrid; }

    public Selection selection() { return selection; }

    /** Opening, laying out and other long jobs (one at a time; the status bar shows it and can cancel it). */
    public BackgroundWork work() { return jobs; }

    /** Evaluations of big graphs after an edit (the newest wins). */
    public BackgroundWork evaluations() { return evaluations; }

    /** Where failures of background work are told, besides the status line (the window shows an alert). */
    public void setOnError(java.util.function.BiConsumer<String, String> handler) {
        for (BackgroundWork w : new BackgroundWork[] {jobs, evaluations}) {
            w.setOnError((what, why) -> {
                message.set(what + ": " + why);
                handler.accept(what, why);
            });
        }
    }

    // ---- documents ----

    /** Shows {@code g} as a fresh document (nothing to undo, not dirty); lays it out if any node has no position. */
    public void setDocument(Graph g, Path from) {
        boolean unplaced = g.nodes().stream().anyMatch(n -> !n.hasPosition());
        if (unplaced) LayeredLayout.apply(g);
        history = new History(g);
        history.addListener(this::changed);
        selection.clear();
        file.set(from);
        graph.set(g);
        afterChange(true);
    }

    public void newGraph() {
        Graph g = new Graph();
        g.setName("Untitled");
        setDocument(g, null);
    }

    /** Opens a graph file; bad files throw {@link org.chainrule.io.InputException} with a one-line message. */
    public void open(Path path) {
        setDocument(GraphFile.read(path), path);
        message.set("Opened " + path.getFileName());
    }

    /** Whether {@link #open} of this file would take long enough to belong on a worker thread. */
    public static boolean isBig(Path path) {
        try {
            return java.nio.file.Files.size(path) >= BACKGROUND_BYTES;
        } catch (java.io.IOException e) {
            return false; // reading it will say what is wrong
        }
    }

    /**
     * Opens a graph file on a worker thread: reads it and lays out nodes without positions there, then
     * shows it and calls {@code opened}. The open graph stays as it is until then; a failure is reported
     * through {@link #setOnError}, a cancel leaves everything as it was.
     */
    public void openInBackground(Path path, Runnable opened) {
        String name = path.getFileName().toString();
        jobs.start("Opening " + name, "Cannot open " + name, p -> {
            p.report(-1, "reading");
            Graph g = GraphFile.read(path);
            layOutUnplaced(g, p);
            return g;
        }, g -> {
            setDocument(g, path);
            message.set("Opened " + name + ": " + g.nodeCount() + " nodes");
            opened.run();
        });
    }

    /** Lays out the whole graph if any node lacks a position (the graph is not shown yet). */
    private static void layOutUnplaced(Graph g, BackgroundWork.Progress p) {
        if (g.nodes().stream().allMatch(Node::hasPosition)) return;
        for (Map.Entry<Node, double[]> e : LayeredLayout.centres(g, p::report).entrySet()) {
            e.getKey().setPosition(e.getValue()[0], e.getValue()[1]);
        }
    }

    /** Imports an adjacency table (docs/file-format.md, adjacency tables) as a new document; non-input nodes get {@code activation}. */
    public void importTable(String text, String sourceName, Activation activation) {
        Graph g = TableImport.parse(text, sourceName, activation);
        if (g.name() == null) g.setName(sourceName);
        setDocument(g, null);
        message.set("Imported " + sourceName + ": " + g.nodeCount() + " nodes, " + g.edgeCount() + " edges"
                + (TableImport.recurrent(g) ? "; it has self-loops, so it runs over " + g.timesteps() + " time steps (graph ▸ timesteps)" : ""));
    }

    /** Opens an example of {@code graphs/} (a table is imported with identity activations); it has no file. */
    public void openExample(Examples.Example e) {
        if (e.isTable()) {
            importTable(e.text(), e.fileName(), Activation.IDENTITY);
            return;
        }
        setDocument(GraphFile.parse(e.text(), e.fileName()), null);
        message.set("Opened example " + e.fileName());
    }

    /** Shows a graph recovered after a crash: unsaved, belonging to {@code file} if it had one. */
    public void recover(Graph g, Path file) {
        setDocument(g, file);
        history.markUnsaved();
        message.set("Recovered unsaved work");
    }

    public void save(Path path) {
        Graph g = graph();
        if (g.name() == null || g.name().equals("Untitled")) g.setName(baseName(path));
        GraphFile.write(g, path);
        file.set(path);
        history.markSaved();
        message.set("Saved " + path.getFileName());
    }

    /** The name shown in the title: the graph's name, else its file's, else "Untitled". */
    public String graphName() {
        Graph g = graph();
        if (g.name() != null && !g.name().isBlank()) return g.name();
        if (file.get() != null) return baseName(file.get());
        return "Untitled";
    }

    private static String baseName(Path p) {
        String s = p.getFileName().toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    // ---- editing ----

    /** Runs {@code c} through the history (so it can be undone) unless it would change nothing. */
    public void execute(Command c) {
        if (c instanceof SetProperty<?> s && s.isNoOp(graph())) return;
        history.execute(c);
    }

    public void undo() { history.undo(); }

    public void redo() { history.redo(); }

    /** Adds a node of {@code op} centred at (x, y) with a fresh id, selects it and returns it. */
    public Node addNode(Op op, double x, double y) { return edits.addNode(op, x, y); }

    /** Adds a node that calls the graph's function {@code name} centred at (x, y), selected. */
    public Node addFunctionNode(String name, double x, double y) { return edits.addFunctionNode(name, x, y); }

    /** The first of prefix1, prefix2, … that no node has. */
    public String freshId(String prefix) { return edits.freshId(prefix); }

    /** See {@link GraphEdits#connect}. */
    public Edge connect(Node from, Node to, Integer slot) { return edits.connect(from, to, slot); }

    public void deleteSelection() { edits.deleteSelection(); }

    /** Renames a node; returns why not (and changes nothing) when the id is not allowed. */
    public String rename(Node n, String id) { return edits.rename(n, id); }

    public <T> void set(Property<T> property, T value) { execute(new SetProperty<>(property, value)); }

    /** Moves nodes during a drag, without a history step; finish with {@link #finishMove}. */
    public void moveLive(Map<Node, MoveNodes.Position> to) {
        to.forEach((n, p) -> n.setPosition(p.x(), p.y()));
        liveMoves.set(liveMoves.get() + 1);
    }

    /** Records a finished drag (nodes already moved live from {@code start}) as one undo step. */
    public void finishMove(Map<Node, MoveNodes.Position> start) { edits.finishMove(start); }

    /** Moves the selected nodes by (dx, dy); consecutive nudges are one undo step. */
    public void nudge(double dx, double dy) { edits.nudge(dx, dy); }

    /** See {@link GraphEdits#autoLayout}. */
    public void autoLayout() { edits.autoLayout(); }

    /** Selects every node named by a problem. */
    public void selectProblem(Diagnostic d) { edits.selectProblem(d); }

    public void selectAll() { edits.selectAll(); }

    // ---- after every change ----

    private void changed(Command c) {
        selection.retain(o -> o instanceof Node n ? graph().contains(n) : graph().contains((Edge) o));
        afterChange(c != null && !(c instanceof MoveNodes));
    }

    private void afterChange(boolean content) {
        dirty.set(history.isDirty());
        title.set("Chainrule — " + graphName());
        if (content) {
            checks.recheck(graph());
            editCount.set(editCount.get() + 1);
        }
        changes.set(changes.get() + 1);
    }


}
