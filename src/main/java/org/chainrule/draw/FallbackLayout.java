package org.chainrule.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * Left-to-right layers by longest path over the delay-0 edges, for nodes the file gives no position.
 * Used until the layered layout positions them; never writes into the model.
 */
final class FallbackLayout {
    static final double LAYER_GAP = 150;
    static final double ROW_GAP = 100;

    private FallbackLayout() {}

    static Map<Node, Point> place(Graph g) {
        Map<Node, Integer> layer = new HashMap<>();
        for (Node n : g.nodes()) layer.put(n, 0);
        // relax at most |V| times; a delay-0 cycle (an invalid graph) just stops growing
        for (int round = 0; round < g.nodeCount(); round++) {
            boolean changed = false;
            for (Edge e : g.edges()) {
                Node s = g.source(e), t = g.target(e);
                if (s == t || g.delay(e) > 0) continue;
                int want = layer.get(s) + 1;
                if (want > layer.get(t) && want < g.nodeCount()) {
                    layer.put(t, want);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        Map<Integer, List<Node>> byLayer = new java.util.TreeMap<>();
        for (Node n : g.nodes()) byLayer.computeIfAbsent(layer.get(n), k -> new ArrayList<>()).add(n);
        int tallest = byLayer.values().stream().mapToInt(List::size).max().orElse(1);
        Map<Node, Point> at = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Node>> e : byLayer.entrySet()) {
            List<Node> col = e.getValue();
            double top = 80 + (tallest - col.size()) * ROW_GAP / 2;
            for (int i = 0; i < col.size(); i++) {
                at.put(col.get(i), new Point(80 + e.getKey() * LAYER_GAP, top + i * ROW_GAP));
            }
        }
        return at;
    }
}
