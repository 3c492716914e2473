package org.chainrule.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.KeyNames;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;

/**
 * Unrolls a recurrent graph over its T time steps into a DAG with one time step: backpropagation
 * through time drawn out as an ordinary graph.
 *
 * <ul>
 *   <li>Every node gets one copy per step, id {@code ID_tK} (label {@code name_K}); a list-valued source
 *       gets that step's number.</li>
 *   <li>A {@code param} with one value is <em>shared</em>: one node {@code ID} feeding every step, so
 *       the per-step contributions visibly sum into the one shared gradient.</li>
 *   <li>An edge with delay d into step t comes from the source's copy at step t − d; before t = 1 it
 *       comes from an init node {@code ID_t0} (label {@code name_0}) holding the source's {@code init}
 *       (a {@code param} when that init is trainable, else an {@code input}).</li>
 *   <li>Edge fields (weight, arg) are kept; each node's incoming edges are added in argument order so the
 *       argument order holds even without {@code arg}.</li>
 *   <li>The output is the output's copy at t = T.</li>
 * </ul>
 *
 * <p>Layout: each step's copy is the folded drawing shifted right by one block width per step, init
 * nodes in a column to the left, shared params in a row below the middle step. A folded graph without
 * positions gets a plain longest-path layering first.
 *
 * <p>Gradients relate to the folded graph as: a shared param's gradient equals the folded one; the
 * folded gradient of {@code ID.init} is that of {@code ID_t0}; a folded edge weight's gradient is the
 * sum over t of its copies' gradients.
 */
public final class Unroller {
    /** Horizontal distance between layers when the folded graph has no positions. */
    static final double LAYER_GAP = 150;
    /** Vertical distance between nodes of one layer when the folded graph has no positions. */
    static final double ROW_GAP = 90;
    /** Least vertical distance between two init nodes in their column. */
    static final double INIT_GAP = 56;
    /** Extra space between two time-step blocks. */
    static final double BLOCK_GAP = 120;

    private Unroller() {}

    /** The unrolled copy of {@code g} over its own number of time steps. */
    public static Graph unroll(Graph g) {
        return unroll(g, g.timesteps());
    }

    /**
     * The time step node {@code n} of the unrolled graph {@code u} stands for: 0 for an init, 1..T for a
     * step's copy, {@code -1} for a shared param (one node for every step) or a graph this class did not make.
     */
    public static int stepOf(Graph u, Node n) {
        UnrolledOrigins o = UnrolledOrigins.of(u);
        UnrolledOrigins.Origin origin = o == null ? null : o.nodes.get(n);
        return origin == null ? UnrolledOrigins.SHARED : origin.t();
    }

    /** The id of node {@code id}'s copy at step {@code t} (t = 0: its init node). */
    public static String stepId(String id, int t) {
        return id + "_t" + t;
    }

    /** The unrolled copy of {@code g} over {@code T} time steps (T ≥ 1). */
    public static Graph unroll(Graph g, int T) {
        if (T < 1) throw new IllegalArgumentException("timesteps must be at least 1, not " + T);
        Map<Node, double[]> pos = positions(g);
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pos.values()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        final double left = minX;
        double block = pos.isEmpty() ? 0 : maxX - minX + BLOCK_GAP + LAYER_GAP / 2;

        Graph u = new Graph();
        u.setName(g.name() == null ? null : g.name() + " (unrolled, T = " + T + ")");
        u.setDescription(g.description());
        u.setTimesteps(1);
        for (org.chainrule.model.FunctionDef f : g.functions()) u.define(f);
        UnrolledOrigins origins = UnrolledOrigins.record(u);

        // shared params first, in a band below the steps (keeping their folded arrangement), under the middle step
        double minSharedY = Double.MAX_VALUE;
        for (Node n : g.nodes()) if (isShared(n)) minSharedY = Math.min(minSharedY, pos.get(n)[1]);
        Map<Node, Node> shared = new LinkedHashMap<>();
        for (Node n : g.nodes()) {
            if (isShared(n)) {
                Node c = u.add(copyNode(n, n.id(), n.displayName(), 1));
                double[] p = pos.get(n);
                c.setPosition(p[0] + block * ((T - 1) / 2.0), maxY + ROW_GAP * 1.5 + (p[1] - minSharedY));
                shared.put(n, c);
                origins.nodes.put(c, new UnrolledOrigins.Origin(n.id(), KeyNames.node(n), UnrolledOrigins.SHARED, true));
            }
        }
        Map<Node, Node[]> copies = new HashMap<>();
        for (Node n : g.nodes()) {
            if (shared.containsKey(n)) continue;
            Node[] perStep = new Node[T + 1];
            for (int t = 1; t <= T; t++) {
                Node c = u.add(copyNode(n, stepId(n.id(), t), stepLabel(n.displayName(), t), t));
                double[] p = pos.get(n);
                c.setPosition(p[0] + block * (t - 1), p[1]);
                perStep[t] = c;
                boolean oneNumber = !(n.valueIsList() && n.values() != null && n.values().size() > 1);
                origins.nodes.put(c, new UnrolledOrigins.Origin(n.id(), KeyNames.node(n), t, oneNumber));
            }
            copies.put(n, perStep);
        }

        Map<Node, Node> inits = new HashMap<>();
        for (int t = 1; t <= T; t++) {
            for (Node n : g.nodes()) {
                if (shared.containsKey(n)) continue;
                Node target = copies.get(n)[t];
                for (Edge e : g.arguments(n)) {
                    Node s = g.source(e);
                    int from = t - g.delay(e);
                    Node source;
                    if (shared.containsKey(s)) source = shared.get(s);
                    else if (from >= 1) source = copies.get(s)[from];
                    else source = inits.computeIfAbsent(s, k -> {
                        Node init = initNode(u, k, pos.get(k), left);
                        origins.nodes.put(init, new UnrolledOrigins.Origin(k.id() + ".init", KeyNames.at(KeyNames.node(k), 0), 0, true));
                        return init;
                    });
                    Edge c = e.copy();
                    c.setDelay(null);
                    u.connect(source, target, c);
                    String key = g.key(e);
                    origins.edges.put(c, new UnrolledOrigins.Origin(key, KeyNames.of(g, key), t, true));
                }
            }
        }
        Node out = g.output();
        if (out != null) u.setOutputId(shared.containsKey(out) ? out.id() : stepId(out.id(), T));
        return u;
    }

