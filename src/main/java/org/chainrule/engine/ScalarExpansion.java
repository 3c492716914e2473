package org.chainrule.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Shapes;
import org.chainrule.ops.tensor.Tensor;

/**
 * A tensor graph redrawn as the scalar graph an exam draws, with the same numbers: every element of a
 * tensor is a node ({@code W1[1,2]}), an elementwise op is one node per element, and a matrix product
 * with a weight matrix becomes neurons with the weights on their edges. Sums, means, softmax,
 * cross-entropy and batch norm become the scalar ops they are made of; transpose and concat have no nodes of
 * their own, only the same elements in another order.
 *
 * <p>A weight matrix (or vector) is a param or const tensor, one value for every step, that only matrix
 * products read without delay, each with an argument that is not given; it has no nodes of its own,
 * its elements are the edge weights.
 */
public final class ScalarExpansion {
    private final Graph in;
    private final Graph out = new Graph();
    private final Map<Node, int[]> shapes;
    private final Map<Node, Node[]> elems = new IdentityHashMap<>();

    private ScalarExpansion(Graph in, Map<Node, int[]> shapes) {
        this.in = in;
        this.shapes = shapes;
    }

    /**
     * The scalar graph of a valid graph (a scalar graph comes back as a copy).
     *
     * @throws GraphException when the graph cannot be evaluated
     * @throws IllegalArgumentException for a neuron that takes tensors (its one weight per edge would repeat)
     */
    public static Graph of(Graph g) {
        if (!g.hasTensors()) return g.copy();
        List<Node> order = EvaluationOrder.of(g);
        List<Diagnostic> problems = Validator.validate(g, order);
        if (!problems.isEmpty()) throw new GraphException(problems);
        ScalarExpansion x = new ScalarExpansion(g, TensorShapes.of(g, order).shape);
        x.out.setName(g.name() == null ? null : g.name() + " (expanded to scalars)");
        x.out.setDescription(g.description());
        x.out.setTimesteps(g.timestepsOrNull());
        x.out.setOutputId(g.output().id());
        for (Node n : order) x.expand(n);
        // a delayed edge reads a node made later in the order: connect them once every node exists
        for (Runnable r : x.delayed) r.run();
        return x.out;
    }

    private final List<Runnable> delayed = new ArrayList<>();

    private int[] shape(Node n) { return shapes.get(n); }

    private boolean isWeight(Node n) {
        if (!isGiven(n) || shape(n).length == 0) return false;
        for (Edge e : in.outgoing(n)) {
            Node product = in.target(e);
            if (product.op() != Op.MATMUL || in.delay(e) > 0) return false;
            for (Edge other : in.arguments(product)) if (other != e && isGiven(in.source(other))) return false;
        }
        return true;
    }

    /** A param or const with one value for every step. */
    private static boolean isGiven(Node n) {
        return (n.op() == Op.PARAM || n.op() == Op.CONST) && !n.valueIsList();
    }

    private void expand(Node n) {
        int[] s = shape(n);
        Node[] el = new Node[Tensor.size(s)];
        elems.put(n, el);
        Op op = n.op();
        if (op.isSource()) {
            if (isWeight(n)) return;
            for (int k = 0; k < el.length; k++) el[k] = source(n, s, k);
            initAll(n, el);
            return;
        }
        List<Edge> args = in.arguments(n);
        switch (op) {
            case MATMUL: matmul(n, args, el); break;
            case TRANSPOSE: { // no nodes of its own: the same elements in another order
                int[] a = shape(in.source(args.get(0)));
                if (a.length < 2) { link(n, args.get(0), el); return; }
                Node[] src = new Node[el.length];
                pending(n, args.get(0), src, () -> {
                    for (int i = 0; i < a[0]; i++) for (int j = 0; j < a[1]; j++) el[j * a[0] + i] = src[i * a[1] + j];
                });
                return;
            }
            case CONCAT: concat(n, args, el); return; // no nodes of its own either: the arguments' elements side by side
            case SUM: case MEAN: reduce(n, args.get(0), el); break;
            case SOFTMAX: softmax(n, args.get(0), el); break;
            case CROSS_ENTROPY: crossEntropy(n, args, el); break;
            case BATCHNORM: batchnorm(n, args, el); break;
            case NEURON:
                for (Edge e : args) {
                    if (shape(in.source(e)).length > 0) throw new IllegalArgumentException("node '" + n.id() + "': a neuron over tensors has no scalar drawing (one weight per edge)");
                }
                // fall through: a scalar neuron is copied like an elementwise op
            default: elementwise(n, args, el);
        }
        initAll(n, el);
    }

