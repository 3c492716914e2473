package org.chainrule.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Key;
import org.chainrule.model.Node;
import org.chainrule.model.Quantity;
import org.chainrule.ops.Op;
import org.chainrule.ops.tensor.Tensor;

/**
 * The result of one forward and one reverse-mode pass: every node's value and gradient at every time
 * step, and the gradient of the output with respect to every trainable key. Immutable; the graph it
 * was computed from may change afterwards without affecting it.
 */
public final class Evaluation {
    private final Graph graph;
    private final CompiledGraph c;
    private final double[] val;
    private final Passes.Grads grads;
    /** The node the reverse pass was seeded at: the output, or the node asked for ({@link Engine#evaluate(Graph, String)}). */
    private final int target;
    /**
     * ∂out/∂θ of every key but the nodes', in key order: taken from the graph when this is made (the graph
     * may change later); from the compiled arrays, which never change, on first use.
     */
    private Map<String, Double> keyed;
    private Trace trace;

    Evaluation(Graph graph, CompiledGraph c, double[] val, Passes.Grads grads) {
        this(graph, c, val, grads, c.output);
    }

    Evaluation(Graph graph, CompiledGraph c, double[] val, Passes.Grads grads, int target) {
        this.target = target;
        this.graph = graph;
        this.c = c;
        this.val = val;
        this.grads = grads;
        if (graph != null) keyed = Collections.unmodifiableMap(keyedGrads());
    }

    /** Runs both passes over a compiled graph (for graphs compiled without a model). */
    public static Evaluation of(CompiledGraph c) {
        double[] val = Passes.forward(c);
        return new Evaluation(null, c, val, Passes.backward(c, val));
    }

    /** The compiled form that was evaluated. */
    public CompiledGraph compiled() { return c; }

    /** The graph this was computed from, or null when evaluated from a compiled form alone. */
    public Graph graph() { return graph; }

    /** The node differentiated: the graph's output, or the node the reverse pass was seeded at. */
    public Node output() { return c.nodes == null ? null : c.nodes[target]; }

    public String outputId() { return c.id(target); }

    /** The index of the node differentiated ({@link #output()}). */
    int target() { return target; }

    public int timesteps() { return c.timesteps; }

    /** The value at t = T of the node differentiated (the output). */
    public double value() { return val[c.at(target, c.timesteps)]; }

    /** A node's value at t = T. */
    public double value(Node n) { return value(n, c.timesteps); }

    public double value(Node n, int t) { return val[c.at(c.indexOf(n), checkT(t))]; }

    /** The values of every node at every step, index (t − 1)·n + i (not copied: do not change). */
    double[] rawValues() { return val; }

    /** Value of node index i at step t. */
    public double valueAt(int i, int t) { return val[c.at(i, t)]; }

    /** ∂out/∂(node output), summed over time steps. */
    public double grad(Node n) { return gradSum(c.indexOf(n)); }

    /** ∂out/∂(node output at step t). */
    public double grad(Node n, int t) { return grads.node[c.at(c.indexOf(n), checkT(t))]; }

    /** ∂out/∂(node index i at step t). */
    public double gradAt(int i, int t) { return grads.node[c.at(i, t)]; }

    /**
     * ∂out/∂θ for a key ({@code ID}, {@code ID.bias}, {@code ID.init}, {@code FROM->TO#k}; docs/file-format.md),
     * or ∂out/∂node for the id of a computed node.
     *
     * @throws IllegalArgumentException for a key the graph does not have
     */
    public double grad(String key) {
        Double g = gradOrNull(key);
        if (g == null) throw new IllegalArgumentException("no key '" + key + "' in the graph");
        return g;
    }

    private Double gradOrNull(String key) {
        Key k = Key.parse(key);
        int i = k == null ? c.indexOf(key) : k.isWeight() ? -1 : c.indexOf(k.id());
        if (k == null || k.kind() == Key.Kind.NODE) return i < 0 ? null : gradSum(i);
        if (k.isWeight()) return keyed().get(k.toString());
        if (i < 0) return null;
        if (k.kind() == Key.Kind.BIAS) return c.op[i] == Op.NEURON ? grads.bias[i] : null;
        return initGrad(i);
    }

    /** What the edge carries into its target at step t: its source at t − delay, or the source's init. */
    public double edgeValue(Edge e, int t) {
        return Passes.argValue(c, val, c.slotOf(e), checkT(t));
    }

    /**
     * The gradient the edge carries back to its source from step t of its target:
     * ∂out/∂target(t) · ∂target/∂(this argument).
     */
    public double edgeGrad(Edge e, int t) {
        int j = c.slotOf(e);
        return slotGrad(targetOfSlot(j), j, checkT(t));
    }

    /** ∂out/∂(target at t) · ∂target/∂(argument slot j). */
    double slotGrad(int target, int j, int t) {
        double gt = grads.node[c.at(target, t)];
        if (gt == 0) return 0;
        double[] buf = new double[c.maxArgs()];
        double[] d = new double[buf.length];
        Passes.partials(c, val, target, t, buf, d);
        return gt * d[j - c.argStart[target]];
    }

