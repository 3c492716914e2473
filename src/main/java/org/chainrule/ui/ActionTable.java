package org.chainrule.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The {@link StandardAction}s of one window, each with what it does there, and what is made of them:
 * the menus, the toolbars' buttons and the key sheet. Menu items carry the shortcuts as accelerators,
 * which JavaFX does not fire for a key a focused text field takes (→, Space, Delete, …), so the plain
 * keys step the passes whenever no text field is being edited.
 */
public final class ActionTable {
    private final Map<StandardAction, Action> actions = new EnumMap<>(StandardAction.class);
    private final Map<StandardAction, MenuItem> items = new EnumMap<>(StandardAction.class);

    public ActionTable() {
        for (StandardAction a : StandardAction.values()) actions.put(a, new Action(a));
    }

    /** The action of this window. */
    public Action get(StandardAction a) { return actions.get(a); }

    /** The menu item made for {@code a} by {@link #menus}, or null before. */
    public MenuItem menuItem(StandardAction a) { return items.get(a); }

    /**
     * One menu per {@link StandardAction.Place}, in table order, groups set apart by separators; the
     * items of {@code extras} (submenus, check items) follow the action they are keyed by.
     */
    public List<Menu> menus(Map<StandardAction, List<MenuItem>> extras) {
        List<Menu> menus = new ArrayList<>();
        for (StandardAction.Place place : StandardAction.Place.values()) {
            Menu menu = new Menu(place.text());
            menu.setId("menu-" + place.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            int group = -1;
            for (StandardAction a : StandardAction.values()) {
                if (a.place() != place) continue;
                if (group >= 0 && a.group() != group) menu.getItems().add(new SeparatorMenuItem());
                group = a.group();
                MenuItem item = get(a).menuItem();
                items.put(a, item);
                menu.getItems().add(item);
                menu.getItems().addAll(extras.getOrDefault(a, List.of()));
            }
            menus.add(menu);
        }
        return menus;
    }

    /** The buttons of one toolbar, in table order, a separator where the menu or group changes. */
    public List<Node> buttons(StandardAction.Bar bar, Map<StandardAction, List<Node>> extras) {
        List<Node> nodes = new ArrayList<>();
        StandardAction last = null;
        for (StandardAction a : StandardAction.values()) {
            if (a.bar() != bar) continue;
            if (last != null && (last.place() != a.place() || last.group() != a.group())) nodes.add(new Separator());
            nodes.add(get(a).button());
            nodes.addAll(extras.getOrDefault(a, List.of()));
            last = a;
        }
        return nodes;
    }
}
