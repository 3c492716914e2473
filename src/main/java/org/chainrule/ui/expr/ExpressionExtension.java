package org.chainrule.ui.expr;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.chainrule.model.Graph;
import org.chainrule.ui.MainWindow;
import org.chainrule.ui.Menus;
import org.chainrule.ui.WindowExtension;

/**
 * Adds the expression features to the editor window: File → "New from Expression…" (Ctrl E), which
 * replaces the graph by the one of a typed formula, and the menu "Chain Rule" → "Write Out the Chain Rule…"
 * (Ctrl D), the chain-rule panel.
 */
public final class ExpressionExtension implements WindowExtension {
    /** Text of the File menu item. */
    public static final String NEW_FROM_EXPRESSION = "New from Expression…";
    /** Text of the chain-rule menu item. */
    public static final String WRITE_OUT = "Write Out the Chain Rule…";

    @Override
    public void install(MainWindow window) {
        MenuItem fromExpression = new MenuItem(NEW_FROM_EXPRESSION);
        fromExpression.setId("menu-new-from-expression");
        fromExpression.setAccelerator(KeyCombination.valueOf("Shortcut+E"));
        fromExpression.setOnAction(e -> newFromExpression(window));
        ChainRuleWindow[] panel = new ChainRuleWindow[1];
        MenuItem writeOut = new MenuItem(WRITE_OUT);
        writeOut.setId("menu-chain-rule");
        writeOut.setAccelerator(KeyCombination.valueOf("Shortcut+D"));
        writeOut.setOnAction(e -> {
            if (panel[0] == null) panel[0] = new ChainRuleWindow(window);
            panel[0].show();
        });
        Menu file = Menus.find(window, "File");
        if (file != null) {
            file.getItems().add(Menus.indexAfter(file, "Import"), fromExpression);
            window.addMenu(new Menu("Chain Rule", null, writeOut));
        } else {
            window.addMenu(new Menu("Chain Rule", null, fromExpression, new SeparatorMenuItem(), writeOut));
        }
    }

    /** Asks for a formula and shows its graph as a new document. */
    static void newFromExpression(MainWindow window) {
        if (!window.confirmDiscard()) return;
        ExpressionDialog d = new ExpressionDialog(window.stage());
        d.showAndWait().ifPresent(g -> open(window, g));
    }

    /** Shows an expression's graph as a new, unsaved document. */
    static void open(MainWindow window, Graph g) {
        window.viewModel().setDocument(g, null);
        window.viewModel().messageProperty().set("Built from the expression " + g.name() + ": "
                + g.nodeCount() + " nodes, output " + g.outputId());
    }
}
