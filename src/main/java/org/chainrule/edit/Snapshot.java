package org.chainrule.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * The complete state of a graph, holding on to its node and edge objects: their order, their
 * endpoints and a copy of every field. {@link #restore} puts exactly that state back into the same
 * objects, which is how a removal is undone without changing argument order (the order of incoming
 * edges) or the identity of anything other commands refer to.
 */
public final class Snapshot {
    private record NodeState(Node node, Node fields) {}

    private record EdgeState(Edge edge, Node source, Node target, Edge fields) {}

    private final List<NodeState> nodes = new ArrayList<>();
    private final List<EdgeState> edges = new ArrayList<>();
    private final Graph header = new Graph();

    private Snapshot() {}

    /** Records the state of {@code g} now. */
    public static Snapshot of(Graph g) {
        Snapshot s = new Snapshot();
        for (Node n : g.nodes()) s.nodes.add(new NodeState(n, n.copy()));
        for (Edge e : g.edges()) s.edges.add(new EdgeState(e, g.source(e), g.target(e), e.copy()));
        s.header.setName(g.name());
        s.header.setDescription(g.description());
        s.header.setOutputId(g.outputId());
        s.header.setTimesteps(g.timestepsOrNull());
        s.header.extras().putAll(g.extras());
        return s;
    }

    /** Makes {@code g} hold exactly the recorded nodes and edges (the same objects) with their recorded fields. */
    public void restore(Graph g) {
        for (Edge e : new ArrayList<>(g.edges())) g.remove(e);
        for (Node n : new ArrayList<>(g.nodes())) g.remove(n);
        for (NodeState s : nodes) {
            copyFields(s.fields, s.node);
            g.add(s.node);
        }
        for (EdgeState s : edges) {
            copyFields(s.fields, s.edge);
            g.connect(s.source, s.target, s.edge);
        }
        g.setName(header.name());
        g.setDescription(header.description());
        g.setOutputId(header.outputId());
        g.setTimesteps(header.timestepsOrNull());
        g.extras().clear();
        g.extras().putAll(header.extras());
    }

    /** Number of nodes recorded. */
    public int nodeCount() { return nodes.size(); }

    /** Copies every field of {@code from} into {@code to} (a node that is not in any graph, or whose id is unchanged). */
    static void copyFields(Node from, Node to) {
        to.setId(from.id());
        to.setOp(from.op());
        to.setLabel(from.label());
        if (from.values() == null) to.clearValue();
        else if (from.valueIsList() || from.values().isEmpty()) to.setValues(from.values());
        else to.setValue(from.values().get(0));
        to.setBias(from.bias());
        to.setActivation(from.activation());
        to.setAlpha(from.alphaOrNull());
        to.setP(from.pOrNull());
        to.setInit(from.init());
        to.setTrainable(from.trainable());
        to.setFunction(from.function());
        to.setFunctionOutput(from.functionOutput());
        to.setPosition(from.x(), from.y());
        Map<String, Object> extras = new LinkedHashMap<>(from.extras());
        to.extras().clear();
        to.extras().putAll(extras);
    }

    static void copyFields(Edge from, Edge to) {
        to.setArg(from.arg());
        to.setWeight(from.weightOrNull());
        to.setDelay(from.delayOrNull());
        Map<String, Object> extras = new LinkedHashMap<>(from.extras());
        to.extras().clear();
        to.extras().putAll(extras);
    }
}
