package org.chainrule.io.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Simple left-to-right positions for a freshly built expression graph: a node's column is the length of
 * the longest path reaching it from a source, rows in order of creation, each column centred.
 */
final class LayeredPositions {
    static final double LEFT = 40;
    static final double TOP = 40;
    static final double COLUMN = 140;
    static final double ROW = 90;

    private LayeredPositions() {}

    static void apply(Graph g) {
        Map<Node, Integer> layer = new HashMap<>();
        TopologicalOrderIterator<Node, Edge> it = new TopologicalOrderIterator<>(g.jgrapht());
        int deepest = 0;
        while (it.hasNext()) {
            Node n = it.next();
            int l = 0;
            for (Edge e : g.incoming(n)) l = Math.max(l, layer.get(g.source(e)) + 1);
            layer.put(n, l);
            deepest = Math.max(deepest, l);
        }
        List<List<Node>> columns = new ArrayList<>();
        for (int i = 0; i <= deepest; i++) columns.add(new ArrayList<>());
        for (Node n : g.nodes()) columns.get(layer.get(n)).add(n);
        int tallest = 0;
        for (List<Node> c : columns) tallest = Math.max(tallest, c.size());
        for (int i = 0; i < columns.size(); i++) {
            List<Node> c = columns.get(i);
            double offset = (tallest - c.size()) * ROW / 2;
            for (int r = 0; r < c.size(); r++) {
                c.get(r).setPosition(LEFT + i * COLUMN, TOP + offset + r * ROW);
            }
        }
    }
}
