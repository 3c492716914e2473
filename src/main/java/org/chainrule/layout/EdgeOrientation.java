package org.chainrule.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * A left-to-right order of the nodes in which every delay-0 edge points forward (when the delay-0
 * edges form a DAG, as a valid graph's do) and as many delayed edges as possible point forward too.
 *
 * <p>The layout feeds ELK each edge oriented along this order, so ELK never has to break a cycle
 * itself: its cycle breaker could otherwise reverse a delay-0 edge instead of the delayed back edge
 * of a recurrence and draw the data flow right to left.
 */
final class EdgeOrientation {
    private final Map<Node, Integer> rank = new IdentityHashMap<>();

    private EdgeOrientation() {}

    /** Kahn's algorithm over all non-self-loop edges, in file order; stuck on a cycle, it first drops
     *  the delayed edges into a waiting node, and only on a delay-0 cycle (an invalid graph being
     *  edited) any edge at all. */
    static EdgeOrientation of(Graph g) {
        EdgeOrientation o = new EdgeOrientation();
        List<Node> nodes = new ArrayList<>(g.nodes());
        Map<Node, Integer> all = new HashMap<>();
        Map<Node, Integer> undelayed = new HashMap<>();
        for (Node n : nodes) {
            all.put(n, 0);
            undelayed.put(n, 0);
        }
        for (Edge e : g.edges()) {
            Node s = g.source(e), t = g.target(e);
            if (s == t) continue;
            all.merge(t, 1, Integer::sum);
            if (g.delay(e) == 0) undelayed.merge(t, 1, Integer::sum);
        }
        Deque<Node> ready = new ArrayDeque<>();
        for (Node n : nodes) if (all.get(n) == 0) ready.add(n);
        int next = 0;
        int scan = 0; // nodes before this index of `nodes` are all ranked
        while (o.rank.size() < nodes.size()) {
            if (ready.isEmpty()) {
                while (o.rank.containsKey(nodes.get(scan))) scan++;
                Node pick = null;
                for (int i = scan; i < nodes.size() && pick == null; i++) {
                    Node n = nodes.get(i);
                    if (!o.rank.containsKey(n) && undelayed.get(n) == 0) pick = n;
                }
                ready.add(pick != null ? pick : nodes.get(scan));
            }
            Node n = ready.poll();
            if (o.rank.containsKey(n)) continue;
            o.rank.put(n, next++);
            for (Edge e : g.outgoing(n)) {
                Node t = g.target(e);
                if (t == n || o.rank.containsKey(t)) continue;
                if (g.delay(e) == 0) undelayed.merge(t, -1, Integer::sum);
                if (all.merge(t, -1, Integer::sum) == 0) ready.add(t);
            }
        }
        return o;
    }

    /** Position of the node in the order, 0-based. */
    int rank(Node n) { return rank.get(n); }

    /** Whether the edge points forward along the order (self-loops never reach here). */
    boolean forward(Graph g, Edge e) { return rank(g.source(e)) < rank(g.target(e)); }
}
