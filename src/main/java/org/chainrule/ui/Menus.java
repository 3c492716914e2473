package org.chainrule.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

/** Finding a place in the main window's menus, for window extensions that add items to them. */
public final class Menus {
    private Menus() {}

    /** The window's menu with this text ("File"), found through its menu bar; null when there is none. */
    public static Menu find(MainWindow window, String text) {
        if (window.scene() == null || !(window.scene().getRoot().lookup(".menu-bar") instanceof MenuBar bar)) return null;
        for (Menu m : bar.getMenus()) if (text.equals(m.getText())) return m;
        return null;
    }

    /** The index just after the first item whose text starts with {@code prefix}, else the end. */
    public static int indexAfter(Menu menu, String prefix) {
        for (int i = 0; i < menu.getItems().size(); i++) {
            String t = menu.getItems().get(i).getText();
            if (t != null && t.startsWith(prefix)) return i + 1;
        }
        return menu.getItems().size();
    }
}