    // ---- element nodes ----

    private static String elementId(String id, int[] s, int k) {
        if (s.length == 0) return id;
        StringBuilder sb = new StringBuilder(id);
        for (int i : Shapes.index(s, k)) sb.append('_').append(i + 1);
        return sb.toString();
    }

    private static String elementLabel(Node n, int[] s, int k) {
        return s.length == 0 ? n.label() : n.displayName() + Shapes.place(s, k);
    }

    private Node node(Node n, int[] s, int k, Op op) {
        Node e = new Node(unique(elementId(n.id(), s, k)), op);
        e.setLabel(elementLabel(n, s, k));
        e.setTrainable(n.trainable());
        out.add(e);
        return e;
    }

    private Node helper(String id, Op op) {
        Node e = new Node(unique(id), op);
        out.add(e);
        return e;
    }

    private String unique(String id) {
        String u = id;
        for (int k = 2; out.node(u) != null || in.node(u) != null && !u.equals(id); k++) u = id + "_" + k;
        return u;
    }

    private Node source(Node n, int[] s, int k) {
        Node e = node(n, s, k, n.op());
        if (!n.isTensorSource()) {
            if (n.valueIsList()) e.setValues(n.values());
            else e.setValue(n.valueAt(1));
            return e;
        }
        if (n.valueIsList()) {
            List<Double> vs = new ArrayList<>();
            for (Tensor t : n.tensors()) vs.add(t.at(k));
            e.setValues(vs);
        } else {
            e.setValue(n.tensorAt(1).at(k));
        }
        return e;
    }

    private void initAll(Node n, Node[] el) {
        Tensor init = n.tensorInit();
        for (int k = 0; k < el.length; k++) if (el[k] != null) el[k].setInit(init != null ? init.at(k) : n.init());
    }

    private Edge edge(Node from, Node to, int delay, Integer arg) {
        Edge e = new Edge();
        if (delay > 0) e.setDelay(delay);
        if (arg != null) e.setArg(arg);
        out.connect(from, to, e);
        return e;
    }

    /**
     * Runs {@code then} once the elements of the edge's source are known: now for a delay-0 edge (its
     * source is earlier in the order), after every node exists for a delayed one.
     */
    private void pending(Node n, Edge e, Node[] into, Runnable then) {
        Node src = in.source(e);
        Runnable r = () -> {
            Node[] s = elems.get(src);
            System.arraycopy(s, 0, into, 0, s.length);
            then.run();
        };
        if (in.delay(e) > 0) throw new IllegalArgumentException("node '" + n.id() + "': a delayed edge into " + n.op().id() + " has no scalar drawing");
        r.run();
    }

    /** The elements of a node pass through unchanged (transpose of a vector). */
    private void link(Node n, Edge e, Node[] el) {
        pending(n, e, el, () -> { });
    }

    /** Connects element {@code k} of the edge's source to {@code to} (now, or once all nodes exist). */
    private void connect(Edge e, int k, Node to, Integer arg, Double weight) {
        connect(e, k, to, arg, weight, null);
    }