    private static final Pattern TIME_SUBSCRIPT =
            Pattern.compile("_(?:t(?![A-Za-z0-9])|\\{\\s*t\\s*(?:([-−+])\\s*(\\d+))?\\s*\\})");

    /**
     * The label of a node's copy at step t: a time subscript is filled in ({@code h_t} → {@code h_2},
     * {@code u·h_{t−1}} → {@code u·h_1}); otherwise the step is added as a subscript ({@code y} →
     * {@code y_2}), or as a superscript ⟨t⟩ when the label has a subscript already ({@code w[1]_13}).
     */
    static String stepLabel(String label, int t) {
        Matcher m = TIME_SUBSCRIPT.matcher(label);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            found = true;
            int k = t;
            if (m.group(2) != null) k += (m.group(1).equals("+") ? 1 : -1) * Integer.parseInt(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(k >= 0 && k < 10 ? "_" + k : "_{" + k + "}"));
        }
        if (found) {
            m.appendTail(out);
            return out.toString();
        }
        if (label.indexOf('_') < 0) return label + (t < 10 ? "_" + t : "_{" + t + "}");
        return label + "^{⟨" + t + "⟩}";
    }

    /** Whether a node is drawn once for all steps: a param whose value does not change over time. */
    static boolean isShared(Node n) {
        return n.op() == Op.PARAM && !(n.valueIsList() && n.values() != null && n.values().size() > 1);
    }

    private static Node copyNode(Node n, String id, String label, int t) {
        Node c = n.copy();
        c.setId(id);
        c.setLabel(label);
        if (n.isTensorSource()) c.setTensors(n.shape(), List.of(n.tensorAt(t)), false);
        else if (n.hasValue()) c.setValue(n.valueAt(t));
        // in the unrolled graph nothing is read through a delay: the init lives in the init node
        c.setInit(0);
        c.setTensorInit(null);
        if (!n.op().isSource()) c.setTrainable(false);
        return c;
    }

    private static Node initNode(Graph u, Node s, double[] p, double minX) {
        Node c = new Node(stepId(s.id(), 0), s.trainable() ? Op.PARAM : Op.INPUT);
        c.setLabel(stepLabel(s.displayName(), 0));
        if (s.tensorInit() != null) c.setTensors(s.tensorInit().shape(), List.of(s.tensorInit()), false);
        else c.setValue(s.init());
        // one column of init nodes: each at its node's height, moved down past any init already there
        double y = p[1];
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Node o : u.nodes()) {
                if (o.hasPosition() && o.x() == minX - LAYER_GAP && Math.abs(o.y() - y) < INIT_GAP) {
                    y = o.y() + INIT_GAP;
                    moved = true;
                }
            }
        }
        c.setPosition(minX - LAYER_GAP, y);
        return u.add(c);
    }

    /**
     * The folded graph's positions, or when any node lacks one, a longest-path layering over the
     * delay-0 edges (layer = x, order within the layer = y).
     */
    static Map<Node, double[]> positions(Graph g) {
        Map<Node, double[]> pos = new HashMap<>();
        boolean all = true;
        for (Node n : g.nodes()) {
            if (!n.hasPosition()) { all = false; break; }
            pos.put(n, new double[] {n.x(), n.y()});
        }
        if (all) return pos;
        pos.clear();
        Map<Node, Integer> layer = layers(g);
        Map<Integer, Integer> rows = new HashMap<>();
        for (Node n : g.nodes()) {
            int l = layer.getOrDefault(n, 0);
            int row = rows.merge(l, 1, Integer::sum) - 1;
            pos.put(n, new double[] {l * LAYER_GAP, row * ROW_GAP});
        }
        return pos;
    }

    /**
     * Longest path from a source over delay-0 edges, along the engine's evaluation order (a graph whose
     * delay-0 edges have a cycle cannot be evaluated: all its nodes stay in layer 0).
     */
    private static Map<Node, Integer> layers(Graph g) {
        Map<Node, Integer> layer = new HashMap<>();
        List<Node> order = EvaluationOrder.of(g);
        if (order == null) return layer;
        for (Node n : order) {
            for (Edge e : g.outgoing(n)) {
                if (g.delay(e) == 0) layer.merge(g.target(e), layer.getOrDefault(n, 0) + 1, Math::max);
            }
        }
        return layer;
    }
}
