package org.chainrule.ui.expr;

import org.chainrule.engine.GraphException;
import org.chainrule.engine.ScalarExpansion;
import org.chainrule.model.Graph;
import org.chainrule.ui.MainWindow;

/**
 * View ▸ Expand to Scalars: a graph with tensors shown as its scalar graph (one node per element, matrix
 * products as neurons with their weights on the edges), as a new unsaved document with the same numbers.
 */
final class ExpandToScalars {
    private ExpandToScalars() {}

    static void expand(MainWindow window) {
        Graph g = window.viewModel().graph();
        if (!g.hasTensors()) {
            window.viewModel().messageProperty().set("This graph has no tensors: it is drawn as scalars already");
            return;
        }
        Graph scalar;
        try {
            scalar = ScalarExpansion.of(g);
        } catch (GraphException e) {
            window.viewModel().messageProperty().set("Cannot expand: " + e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            window.viewModel().messageProperty().set("Cannot expand: " + e.getMessage());
            return;
        }
        if (!window.confirmDiscard()) return;
        window.viewModel().setDocument(scalar, null);
        window.viewModel().messageProperty().set("Expanded to scalars: " + scalar.nodeCount() + " nodes, "
                + scalar.edgeCount() + " edges (a new unsaved graph)");
    }
}