    /** The same, the edge marked {@code "weightOf": tag} (kept in the file) when it carries a weight matrix's element. */
    private void connect(Edge e, int k, Node to, Integer arg, Double weight, String tag) {
        Node src = in.source(e);
        int d = in.delay(e);
        Runnable r = () -> {
            Edge made = edge(elems.get(src)[k], to, d, arg);
            if (weight != null) made.setWeight(weight);
            if (tag != null) made.extras().put("weightOf", tag);
        };
        if (d > 0) delayed.add(r);
        else r.run();
    }

    /** Which element of which weight matrix an edge carries: {@code #W#k}. */
    private static String tag(Node w, int k) { return "#" + w.id() + "#" + k; }

    // ---- ops ----

    private void elementwise(Node n, List<Edge> args, Node[] el) {
        int[] s = shape(n);
        for (int k = 0; k < el.length; k++) {
            Node e = node(n, s, k, n.op());
            e.setAlpha(n.alphaOrNull());
            e.setP(n.pOrNull());
            e.setActivation(n.activation());
            e.setBias(n.bias());
            el[k] = e;
        }
        for (int j = 0; j < args.size(); j++) {
            Edge a = args.get(j);
            int[] map = Shapes.broadcastIndex(shape(in.source(a)), s);
            Integer arg = n.op().isOrdered() ? j : null;
            for (int k = 0; k < el.length; k++) connect(a, map[k], el[k], arg, n.op() == Op.NEURON ? a.weight() : null);
        }
    }

