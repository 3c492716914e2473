package org.chainrule.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help ▸ Keys: every action that has a shortcut, by menu, made from {@link StandardAction}, then what
 * the mouse and the canvas keys do (gestures that are no menu action).
 */
public final class KeysSheet {
    /** The canvas's own keys and mouse gestures, which are not actions of a menu. */
    static final List<String[]> GESTURES = List.of(
            new String[] {"Click / Shift-click", "select a node or edge / add or remove it from the selection"},
            new String[] {"Shift-drag, right-drag", "rubber band over the background"},
            new String[] {"Drag the background", "pan"},
            new String[] {"Mouse wheel", "zoom"},
            new String[] {"Drag a node's right handle", "connect it to the node dropped on (upper half: 1st argument of −, ÷, sq_err, bce)"},
            new String[] {"Double-click a node", "rename it"},
            new String[] {"Arrow keys (a selection)", "nudge the selected nodes; Shift: by a grid step"},
            new String[] {"← → (nothing selected)", "step the passes back and forward"},
            new String[] {"Backspace", "delete the selection (as Delete)"},
            new String[] {"Escape", "clear the selection (and close the chain-rule panel, as Chain Rule ▸ Close)"},
            new String[] {"Enter in a field", "apply it; a refused value is put back and the problem shown under it"});

    private KeysSheet() {}

    /** The rows of the sheet: menu, action text, shortcut as shown in the menus. */
    public static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (StandardAction a : StandardAction.values()) {
            if (a.shortcut() != null) rows.add(new String[] {a.place().text(), a.text(), a.shortcut().getDisplayText()});
        }
        return rows;
    }

    /** The sheet as a grid: one row per shortcut, then the gestures. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setId("keys-sheet");
        g.setHgap(16);
        g.setVgap(3);
        int r = 0;
        String place = null;
        for (String[] row : rows()) {
            if (!row[0].equals(place)) {
                place = row[0];
                g.add(heading(place), 0, r++, 2, 1);
            }
            Label key = new Label(row[2]);
            key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            g.addRow(r++, key, new Label(row[1]));
        }
        g.add(heading("Mouse and canvas"), 0, r++, 2, 1);
        for (String[] row : GESTURES) {
            Label key = new Label(row[0]);
            key.setStyle("-fx-font-weight: bold;");
            g.addRow(r++, key, new Label(row[1]));
        }
        return g;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold; -fx-padding: 6 0 2 0;");
        return l;
    }

    /** Shows the sheet over {@code owner}. */
    public static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("Chainrule");
        a.setHeaderText("Keys (the plain keys act while no text field is being edited)");
        ScrollPane s = new ScrollPane(grid());
        s.setPrefViewportHeight(Math.min(560, owner == null ? 560 : owner.getHeight() - 160));
        s.setFitToWidth(true);
        a.getDialogPane().setContent(s);
        a.setResizable(true);
        a.show();
    }
}
