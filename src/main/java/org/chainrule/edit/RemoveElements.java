package org.chainrule.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * Removes nodes (with every edge touching them) and edges. Undo puts the whole graph back as it was,
 * in the same order, so the argument order of the remaining nodes does not change.
 */
public final class RemoveElements implements Command {
    private final Set<Node> nodes;
    private final Set<Edge> edges;
    private Snapshot before;

    public RemoveElements(Iterable<Node> nodes, Iterable<Edge> edges) {
        this.nodes = new LinkedHashSet<>();
        nodes.forEach(this.nodes::add);
        this.edges = new LinkedHashSet<>();
        edges.forEach(this.edges::add);
    }

    /** Removes one edge. */
    public static RemoveElements edge(Edge e) { return new RemoveElements(List.of(), List.of(e)); }

    @Override
    public void apply(Graph g) {
        before = Snapshot.of(g);
        for (Edge e : edges) if (g.contains(e)) g.remove(e);
        for (Node n : nodes) if (g.contains(n)) {
            if (n.id().equals(g.outputId())) g.setOutputId(null);
            g.remove(n);
        }
    }

    @Override public void undo(Graph g) { before.restore(g); }

    @Override
    public String name() {
        if (nodes.isEmpty()) return edges.size() == 1 ? "Delete edge" : "Delete " + edges.size() + " edges";
        return nodes.size() == 1 ? "Delete node " + nodes.iterator().next().id() : "Delete " + nodes.size() + " nodes";
    }
}