    private void matmul(Node n, List<Edge> args, Node[] el) {
        Edge ea = args.get(0), eb = args.get(1);
        Node a = in.source(ea), b = in.source(eb);
        int[] sa = shape(a), sb = shape(b);
        int m = sa.length == 1 ? 1 : sa[0], inner = sa[sa.length - 1], cols = sb.length == 1 ? 1 : sb[1];
        int[] s = shape(n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                if (isWeight(b)) {
                    el[k] = neuron(n, s, k);
                    for (int p = 0; p < inner; p++) connect(ea, i * inner + p, el[k], null, b.tensorAt(1).at(p * cols + j), tag(b, p * cols + j));
                } else if (isWeight(a)) {
                    el[k] = neuron(n, s, k);
                    for (int p = 0; p < inner; p++) connect(eb, p * cols + j, el[k], null, a.tensorAt(1).at(i * inner + p), tag(a, i * inner + p));
                } else {
                    el[k] = node(n, s, k, Op.ADD);
                    for (int p = 0; p < inner; p++) {
                        Node prod = helper(el[k].id() + "_p" + (p + 1), Op.MUL);
                        connect(ea, i * inner + p, prod, null, null);
                        connect(eb, p * cols + j, prod, null, null);
                        edge(prod, el[k], 0, null);
                    }
                }
            }
        }
    }

    /** Each argument's elements in their place along the result's last axis, row by row. */
    private void concat(Node n, List<Edge> args, Node[] el) {
        int[] s = shape(n);
        int width = s[s.length - 1], rows = el.length / width, from = 0;
        for (Edge e : args) {
            int w = Tensor.size(shape(in.source(e))) / rows, at = from;
            Node[] src = new Node[w * rows];
            pending(n, e, src, () -> {
                for (int r = 0; r < rows; r++) System.arraycopy(src, r * w, el, r * width + at, w);
            });
            from += w;
        }
    }

    private Node neuron(Node n, int[] s, int k) {
        Node h = node(n, s, k, Op.NEURON);
        h.setActivation(Activation.IDENTITY);
        return h;
    }

    /** sum: an add over the elements; mean: a neuron with weights 1/count. Per output element with an axis. */
    private void reduce(Node n, Edge e, Node[] el) {
        int[] a = shape(in.source(e));
        int[] s = shape(n);
        Integer axis = n.axis();
        int ax = axis == null ? -1 : axis < 0 ? axis + a.length : axis;
        int count = axis == null ? Tensor.size(a) : a[ax];
        boolean mean = n.op() == Op.MEAN;
        for (int k = 0; k < el.length; k++) el[k] = mean ? neuron(n, s, k) : node(n, s, k, Op.ADD);
        int inner = 1;
        for (int q = ax + 1; ax >= 0 && q < a.length; q++) inner *= a[q];
        for (int k = 0; k < Tensor.size(a); k++) {
            int target = axis == null ? 0 : (k / (inner * a[ax])) * inner + k % inner;
            connect(e, k, el[target], null, mean ? 1.0 / count : null);
        }
    }

    private void softmax(Node n, Edge e, Node[] el) {
        int[] s = shape(n);
        int w = s.length == 0 ? 1 : s[s.length - 1];
        Node[] ex = new Node[el.length];
        for (int k = 0; k < el.length; k++) {
            ex[k] = helper(elementId(n.id() + "_exp", s, k), Op.EXP);
            connect(e, k, ex[k], null, null);
        }
        for (int r = 0; r < el.length; r += w) {
            Node sum = helper(n.id() + "_sum" + (r / w + 1), Op.ADD);
            for (int q = 0; q < w; q++) edge(ex[r + q], sum, 0, null);
            for (int q = 0; q < w; q++) {
                el[r + q] = node(n, s, r + q, Op.DIV);
                edge(ex[r + q], el[r + q], 0, 0);
                edge(sum, el[r + q], 0, 1);
            }
        }
    }

    private void crossEntropy(Node n, List<Edge> args, Node[] el) {
        int[] s = shape(in.source(args.get(0)));
        int rows = s.length == 2 ? s[0] : 1;
        Node total = node(n, Shapes.SCALAR, 0, Op.NEURON);
        for (int k = 0; k < Tensor.size(s); k++) {
            Node log = helper(elementId(n.id() + "_log", s, k), Op.LOG);
            connect(args.get(0), k, log, null, null);
            Node term = helper(elementId(n.id() + "_term", s, k), Op.MUL);
            connect(args.get(1), k, term, null, null);
            edge(log, term, 0, null);
            edge(term, total, 0, null).setWeight(-1.0 / rows);
        }
        el[0] = total;
    }

    private void batchnorm(Node n, List<Edge> args, Node[] el) {
        int[] s = shape(n);
        int b = s[0], cols = s[1];
        double eps = TensorShapes.eps(n);
        for (int j = 0; j < cols; j++) {
            Node mu = helper(n.id() + "_mu_" + (j + 1), Op.NEURON);
            for (int i = 0; i < b; i++) connect(args.get(0), i * cols + j, mu, null, 1.0 / b);
            Node var = helper(n.id() + "_var_" + (j + 1), Op.NEURON);
            var.setBias(eps);
            Node sd = helper(n.id() + "_sd_" + (j + 1), Op.SQRT);
            edge(var, sd, 0, null);
            for (int i = 0; i < b; i++) {
                int k = i * cols + j;
                Node d = helper(elementId(n.id() + "_d", s, k), Op.SUB);
                connect(args.get(0), k, d, 0, null);
                edge(mu, d, 0, 1);
                Node sq = helper(elementId(n.id() + "_sq", s, k), Op.SQUARE);
                edge(d, sq, 0, null);
                edge(sq, var, 0, null).setWeight(1.0 / b);
                Node xh = helper(elementId(n.id() + "_xhat", s, k), Op.DIV);
                edge(d, xh, 0, 0);
                edge(sd, xh, 0, 1);
                Node scaled = helper(elementId(n.id() + "_scaled", s, k), Op.MUL);
                edge(xh, scaled, 0, null);
                connect(args.get(1), j, scaled, null, null);
                el[k] = node(n, s, k, Op.ADD);
                edge(scaled, el[k], 0, null);
                connect(args.get(2), j, el[k], null, null);
            }
        }
    }
}
