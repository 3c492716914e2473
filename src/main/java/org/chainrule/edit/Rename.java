package org.chainrule.edit;

import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.model.Node;

/** Changes a node's id (its edges stay; the graph's output follows). */
public final class Rename implements Command {
    private final Node node;
    private final String newId;
    private String oldId;

    public Rename(Node node, String newId) {
        this.node = node;
        this.newId = newId;
    }

    /** Why {@code id} cannot be the new id of {@code n} in {@code g}, or null when it can. */
    public static String problem(Graph g, Node n, String id) {
        if (id == null || !Key.isId(id)) return "'" + id + "' is not an id (letters, digits, _; not starting with a digit)";
        Node other = g.node(id);
        if (other != null && other != n) return "there is already a node '" + id + "'";
        return null;
    }

    @Override
    public void apply(Graph g) {
        oldId = node.id();
        g.rename(node, newId);
    }

    @Override public void undo(Graph g) { g.rename(node, oldId); }

    @Override public String name() { return "Rename " + oldIdOr() + " → " + newId; }

    private String oldIdOr() { return oldId == null ? node.id() : oldId; }
}