    /** {@link #slotGrad} with the local derivatives of step t given ({@link #slotPartials}). */
    double slotGrad(int target, int j, int t, double[] partialsAtT) {
        double gt = grads.node[c.at(target, t)];
        return gt == 0 ? 0 : gt * partialsAtT[j];
    }

    /**
     * ∂target/∂(argument slot j) at step t for every slot j at once, each node's partials computed once
     * (asking {@link #localDerivative} slot by slot computes a node's partials once per argument).
     */
    double[] slotPartials(int t) {
        double[] all = new double[c.argSource.length];
        double[] buf = new double[c.maxArgs()];
        double[] d = new double[buf.length];
        for (int i = 0; i < c.n; i++) {
            int k = c.argCount(i);
            if (k == 0) continue;
            Passes.partials(c, val, i, t, buf, d);
            System.arraycopy(d, 0, all, c.argStart[i], k);
        }
        return all;
    }

    /**
     * ∂target/∂(the argument the edge gives) at step t: the local derivative along the edge, as the
     * reverse pass uses it (for a neuron: activation′(z)·weight).
     */
    public double localPartial(Edge e, int t) {
        int j = c.slotOf(e);
        return localDerivative(targetOfSlot(j), j, checkT(t));
    }

    /**
     * A neuron's act′(z) at step t, z = bias + Σ weight·input: ∂neuron/∂bias, and the factor its partials
     * with respect to inputs and weights share ({@link org.chainrule.ops.Neuron}); 0 for any other node.
     */
    public double activationSlope(Node n, int t) {
        int i = c.indexOf(n);
        return c.op[i] == Op.NEURON ? Passes.activationSlope(c, val, i, checkT(t)) : 0;
    }

    /** ∂target/∂(argument slot j) at step t, the local derivative along the edge. */
    double localDerivative(int target, int j, int t) {
        double[] buf = new double[c.maxArgs()];
        double[] d = new double[buf.length];
        Passes.partials(c, val, target, t, buf, d);
        return d[j - c.argStart[target]];
    }

