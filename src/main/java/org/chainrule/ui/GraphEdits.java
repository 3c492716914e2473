package org.chainrule.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.chainrule.edit.AddNode;
import org.chainrule.edit.Command;
import org.chainrule.edit.Compound;
import org.chainrule.edit.Connect;
import org.chainrule.edit.MoveNodes;
import org.chainrule.edit.Property;
import org.chainrule.edit.RemoveElements;
import org.chainrule.edit.Rename;
import org.chainrule.edit.SetProperty;
import org.chainrule.engine.Diagnostic;
import org.chainrule.layout.LayeredLayout;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * The editor's changes to the open graph, each made into a command for the history: adding, connecting,
 * removing, renaming, moving and laying out nodes; and the selections that follow from the graph.
 */
final class GraphEdits {
    private static final double GRID = EditorViewModel.GRID;
    private final Supplier<Graph> graph;
    private final Consumer<Command> execute;
    private final Selection selection;
    private final BooleanProperty snapToGrid;
    private final StringProperty message;
    private final LongSupplier changes;
    private final BackgroundWork jobs;

    /** {@code execute} runs a command through the history; {@code changes} counts the changes so far. */
    GraphEdits(Supplier<Graph> graph, Consumer<Command> execute, Selection selection, BooleanProperty snapToGrid,
               StringProperty message, LongSupplier changes, BackgroundWork jobs) {
        this.graph = graph;
        this.execute = execute;
        this.selection = selection;
        this.snapToGrid = snapToGrid;
        this.message = message;
        this.changes = changes;
        this.jobs = jobs;
    }

    /** Adds a node of {@code op} centred at (x, y) with a fresh id, selects it and returns it. */
    public Node addNode(Op op, double x, double y) {
        Node n = new Node(freshId(NodeNames.prefix(op)), op);
        if (op.isSource()) n.setValue(op == Op.CONST ? 0 : 1);
        Point p = snap(x, y);
        n.setPosition(p.x, p.y);
        execute.accept(new AddNode(n));
        selection.set(List.of(n));
        return n;
    }

