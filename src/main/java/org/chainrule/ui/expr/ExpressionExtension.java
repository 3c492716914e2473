package org.chainrule.ui.expr;

import org.chainrule.model.Graph;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.StandardAction;

/**
 * Binds the expression features of the editor window: File ▸ "New from Expression…" (Ctrl E), which
 * replaces the graph by the one of a typed formula, and Chain Rule ▸ "Write Out the Chain Rule…"
 * (Ctrl D), the chain-rule panel docked under the canvas.
 */
public final class ExpressionExtension {
    /** Text of the File menu item. */
    public static final String NEW_FROM_EXPRESSION = StandardAction.NEW_FROM_EXPRESSION.text();
    /** Text of the chain-rule menu item. */
    public static final String WRITE_OUT = StandardAction.CHAIN_RULE.text();

    /** Binds the two actions in {@code window}. */
    public void install(MainWindow window) {
        window.actions().get(StandardAction.NEW_FROM_EXPRESSION).bind(() -> newFromExpression(window));
        window.actions().get(StandardAction.EXPAND_SCALARS).bind(() -> ExpandToScalars.expand(window));
        ChainRuleWindow[] panel = new ChainRuleWindow[1];
        javafx.beans.property.BooleanProperty docked = new javafx.beans.property.SimpleBooleanProperty();
        window.actions().get(StandardAction.CHAIN_RULE).bind(() -> {
            if (panel[0] == null) {
                panel[0] = new ChainRuleWindow(window);
                docked.bind(panel[0].dockedProperty());
            }
            panel[0].show();
        });
        // Escape from anywhere in the window (the menu item's accelerator), enabled while the panel is docked
        window.actions().get(StandardAction.CLOSE_CHAIN_RULE).bind(() -> panel[0].escape(), docked.not());
    }

    /** Asks for a formula and shows its graph as a new document. */
    static void newFromExpression(MainWindow window) {
        if (!window.confirmDiscard()) return;
        ExpressionDialog d = new ExpressionDialog(window.stage());
        // the open graph's own functions may be called in the formula (the new graph defines them too)
        d.form().setFunctions(window.viewModel().graph().functions());
        d.showAndWait().ifPresent(g -> open(window, g));
    }

    /** Shows an expression's graph as a new, unsaved document. */
    static void open(MainWindow window, Graph g) {
        window.viewModel().setDocument(g, null);
        window.viewModel().messageProperty().set("Built from the expression " + g.name() + ": "
                + g.nodeCount() + " nodes, output " + g.outputId());
    }
}
