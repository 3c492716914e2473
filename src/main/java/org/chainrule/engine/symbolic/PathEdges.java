package org.chainrule.engine.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * Where a path of a {@link Derivative} lies on a drawing: the ids of its nodes and the keys of its edges
 * ({@code FROM->TO}, {@code FROM->TO#2}) in a graph with the same ids. A step between two unrolled nodes
 * is drawn by every edge between them whose delay leads from one step to the other (parallel edges
 * such as the two of {@code x*x} both).
 */
public final class PathEdges {
    private PathEdges() {}

    /** The node ids of a path, each once, from the wrt end. */
    public static List<String> nodeIds(List<TimeNode> path) {
        Set<String> ids = new LinkedHashSet<>();
        for (TimeNode n : path) if (!n.isLeaf()) ids.add(n.node().id());
        return new ArrayList<>(ids);
    }

    /** The keys of the edges a path runs along in {@code g}, each once, from the wrt end. */
    public static List<String> edgeKeys(Graph g, List<TimeNode> path) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 1; i < path.size(); i++) {
            TimeNode from = path.get(i - 1);
            TimeNode to = path.get(i);
            if (from.isLeaf()) {
                // a weight lies on its edge; a bias on no edge
                if (g.edge(from.key()) != null) keys.add(from.key());
                continue;
            }
            Node s = g.node(from.node().id());
            Node t = g.node(to.node().id());
            if (s == null || t == null) continue;
            for (Edge e : g.incoming(t)) {
                if (g.source(e) == s && Math.max(0, to.t() - g.delay(e)) == from.t()) keys.add(g.key(e));
            }
        }
        return new ArrayList<>(keys);
    }
}