    /**
     * Adds a node that calls the graph's function {@code name} at (x, y), selects it and returns it. For a
     * cell (a function of several outputs) it adds one node per output, one under the other, as one change:
     * connected to the same arguments they are one use of the cell; the first is returned.
     */
    public Node addFunctionNode(String name, double x, double y) {
        org.chainrule.model.FunctionDef f = graph.get().function(name);
        List<String> outputs = f != null && f.hasOutputs() ? f.outputs() : java.util.Collections.singletonList(null);
        List<Node> added = new java.util.ArrayList<>();
        List<AddNode> commands = new java.util.ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            String output = outputs.get(k);
            String prefix = output == null ? name : name + "_" + output + "_";
            Node n = new Node(freshId(prefix), Op.FUNCTION); // the prefixes differ per output: the ids do too
            n.setFunction(name);
            n.setFunctionOutput(output);
            Point p = snap(x, y + 80 * k);
            n.setPosition(p.x, p.y);
            added.add(n);
            commands.add(new AddNode(n));
        }
        execute.accept(commands.size() == 1 ? commands.get(0) : new org.chainrule.edit.Compound("Add " + name, commands));
        selection.set(added);
        return added.get(0);
    }

    /** The first of prefix1, prefix2, … that no node has. */
    public String freshId(String prefix) {
        for (int i = 1; ; i++) if (graph.get().node(prefix + i) == null) return prefix + i;
    }

    /**
     * Connects {@code from} to {@code to}. For ops whose argument order matters, {@code slot} (0-based,
     * or null for "next free") says which argument the new edge becomes; an edge already pinned to that
     * slot is unpinned so the two do not clash.
     */
    public Edge connect(Node from, Node to, Integer slot) {
        Edge e = new Edge();
        List<Command> parts = new ArrayList<>();
        if (slot != null && to.op().isOrdered()) {
            e.setArg(slot);
            for (Edge other : graph.get().incoming(to)) {
                if (slot.equals(other.arg())) parts.add(new SetProperty<>(Property.arg(other), null));
            }
        }
        parts.add(new Connect(from, to, e));
        execute.accept(parts.size() == 1 ? parts.get(0) : new Compound("Connect " + from.id() + " → " + to.id(), parts));
        selection.set(List.of(e));
        return e;
    }

    public void deleteSelection() {
        if (selection.isEmpty()) return;
        execute.accept(new RemoveElements(selection.nodes(), selection.edges()));
        selection.clear();
    }

    /** Renames a node; returns why not (and changes nothing) when the id is not allowed. */
    public String rename(Node n, String id) {
        String problem = Rename.problem(graph.get(), n, id);
        if (problem != null) {
            message.set(problem);
            return problem;
        }
        if (!id.equals(n.id())) execute.accept(new Rename(n, id));
        return null;
    }

    /** Records a finished drag (nodes already moved live from {@code start}) as one undo step. */
    public void finishMove(Map<Node, MoveNodes.Position> start) {
        boolean moved = start.entrySet().stream().anyMatch(e -> differs(e.getValue().x(), e.getKey().x()) || differs(e.getValue().y(), e.getKey().y()));
        if (!moved) return;
        if (snapToGrid.get()) {
            for (Node n : start.keySet()) {
                Point p = snap(n.x(), n.y());
                n.setPosition(p.x, p.y);
            }
        }
        execute.accept(MoveNodes.done(start, start.size() == 1 ? "Move node" : "Move " + start.size() + " nodes"));
    }

    private static boolean differs(Double a, Double b) {
        if (a == null || b == null) return a != b;
        return Math.abs(a - b) > 1e-9;
    }

    /** Moves the selected nodes by (dx, dy); consecutive nudges are one undo step. */
    public void nudge(double dx, double dy) {
        Map<Node, MoveNodes.Position> to = new LinkedHashMap<>();
        for (Node n : selection.nodes()) {
            double x = n.x() == null ? 0 : n.x(), y = n.y() == null ? 0 : n.y();
            to.put(n, new MoveNodes.Position(x + dx, y + dy));
        }
        if (!to.isEmpty()) execute.accept(MoveNodes.nudge(to));
    }

    /**
     * Places the graph left to right in layers, as one undo step. A big graph is laid out on a worker
     * thread (on a copy, so edits meanwhile are safe); its positions are applied when it is done, unless
     * the graph was changed or another graph opened in between, or the layout was cancelled.
     */
    public void autoLayout() {
        Graph g = graph.get();
        if (g.nodeCount() == 0) return;
        long at = changes.getAsLong();
        java.util.function.Consumer<Map<String, double[]>> apply = centres -> {
            if (graph.get() != g || changes.getAsLong() != at) {
                message.set("Auto layout dropped: the graph changed while it ran");
                return;
            }
            Map<Node, MoveNodes.Position> to = new LinkedHashMap<>();
            centres.forEach((id, c) -> {
                Node n = g.node(id);
                if (n != null) to.put(n, new MoveNodes.Position(c[0], c[1]));
            });
            execute.accept(new MoveNodes(to, "Auto layout"));
        };
        if (g.nodeCount() <= EditorViewModel.BACKGROUND_NODES) {
            jobs.runNow("Cannot lay out the graph", p -> byId(LayeredLayout.centres(g, p::report)), apply);
        } else {
            Graph copy = g.copy();
            jobs.start("Laying out " + g.nodeCount() + " nodes", "Cannot lay out the graph",
                    p -> byId(LayeredLayout.centres(copy, p::report)), apply);
        }
    }

    private static Map<String, double[]> byId(Map<Node, double[]> centres) {
        Map<String, double[]> out = new LinkedHashMap<>();
        centres.forEach((n, c) -> out.put(n.id(), c));
        return out;
    }

    /** Selects every node named by a problem. */
    public void selectProblem(Diagnostic d) {
        List<Node> nodes = new ArrayList<>();
        for (String id : d.nodeIds()) {
            Node n = graph.get().node(id);
            if (n != null) nodes.add(n);
        }
        selection.set(nodes);
    }

    public void selectAll() {
        List<Object> all = new ArrayList<>(graph.get().nodes());
        all.addAll(graph.get().edges());
        selection.set(all);
    }

    private record Point(double x, double y) {}

    private Point snap(double x, double y) {
        if (!snapToGrid.get()) return new Point(x, y);
        return new Point(Math.round(x / GRID) * GRID, Math.round(y / GRID) * GRID);
    }
}
