package org.chainrule.ui.stepper;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Point;
import org.chainrule.edit.ReplaceGraph;
import org.chainrule.model.CellCalls;
import org.chainrule.model.FunctionExpansion;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Op;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * The canvas's right-click menu on a node: Differentiate this (the reverse pass seeded at the node instead
 * of the output), Forward mode from this (tangents with respect to the node's value), and, on a node that
 * calls a function, Expand function (its body's nodes in its place, undoable).
 */
final class NodeMenu {
    private final ContextMenu menu = new ContextMenu();

    NodeMenu(GraphCanvas canvas, StepperView view, EditorViewModel vm) {
        menu.setId("node-menu");
        canvas.setOnContextMenuRequested(e -> show(canvas, view, vm, e));
    }

    private void show(GraphCanvas canvas, StepperView view, EditorViewModel vm, ContextMenuEvent e) {
        menu.hide();
        String id = nodeAt(canvas, e.getX(), e.getY());
        Graph g = vm.graph();
        Node n = id == null ? null : g.node(id);
        if (n == null) return;
        menu.getItems().setAll(items(view, vm, n));
        menu.show(canvas, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** What the menu offers for node n. */
    static List<MenuItem> items(StepperView view, EditorViewModel vm, Node n) {
        StepperModel model = view.model();
        List<MenuItem> items = new ArrayList<>();
        items.add(item("menu-differentiate", "Differentiate this (∂" + n.id() + "/∂·)", () -> {
            model.differentiate(n.id());
            model.toEndOfForward();
        }));
        items.add(item("menu-differentiate-output", "Differentiate the output", () -> model.differentiate(null)));
        Graph g = vm.graph();
        if (Quantity.find(g, n.id()) != null) {
            items.add(item("menu-forward-from", "Forward mode from this (∂·/∂" + n.id() + ")", () -> {
                model.tangentMode().keyProperty().set(n.id());
                model.tangentMode().onProperty().set(true);
                model.reset();
            }));
        }
        if (n.op() == Op.FUNCTION && g.function(n.function()) != null) {
            List<Node> use = CellCalls.of(g, n);
            String outputs = use.size() > 1 ? " into " + String.join(", ", use.stream().map(Node::id).toList()) : "";
            items.add(item("menu-expand", "Expand " + g.function(n.function()).signature() + outputs, () -> {
                expand(vm, n.id());
                view.showWhole(); // the nodes right of the call moved right to make room
            }));
        }
        return items;
    }

    /**
     * Replaces the function node {@code id} (with the other outputs of its cell) by its body's nodes, as one
     * undoable change.
     */
    static void expand(EditorViewModel vm, String id) {
        vm.execute(new ReplaceGraph("Expand " + id, gr -> FunctionExpansion.expand(gr, gr.node(id))));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setMnemonicParsing(false);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static String nodeAt(GraphCanvas canvas, double x, double y) {
        Point p = canvas.toDiagram(x, y);
        for (DiagramNode d : canvas.diagram().nodes()) if (d.bounds().contains(p)) return d.id();
        return null;
    }
}
