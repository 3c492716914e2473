package org.chainrule.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.chainrule.model.Edge;
import org.chainrule.model.Node;

/** The selected nodes and edges, in the order they were selected. */
public final class Selection {
    private final Set<Object> items = new LinkedHashSet<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    /** Increases on every change of the selection; listen to it to follow the selection. */
    public ReadOnlyLongProperty versionProperty() { return version.getReadOnlyProperty(); }

    public boolean contains(Object o) { return items.contains(o); }

    public boolean isEmpty() { return items.isEmpty(); }

    public int size() { return items.size(); }

    public List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        for (Object o : items) if (o instanceof Node n) out.add(n);
        return out;
    }

    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        for (Object o : items) if (o instanceof Edge e) out.add(e);
        return out;
    }

    /** The only selected item, or null when none or several are selected. */
    public Object single() { return items.size() == 1 ? items.iterator().next() : null; }

    /** Selects exactly {@code objects} (nodes and edges). */
    public void set(Collection<?> objects) {
        if (items.size() == objects.size() && items.containsAll(objects)) return;
        items.clear();
        items.addAll(objects);
        version.set(version.get() + 1);
    }

    public void add(Collection<?> objects) {
        if (items.addAll(objects)) version.set(version.get() + 1);
    }

    /** Adds {@code o} if it is not selected, removes it if it is (Shift-click). */
    public void toggle(Object o) {
        if (!items.remove(o)) items.add(o);
        version.set(version.get() + 1);
    }

    public void clear() { set(List.of()); }

    /** Drops whatever {@code stillThere} says is gone from the graph (after an undo, a delete). */
    public void retain(java.util.function.Predicate<Object> stillThere) {
        if (items.removeIf(o -> !stillThere.test(o))) version.set(version.get() + 1);
    }
}
