package org.chainrule.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.ops.Op;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A computation graph: nodes and directed edges, parallel edges and self-loops allowed, kept in a
 * JGraphT {@link DirectedPseudograph}. Node and edge order is insertion order (the file's order), which
 * fixes argument order where no edge says {@code arg}.
 */
public final class Graph {
    private final DirectedPseudograph<Node, Edge> g = new DirectedPseudograph<>(null, null, false);
    private final Map<String, Node> byId = new LinkedHashMap<>();
    private String name;
    private String description;
    private String output;
    private Integer timesteps;
    private final Map<String, Object> extras = new LinkedHashMap<>();
    private final Map<String, FunctionDef> functions = new LinkedHashMap<>();

    /** The underlying JGraphT graph, for algorithms. Change it only through this class. */
    public org.jgrapht.Graph<Node, Edge> jgrapht() { return g; }

    public String name() { return name; }
    public void setName(String name) { this.name = name; }

    public String description() { return description; }
    public void setDescription(String d) { this.description = d; }

    /** The output id given in the file, or null. */
    public String outputId() { return output; }
    public void setOutputId(String id) { this.output = id; }

    /** The timesteps given in the file, or null. */
    public Integer timestepsOrNull() { return timesteps; }
    public void setTimesteps(Integer t) { this.timesteps = t; }

    public Map<String, Object> extras() { return extras; }

    // ---- functions ----

    /** The functions the file defines, in file order. */
    public Collection<FunctionDef> functions() { return java.util.Collections.unmodifiableCollection(functions.values()); }

    /** The function called {@code name}, or null. */
    public FunctionDef function(String name) { return name == null ? null : functions.get(name); }

    /** Defines a function (replacing one of the same name). */
    public void define(FunctionDef f) { functions.put(f.name(), f); }

    // ---- nodes ----

    /** Adds a node; its id must be new. */
    public Node add(Node n) {
        if (byId.containsKey(n.id())) throw new IllegalArgumentException("duplicate node id '" + n.id() + "'");
        byId.put(n.id(), n);
        g.addVertex(n);
        return n;
    }

    public Node add(String id, Op op) { return add(new Node(id, op)); }

    public void remove(Node n) {
        g.removeVertex(n);
        byId.remove(n.id());
    }

    /** Renames a node, keeping its edges. */
    public void rename(Node n, String newId) {
        if (n.id().equals(newId)) return;
        if (byId.containsKey(newId)) throw new IllegalArgumentException("duplicate node id '" + newId + "'");
        byId.remove(n.id());
        if (n.id().equals(output)) output = newId;
        n.setId(newId);
        byId.put(newId, n);
    }

    /** The node with this id, or null. */
    public Node node(String id) { return byId.get(id); }

    public boolean contains(Node n) { return g.containsVertex(n); }

    /** All nodes in insertion order. */
    public Collection<Node> nodes() { return g.vertexSet(); }

    public int nodeCount() { return g.vertexSet().size(); }

    // ---- edges ----

    /** Adds an edge from → to (parallel edges and self-loops allowed). */
    public Edge connect(Node from, Node to, Edge e) {
        g.addEdge(from, to, e);
        return e;
    }

    public Edge connect(Node from, Node to) { return connect(from, to, new Edge()); }

    public Edge connect(String from, String to) { return connect(require(from), require(to)); }

    public void remove(Edge e) { g.removeEdge(e); }

    public boolean contains(Edge e) { return g.containsEdge(e); }

    /** All edges in insertion order. */
    public Set<Edge> edges() { return g.edgeSet(); }

    public int edgeCount() { return g.edgeSet().size(); }

    public Node source(Edge e) { return g.getEdgeSource(e); }

    public Node target(Edge e) { return g.getEdgeTarget(e); }

    public Set<Edge> incoming(Node n) { return g.incomingEdgesOf(n); }

    public Set<Edge> outgoing(Node n) { return g.outgoingEdgesOf(n); }

    /** The delay of an edge: as given, else 1 on a self-loop and 0 otherwise. */
    public int delay(Edge e) {
        if (e.delayOrNull() != null) return e.delayOrNull();
        return source(e) == target(e) ? 1 : 0;
    }

    /** Whether any edge carries a delay (a self-loop does by default): then the graph reads earlier steps. */
    public boolean hasDelays() {
        for (Edge e : g.edgeSet()) if (delay(e) > 0) return true;
        return false;
    }

    /**
     * The incoming edges of {@code n} in argument order: edges with an explicit {@code arg} take that
     * slot, the others fill the free slots in file order. Clashing or out-of-range {@code arg}s are
     * reported by validation; here they fall back to file order.
     */
    public List<Edge> arguments(Node n) {
        List<Edge> in = new ArrayList<>(g.incomingEdgesOf(n));
        int k = in.size();
        Edge[] slots = new Edge[k];
        List<Edge> rest = new ArrayList<>();
        for (Edge e : in) {
            Integer a = e.arg();
            if (a != null && a >= 0 && a < k && slots[a] == null) slots[a] = e;
            else rest.add(e);
        }
        int r = 0;
        for (int i = 0; i < k; i++) if (slots[i] == null) slots[i] = rest.get(r++);
        return List.of(slots);
    }

    // ---- output and time ----

    /**
     * The graph's output: the node named by {@code output}, else the only sink (a node with no
     * outgoing edge other than self-loops). Null when neither exists.
     */
    public Node output() {
        if (output != null) return byId.get(output);
        List<Node> sinks = sinks();
        return sinks.size() == 1 ? sinks.get(0) : null;
    }

    /** Nodes whose only outgoing edges, if any, are self-loops. */
    public List<Node> sinks() {
        List<Node> sinks = new ArrayList<>();
        for (Node n : g.vertexSet()) {
            boolean sink = true;
            for (Edge e : g.outgoingEdgesOf(n)) if (target(e) != n) { sink = false; break; }
            if (sink) sinks.add(n);
        }
        return sinks;
    }

    /** Whether any node needs the tensor engine (a tensor source or init, or a tensor op). */
    public boolean hasTensors() {
        for (Node n : g.vertexSet()) if (n.needsTensors()) return true;
        return false;
    }

    /** T: as given, else the length of the list values, else 1. */
    public int timesteps() {
        if (timesteps != null) return timesteps;
        for (Node n : g.vertexSet()) if (n.valueIsList() && n.values() != null) return n.values().size();
        for (Node n : g.vertexSet()) if (n.valueIsList() && n.tensors() != null) return n.tensors().size();
        return 1;
    }

    // ---- keys ----

    /**
     * The key of an edge's weight: {@code FROM->TO}, and {@code FROM->TO#2}, {@code #3} … for the
     * second, third parallel edge in edge order.
     */
    public String key(Edge e) {
        Node s = source(e), t = target(e);
        int index = 0;
        for (Edge o : g.getAllEdges(s, t)) {
            if (target(o) != t || source(o) != s) continue;
            index++;
            if (o == e) break;
        }
        return Key.weight(s.id(), t.id(), index).toString();
    }

    /** The edge with this key ({@code FROM->TO} or {@code FROM->TO#k}), or null. */
    public Edge edge(String key) {
        Key k = Key.parse(key);
        return k == null || !k.isWeight() ? null : edge(k);
    }

    /** The edge of a weight key, or null. */
    public Edge edge(Key key) {
        int index = key.parallel();
        Node s = byId.get(key.id()), t = byId.get(key.to());
        if (s == null || t == null) return null;
        int i = 0;
        for (Edge o : g.getAllEdges(s, t)) {
            if (source(o) != s || target(o) != t) continue;
            if (++i == index) return o;
        }
        return null;
    }

    private Node require(String id) {
        Node n = byId.get(id);
        if (n == null) throw new IllegalArgumentException("no node '" + id + "'");
        return n;
    }

    /** A deep copy: new nodes and edges with the same fields and the same order. */
    public Graph copy() {
        Graph c = new Graph();
        c.name = name;
        c.description = description;
        c.output = output;
        c.timesteps = timesteps;
        c.extras.putAll(extras);
        c.functions.putAll(functions);
        Map<Node, Node> map = new LinkedHashMap<>();
        for (Node n : g.vertexSet()) map.put(n, c.add(n.copy()));
        for (Edge e : g.edgeSet()) c.connect(map.get(source(e)), map.get(target(e)), e.copy());
        return c;
    }
}
