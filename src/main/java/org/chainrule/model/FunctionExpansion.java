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
 * as {@code NODE_INNER} ({@code sp_exp1}; one a statement names is labelled with that name), and each edge that gave an argument now feeds, with the same
 * delay, the body nodes that read that param. A node that computes one output of a cell expands with the
 * other nodes of the same use ({@link CellCalls}) into one copy of the body: each of them becomes the body
 * node of its output, and the inner nodes are shared. Calls of other functions inside the body stay calls
 * (expand them in turn). The graph computes the same numbers before and after.
 */
public final class FunctionExpansion {
    /** Room between the placed body nodes, in canvas pixels. */
    private static final double DX = 120, DY = 80;

    private FunctionExpansion() {}

    /**
     * Expands {@code call} (with the rest of its cell's use) in {@code g}; returns the nodes added.
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
        String problem = f.outputProblem(call.functionOutput());
        if (problem != null) throw new IllegalArgumentException("node '" + call.id() + "': " + problem);
        List<Node> calls = CellCalls.of(g, call);
        List<Edge> oldArgs = new ArrayList<>();
        for (Node c : calls) oldArgs.addAll(g.arguments(c));
        Map<String, Edge> argOf = new HashMap<>();
        for (int a = 0; a < f.arity(); a++) argOf.put(f.params().get(a), args.get(a));
        Map<Node, Node> copy = new HashMap<>();
        List<Node> added = new ArrayList<>();
        Node passOn = null; // the body is one of its params: the node passes that argument on
        for (Node c : calls) {
            Node root = body.node(f.resultNode(c.functionOutput()));
            if (argOf.containsKey(root.id())) {
                become(c, new Node(c.id(), Op.IDENTITY));
                passOn = root;
            } else {
                become(c, root);
                copy.put(root, c);
            }
        }
        Map<Node, Integer> level = levels(body, copy.keySet());
        for (Node b : body.nodes()) {
            if (copy.containsKey(b) || argOf.containsKey(b.id())) continue;
            Node n = b.copy();
            n.setId(fresh(g, call.id() + "_" + b.id()));
            if (b.label() == null) n.setLabel(b.id()); // a name a statement assigns (f, z) reads as in the body
            g.add(n);
            copy.put(b, n);
            added.add(n);
        }
        if (calls.stream().allMatch(Node::hasPosition)) place(g, calls, added, copy, level);
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
        if (passOn != null) {
            Edge arg = argOf.get(passOn.id());
            Edge in = new Edge();
            if (g.delay(arg) > 0) in.setDelay(g.delay(arg));
            g.connect(g.source(arg), call, in);
        }
        for (Edge a : oldArgs) g.remove(a);
        return added;
    }

    /**
     * Makes room for the body: everything from the calls rightwards moves right by one column per level of
     * the body, and the body's nodes fill the columns between the arguments and the calls, each level's
     * added nodes spread around the calls' height; a call whose output feeds another output moves left to
     * its level.
     */
    private static void place(Graph g, List<Node> calls, List<Node> added, Map<Node, Node> copy, Map<Node, Integer> depth) {
        Map<Node, Integer> level = new HashMap<>();
        int deepest = 0;
        for (Map.Entry<Node, Node> en : copy.entrySet()) {
            level.put(en.getValue(), depth.get(en.getKey()));
            deepest = Math.max(deepest, depth.get(en.getKey()));
        }
        double x0 = Double.MAX_VALUE, y0 = 0;
        for (Node c : calls) {
            x0 = Math.min(x0, c.x());
            y0 += c.y() / calls.size();
        }
        for (Node n : g.nodes()) if (n.hasPosition() && n.x() >= x0 && !added.contains(n)) n.setPosition(n.x() + DX * deepest, n.y());
        for (Node c : calls) if (level.containsKey(c) && level.get(c) > 0) c.setPosition(x0 + DX * (deepest - level.get(c)), c.y());
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
        call.setFunctionOutput(root.functionOutput());
        call.setP(root.pOrNull());
        call.setAlpha(root.alphaOrNull());
        call.setBias(root.bias());
        call.setActivation(root.activation());
        if (root.hasValue()) call.setValues(root.values());
    }

    /**
     * For each body node, its column counted back from the results: 0 for a result that feeds no other
     * result, else the longest path to such a result (1 for a node that reaches none).
     */
    private static Map<Node, Integer> levels(Graph body, java.util.Set<Node> results) {
        Map<Node, Integer> d = new HashMap<>();
        List<Node> nodes = new ArrayList<>(body.nodes()); // the builder's order: every node after the nodes it reads
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            int best = -1;
            for (Edge e : body.outgoing(n)) {
                Integer after = d.get(body.target(e));
                if (after != null && after >= 0) best = Math.max(best, after + 1);
            }
            d.put(n, best >= 0 ? best : results.contains(n) ? 0 : -1);
        }
        for (Node n : nodes) if (d.get(n) < 0) d.put(n, 1);
        return d;
    }

    private static String fresh(Graph g, String id) {
        if (g.node(id) == null) return id;
        int k = 2;
        while (g.node(id + k) != null) k++;
        return id + k;
    }
}
