package org.chainrule.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.ops.Op;

/**
 * Shows a function node's inside: replaces a node that calls a function ({@link Op#FUNCTION}) by the
 * nodes of the function's body, in place. The node itself becomes the body's result (it keeps its id, its
 * label and its outgoing edges, so keys and the output stay as they were); the other body nodes are added
 * as {@code NODE_INNER} ({@code sp_exp1}), and each edge that gave an argument now feeds, with the same
 * delay, the body nodes that read that param. Calls of other functions inside the body stay calls
 * (expand them in turn). The graph computes the same numbers before and after.
 */
public final class FunctionExpansion {
    /** Room between the placed body nodes, in canvas pixels. */
    private static final double DX = 120, DY = 80;

    private FunctionExpansion() {}

    /**
     * Expands {@code call} in {@code g}; returns the nodes added.
     *
     * @throws IllegalArgumentException when the node calls no function the graph defines
     */
    public static List<Node> expand(Graph g, Node call) {
        FunctionDef f = call.op() == Op.FUNCTION ? g.function(call.function()) : null;
        if (f == null) throw new IllegalArgumentException("node '" + call.id() + "' does not call a function of the graph");
        Graph body = f.graph();
        List<Edge> args = g.arguments(call);
        if (args.size() != f.arity()) {
            throw new IllegalArgumentException("node '" + call.id() + "': " + f.signature() + " takes " + f.arity() + " inputs, has " + args.size());
        }
        Map<String, Edge> argOf = new HashMap<>();
        for (int a = 0; a < f.arity(); a++) argOf.put(f.params().get(a), args.get(a));
        Node root = body.output();
        Map<Node, Node> copy = new HashMap<>();
        List<Node> added = new ArrayList<>();
        if (argOf.containsKey(root.id())) {
            // the body is one of its params: the node passes that argument on
            become(call, new Node(call.id(), Op.IDENTITY));
        } else {
            become(call, root);
            copy.put(root, call);
        }
        Map<Node, Integer> depth = depths(body, root);
        for (Node b : body.nodes()) {
            if (b == root && copy.containsKey(b) || argOf.containsKey(b.id())) continue;
            Node n = b.copy();
            n.setId(fresh(g, call.id() + "_" + b.id()));
            g.add(n);
            copy.put(b, n);
            added.add(n);
        }
        if (call.hasPosition()) place(g, call, added, copy, depth);
        // edges inside the body, and the arguments into the nodes that read a param
        for (Edge e : body.edges()) {
            Node from = body.source(e), to = copy.get(body.target(e));
            Edge arg = argOf.get(from.id());
            if (arg != null) {
                Edge in = e.copy();
                in.setDelay(g.delay(arg) == 0 ? e.delayOrNull() : Integer.valueOf(g.delay(arg)));
                g.connect(g.source(arg), to, in);
            } else {
                g.connect(copy.get(from), to, e.copy());
            }
        }
        if (!copy.containsKey(root)) {
            Edge arg = argOf.get(root.id());
            Edge in = new Edge();
            if (g.delay(arg) > 0) in.setDelay(g.delay(arg));
            g.connect(g.source(arg), call, in);
        }
        for (Edge a : args) g.remove(a);
        return added;
    }

    /**
     * Makes room for the body: everything from the call rightwards moves right by one column per level of
     * the body, and the body's nodes fill the columns between the arguments and the call, each level's
     * nodes spread around the call's height.
     */
    private static void place(Graph g, Node call, List<Node> added, Map<Node, Node> copy, Map<Node, Integer> depth) {
        Map<Node, Integer> level = new HashMap<>();
        int deepest = 0;
        for (Map.Entry<Node, Node> en : copy.entrySet()) {
            if (added.contains(en.getValue())) {
                level.put(en.getValue(), depth.get(en.getKey()));
                deepest = Math.max(deepest, depth.get(en.getKey()));
            }
        }
        double x0 = call.x(), y0 = call.y();
        for (Node n : g.nodes()) if (n.hasPosition() && n.x() >= x0 && !added.contains(n)) n.setPosition(n.x() + DX * deepest, n.y());
        Map<Integer, Integer> count = new HashMap<>(), seen = new HashMap<>();
        for (Node n : added) count.merge(level.get(n), 1, Integer::sum);
        for (Node n : added) {
            int d = level.get(n), k = seen.merge(d, 1, Integer::sum) - 1;
            n.setPosition(x0 + DX * (deepest - d), y0 + DY * (k - (count.get(d) - 1) / 2.0));
        }
    }

    /** The body's root's op and numbers go into the call node (its id, label, position and init stay). */
    private static void become(Node call, Node root) {
        call.setOp(root.op());
        call.setFunction(root.function());
        call.setP(root.pOrNull());
        call.setAlpha(root.alphaOrNull());
        call.setBias(root.bias());
        call.setActivation(root.activation());
        if (root.hasValue()) call.setValues(root.values());
    }

    /** For each body node, how many steps it is from the root (1 for a node that does not reach it). */
    private static Map<Node, Integer> depths(Graph body, Node root) {
        Map<Node, Integer> d = new HashMap<>();
        d.put(root, 0);
        List<Node> todo = new ArrayList<>(List.of(root));
        for (int i = 0; i < todo.size(); i++) {
            Node n = todo.get(i);
            for (Edge e : body.incoming(n)) {
                Node s = body.source(e);
                if (!d.containsKey(s)) {
                    d.put(s, d.get(n) + 1);
                    todo.add(s);
                }
            }
        }
        for (Node n : body.nodes()) d.putIfAbsent(n, 1);
        return d;
    }

    private static String fresh(Graph g, String id) {
        if (g.node(id) == null) return id;
        int k = 2;
        while (g.node(id + k) != null) k++;
        return id + k;
    }
}
