package org.chainrule.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The order in which a time step is evaluated: a topological order of the delay-0 edges (delayed edges
 * read the past and impose no order). Ties are broken by file order, so every run steps the same way.
 */
public final class EvaluationOrder {
    private EvaluationOrder() {}

    /** The nodes in evaluation order, or null when the delay-0 edges contain a cycle. */
    public static List<Node> of(Graph g) {
        org.jgrapht.Graph<Node, Edge> instant = instantSubgraph(g);
        Map<Node, Integer> index = fileIndex(g);
        List<Node> order = new ArrayList<>(g.nodeCount());
        try {
            TopologicalOrderIterator<Node, Edge> it =
                    new TopologicalOrderIterator<>(instant, Comparator.comparingInt(index::get));
            while (it.hasNext()) order.add(it.next());
        } catch (IllegalArgumentException e) {
            // NotDirectedAcyclicGraphException (a subclass) on a cycle
            return null;
        }
        return order.size() == g.nodeCount() ? order : null;
    }

    /**
     * One cycle made only of delay-0 edges, node by node in edge direction (the first node is not
     * repeated), or an empty list when there is none.
     */
    public static List<Node> instantCycle(Graph g) {
        org.jgrapht.Graph<Node, Edge> instant = instantSubgraph(g);
        for (Edge e : instant.edgeSet()) {
            if (g.source(e) == g.target(e)) return List.of(g.source(e));
        }
        KosarajuStrongConnectivityInspector<Node, Edge> scc = new KosarajuStrongConnectivityInspector<>(instant);
        Map<Node, Integer> index = fileIndex(g);
        for (Set<Node> comp : scc.stronglyConnectedSets()) {
            if (comp.size() < 2) continue;
            AsSubgraph<Node, Edge> sub = new AsSubgraph<>(instant, comp);
            // start from the component's first node in file order, for a stable message
            Node start = comp.stream().min(Comparator.comparingInt(index::get)).orElseThrow();
            Edge back = null;
            for (Edge e : sub.incomingEdgesOf(start)) { back = e; break; }
            Node last = g.source(back);
            GraphPath<Node, Edge> path = BFSShortestPath.findPathBetween(sub, start, last);
            return path == null ? List.copyOf(comp) : path.getVertexList();
        }
        return List.of();
    }

    /** The delay-0 edges only: a lazy view, nothing is copied (the graph itself when nothing is delayed). */
    private static org.jgrapht.Graph<Node, Edge> instantSubgraph(Graph g) {
        if (!g.hasDelays()) return g.jgrapht();
        return new MaskSubgraph<>(g.jgrapht(), v -> false, e -> g.delay(e) > 0);
    }

    static Map<Node, Integer> fileIndex(Graph g) {
        Map<Node, Integer> index = new HashMap<>(g.nodeCount() * 2);
        int i = 0;
        for (Node n : g.nodes()) index.put(n, i++);
        return index;
    }
}
