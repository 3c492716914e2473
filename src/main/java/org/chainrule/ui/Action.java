package org.chainrule.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/**
 * One {@link StandardAction} of a window with what it does there: rendered as a menu item and, where
 * the table says so, a toolbar button, so the two never disagree. Until the part of the program that
 * owns it binds a handler ({@link #bind}), its menu item is hidden and its button disabled.
 */
public final class Action {
    private final StandardAction spec;
    private Runnable handler;
    private final SimpleBooleanProperty bound = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty disabled = new SimpleBooleanProperty(true);

    Action(StandardAction spec) { this.spec = spec; }

    /** Says what the action does, enabled always. */
    public Action bind(Runnable handler) {
        return bind(handler, new SimpleBooleanProperty(false));
    }

    /** Says what the action does and when it is disabled. */
    public Action bind(Runnable handler, BooleanExpression disabledWhen) {
        this.handler = handler;
        disabled.bind(disabledWhen);
        bound.set(true);
        return this;
    }

    public StandardAction spec() { return spec; }

    public String text() { return spec.text(); }

    /** Whether some part of the program has said what this action does. */
    public ReadOnlyBooleanProperty boundProperty() { return bound; }

    public boolean isDisabled() { return disabled.get(); }

    public void run() {
        if (handler != null && !disabled.get()) handler.run();
    }

    /** A menu item with the action's text and shortcut. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(spec.text());
        item.setId("menu-" + spec.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (spec.shortcut() != null) item.setAccelerator(spec.shortcut());
        item.setOnAction(e -> run());
        item.disableProperty().bind(disabled);
        item.visibleProperty().bind(bound);
        return item;
    }

    /** The toolbar button (the table's short text), with the tooltip and shortcut as its tooltip. */
    public Button button() {
        Button b = new Button(spec.buttonText() != null ? spec.buttonText() : spec.text());
        b.setId(spec.buttonId());
        String tip = spec.tooltip();
        if (spec.shortcut() != null) tip += " (" + spec.shortcut().getDisplayText() + ")";
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> run());
        b.disableProperty().bind(disabled);
        b.setFocusTraversable(false);
        return b;
    }
}
