package org.chainrule.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * A user action declared once (text, shortcut, tooltip, what it does, when it is disabled) and rendered
 * as a menu item and, where wanted, a toolbar button, so the two never disagree.
 */
public final class Action {
    private final String text;
    private final KeyCombination shortcut;
    private final String tooltip;
    private final Runnable handler;
    private BooleanExpression disabled = new SimpleBooleanProperty(false);

    /** {@code shortcut} like "Shortcut+Z" (see {@link KeyCombination#valueOf}), or null. */
    public Action(String text, String shortcut, String tooltip, Runnable handler) {
        this.text = text;
        this.shortcut = shortcut == null ? null : KeyCombination.valueOf(shortcut);
        this.tooltip = tooltip;
        this.handler = handler;
    }

    public Action disabledWhen(BooleanExpression condition) {
        this.disabled = condition;
        return this;
    }

    public String text() { return text; }

    public void run() {
        if (!disabled.get()) handler.run();
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) item.setAccelerator(shortcut);
        item.setOnAction(e -> run());
        item.disableProperty().bind(disabled);
        return item;
    }

    /** A toolbar button labelled {@code label} (short), with the full text and shortcut as tooltip. */
    public Button button(String label) {
        Button b = new Button(label);
        b.setId("action-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", ""));
        String tip = tooltip != null ? tooltip : text;
        if (shortcut != null) tip += " (" + shortcut.getDisplayText() + ")";
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> run());
        b.disableProperty().bind(disabled);
        b.setFocusTraversable(false);
        return b;
    }
}