    int targetOfSlot(int j) {
        // argStart is sorted: binary search for the row holding slot j
        int lo = 0, hi = c.n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (c.argStart[mid] <= j) lo = mid;
            else hi = mid - 1;
        }
        while (lo < c.n - 1 && c.argStart[lo + 1] <= j) lo++;
        return lo;
    }

    /** Every node's value at t = T, by id, in node order. */
    public Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>(c.n * 2);
        for (int i = 0; i < c.n; i++) m.put(c.id(i), val[c.at(i, c.timesteps)]);
        return m;
    }

    /**
     * ∂out/∂(node output) summed over time for every node, then ∂out/∂θ for every other key of
     * docs/file-format.md (biases, inits read through delayed edges, edge weights into neurons).
     */
    public Map<String, Double> grads() {
        Map<String, Double> m = new LinkedHashMap<>(c.n * 2);
        for (int i = 0; i < c.n; i++) m.put(c.id(i), gradSum(i));
        m.putAll(keyed());
        return m;
    }

    private synchronized Map<String, Double> keyed() {
        if (keyed == null) keyed = Collections.unmodifiableMap(keyedGrads());
        return keyed;
    }

    private Map<String, Double> keyedGrads() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (graph != null) {
            for (Quantity q : Quantity.all(graph)) {
                int i = c.indexOrNone(q.node());
                if (q.kind() == Quantity.Kind.VALUE || i < 0) continue;
                switch (q.kind()) {
                    case BIAS: m.put(q.key(), grads.bias[i]); break;
                    case INIT: m.put(q.key(), initGrad(i)); break;
                    default:
                        int j = c.slotOrNone(q.edge());
                        if (j >= 0) m.put(q.key(), grads.weight[j]);
                        break;
                }
            }
            return m;
        }
        boolean[] delayedRead = new boolean[c.n];
        for (int j = 0; j < c.argSource.length; j++) if (c.argDelay[j] > 0) delayedRead[c.argSource[j]] = true;
        for (int i = 0; i < c.n; i++) {
            if (c.op[i] == Op.NEURON) m.put(Key.bias(c.id(i)).toString(), grads.bias[i]);
            if (delayedRead[i]) m.put(Key.init(c.id(i)).toString(), initGrad(i));
        }
        for (int i = 0; i < c.n; i++) {
            if (c.op[i] != Op.NEURON) continue;
            Map<Integer, Integer> seen = new HashMap<>();
            for (int j = c.argStart[i]; j < c.argStart[i + 1]; j++) {
                int k = seen.merge(c.argSource[j], 1, Integer::sum);
                m.put(Key.weight(c.id(c.argSource[j]), c.id(i), k).toString(), grads.weight[j]);
            }
        }
        return m;
    }

    /** Per node, its values at t = 1..T. */
    public Map<String, List<Double>> valueSeries() { return series(val); }

    /** Per node, its gradients at t = 1..T. */
    public Map<String, List<Double>> gradSeries() { return series(grads.node); }

    private Map<String, List<Double>> series(double[] a) {
        Map<String, List<Double>> m = new LinkedHashMap<>(c.n * 2);
        for (int i = 0; i < c.n; i++) {
            List<Double> s = new ArrayList<>(c.timesteps);
            for (int t = 1; t <= c.timesteps; t++) s.add(a[c.at(i, t)]);
            m.put(c.id(i), s);
        }
        return m;
    }

    // ---- tensors ----

    /** Whether the graph has tensors: then {@link #tensor} and {@link #gradTensor} give whole nodes. */
    public boolean hasTensors() { return c.hasTensors(); }

    /** The shape of node i ({@code []} for a scalar). */
    public int[] shapeAt(int i) { return c.hasTensors() ? c.tensors.shape(i) : org.chainrule.ops.tensor.Shapes.SCALAR; }

    /** Node i's value at step t as a tensor (a scalar graph's nodes are scalars). */
    public Tensor tensor(int i, int t) {
        return c.hasTensors() ? c.tensors.read(val, i, t) : Tensor.scalar(valueAt(i, t));
    }

    /** ∂out/∂(node i at step t) as a tensor of the node's shape. */
    public Tensor gradTensor(int i, int t) {
        return c.hasTensors() ? c.tensors.read(grads.node, i, t) : Tensor.scalar(gradAt(i, t));
    }

    /** ∂out/∂(node i), summed over the time steps, as a tensor of the node's shape. */
    public Tensor gradTensorSum(int i) {
        if (!c.hasTensors()) return Tensor.scalar(gradSum(i));
        double[] s = new double[c.tensors.size(i)];
        for (int t = 1; t <= c.timesteps; t++) {
            int from = c.at(i, t);
            for (int k = 0; k < s.length; k++) s[k] += grads.node[from + k];
        }
        return Tensor.of(c.tensors.shape(i), s);
    }

    /** ∂out/∂init of node i, of its init's shape. */
    public Tensor initGradTensor(int i) {
        if (!c.hasTensors()) return Tensor.scalar(grads.init[i]);
        int from = c.tensors.offset[i];
        return Tensor.of(c.tensors.init[i].shape(), java.util.Arrays.copyOfRange(grads.init, from, from + c.tensors.init[i].size()));
    }

    /** Every node's value at t = T as a tensor, by id, in node order. */
    public Map<String, Tensor> tensorValues() {
        Map<String, Tensor> m = new LinkedHashMap<>(c.n * 2);
        for (int i = 0; i < c.n; i++) m.put(c.id(i), tensor(i, c.timesteps));
        return m;
    }

    /**
     * ∂out/∂(node) summed over time for every node as a tensor, then every other key (biases, weights:
     * scalars; inits: of their node's shape).
     */
    public Map<String, Tensor> tensorGrads() {
        Map<String, Tensor> m = new LinkedHashMap<>(c.n * 2);
        for (int i = 0; i < c.n; i++) m.put(c.id(i), gradTensorSum(i));
        for (Map.Entry<String, Double> e : keyed().entrySet()) {
            Key k = Key.parse(e.getKey());
            int i = k != null && k.kind() == Key.Kind.INIT ? c.indexOf(k.id()) : -1;
            m.put(e.getKey(), i >= 0 ? initGradTensor(i) : Tensor.scalar(e.getValue()));
        }
        return m;
    }

    /** ∂out/∂θ for a key as a tensor: a whole tensor for a tensor node or init. */
    public Tensor gradTensor(String key) {
        Key k = Key.parse(key);
        int i = k == null ? c.indexOf(key) : k.isWeight() ? -1 : c.indexOf(k.id());
        if (i >= 0 && (k == null || k.kind() == Key.Kind.NODE)) return gradTensorSum(i);
        if (i >= 0 && k.kind() == Key.Kind.INIT) return initGradTensor(i);
        return Tensor.scalar(grad(key));
    }

    /** The recorded steps of both passes, with their explanations (built once, on first use). */
    public synchronized Trace trace() {
        if (trace == null) trace = c.hasTensors() ? new TensorExplainer(this).trace() : new Explainer(this).trace();
        return trace;
    }

    /**
     * The same steps with plain explanations, no quantity in them for a quiz to hide (for printing, as
     * {@code steps} does; cheaper than {@link #trace()} and not kept).
     */
    public Trace plainTrace() {
        synchronized (this) {
            if (trace != null) return trace;
        }
        return TaggedText.untagged(() -> c.hasTensors() ? new TensorExplainer(this).trace() : new Explainer(this).trace());
    }

    double gradSum(int i) {
        double s = 0;
        for (int t = 1; t <= c.timesteps; t++) s += grads.node[c.at(i, t)];
        return s;
    }

    /** ∂out/∂init of node i (its first element for a tensor init). */
    double initGrad(int i) { return grads.init[c.hasTensors() ? c.tensors.offset[i] : i]; }

    double biasGrad(int i) { return grads.bias[i]; }

    double weightGrad(int j) { return grads.weight[j]; }

    private int checkT(int t) {
        if (t < 1 || t > c.timesteps) throw new IllegalArgumentException("time step " + t + " is outside 1.." + c.timesteps);
        return t;
    }
}
