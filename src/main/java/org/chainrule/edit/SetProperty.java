package org.chainrule.edit;

import java.util.Objects;
import org.chainrule.model.Graph;

/** Sets one field (see {@link Property}); undo puts the old value back. */
public final class SetProperty<T> implements Command {
    private final Property<T> property;
    private final T value;
    private T old;

    public SetProperty(Property<T> property, T value) {
        this.property = property;
        this.value = value;
    }

    /** Whether applying would change nothing (the inspector then records no step). */
    public boolean isNoOp(Graph g) { return Objects.equals(property.get(g), value); }

    @Override
    public void apply(Graph g) {
        old = property.get(g);
        property.set(g, value);
    }

    @Override public void undo(Graph g) { property.set(g, old); }

    @Override public String name() { return "Set " + property.name(); }
}
