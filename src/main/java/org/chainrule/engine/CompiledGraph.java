package org.chainrule.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/**
 * A graph compiled to flat arrays for the passes: per node its op and numbers, its arguments in
 * argument order (compressed rows: {@code argStart[i] .. argStart[i+1]}), and one evaluation order.
 * Big files can be compiled straight into this form without building a {@link Graph}; then
 * {@link #nodes} and {@link #argEdges} are null.
 */
public final class CompiledGraph {
    /** Number of nodes and of time steps. */
    public final int n;
    public final int timesteps;
    /** Index of the output node. */
    public final int output;
    /** The ids: one String per node (graphs read the ordinary way), or the bytes of a streamed file. */
    private final String[] ids;
    private final IdStore idStore;
    public final Op[] op;
    /** For neurons: the activation; else null. */
    public final Activation[] activation;
    /** The op's extra number (pow p, leaky_relu alpha). */
    public final double[] param;
    public final double[] bias;
    public final double[] init;
    /** Source values: {@code value[i]}, or per step {@code series[i][t-1]} when {@code series[i] != null}. */
    public final double[] value;
    public final double[][] series;
    public final int[] argStart;
    public final int[] argSource;
    public final int[] argDelay;
    public final double[] argWeight;
    /** Node indices in evaluation order. */
    public final int[] order;
    /** The model objects behind the indices, when compiled from a {@link Graph}. */
    public final Node[] nodes;
    public final Edge[] argEdges;
    private final Map<Node, Integer> index;
    private final Map<Edge, Integer> edgeIndex;
    /** Where the nodes' elements live when the graph has tensors; null for a scalar graph (node i at i). */
    public final TensorLayout tensors;
    /** Numbers per time step in the value arrays: n for a scalar graph, the sum of the sizes otherwise. */
    public final int width;
    /** For each {@link Op#FUNCTION} node, its compiled body; null when the graph calls no function. */
    CompiledFunction[] functions;
    /** The largest argument count (at least 1), counted once: the passes ask for it per node and step. */
    private final int maxArgs;

    /** Builds from arrays (all are kept, not copied), node i's id being {@code ids.id(i)}. */
    public CompiledGraph(int timesteps, int output, IdStore ids, Op[] op, Activation[] activation, double[] param,
                         double[] bias, double[] init, double[] value, double[][] series, int[] argStart,
                         int[] argSource, int[] argDelay, double[] argWeight, int[] order) {
        this(timesteps, output, null, ids, op, activation, param, bias, init, value, series, argStart, argSource,
                argDelay, argWeight, order, null, null, null);
    }

    private CompiledGraph(int timesteps, int output, String[] ids, IdStore idStore, Op[] op, Activation[] activation,
                          double[] param, double[] bias, double[] init, double[] value, double[][] series, int[] argStart,
                          int[] argSource, int[] argDelay, double[] argWeight, int[] order, Node[] nodes, Edge[] argEdges,
                          TensorLayout tensors) {
        this.n = op.length;
        if ((ids != null ? ids.length : idStore.size()) != n) throw new IllegalArgumentException("ids for " + n + " nodes expected");
        this.tensors = tensors;
        this.width = tensors == null ? n : tensors.width;
        this.timesteps = timesteps;
        this.output = output;
        this.ids = ids;
        this.idStore = idStore;
        this.op = op;
        this.activation = activation;
        this.param = param;
        this.bias = bias;
        this.init = init;
        this.value = value;
        this.series = series;
        this.argStart = argStart;
        this.argSource = argSource;
        this.argDelay = argDelay;
        this.argWeight = argWeight;
        this.order = order;
        this.nodes = nodes;
        this.argEdges = argEdges;
        int k = 1;
        for (int i = 0; i < n; i++) k = Math.max(k, argStart[i + 1] - argStart[i]);
        this.maxArgs = k;
        if (nodes != null) {
            index = new IdentityHashMap<>(n * 2);
            for (int i = 0; i < n; i++) index.put(nodes[i], i);
            edgeIndex = new IdentityHashMap<>(argEdges.length * 2);
            for (int j = 0; j < argEdges.length; j++) edgeIndex.put(argEdges[j], j);
        } else {
            index = null;
            edgeIndex = null;
        }
    }

    /** Compiles a valid graph; throws {@link GraphException} with every problem otherwise. */
    public static CompiledGraph compile(Graph g) {
        return compile(g, new java.util.ArrayDeque<>());
    }

    /** {@link #compile(Graph)} inside the bodies of the functions named in {@code calling} (to refuse recursion). */
    static CompiledGraph compile(Graph g, java.util.Deque<String> calling) {
        List<Node> orderList = EvaluationOrder.of(g);
        List<Diagnostic> problems = Validator.validate(g, orderList);
        if (!problems.isEmpty()) throw new GraphException(problems);
        int n = g.nodeCount();
        int T = g.timesteps();
        Node[] nodes = g.nodes().toArray(new Node[0]);
        Map<Node, Integer> idx = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) idx.put(nodes[i], i);
        String[] ids = new String[n];
        Op[] op = new Op[n];
        Activation[] act = new Activation[n];
        double[] param = new double[n], bias = new double[n], init = new double[n], value = new double[n];
        double[][] series = new double[n][];
        int[] argStart = new int[n + 1];
        int m = g.edgeCount();
        int[] argSource = new int[m], argDelay = new int[m];
        double[] argWeight = new double[m];
        Edge[] argEdges = new Edge[m];
        int j = 0;
        for (int i = 0; i < n; i++) {
            Node nd = nodes[i];
            ids[i] = nd.id();
            op[i] = nd.op();
            act[i] = nd.op() == Op.NEURON ? nd.activation() : null;
            param[i] = nd.opParam();
            bias[i] = nd.bias();
            init[i] = nd.init();
            if (nd.op().isSource()) {
                if (nd.valueIsList() && nd.values() != null && nd.values().size() > 1) {
                    double[] s = new double[T];
                    for (int t = 1; t <= T; t++) s[t - 1] = nd.valueAt(t);
                    series[i] = s;
                }
                value[i] = nd.valueAt(1);
            }
            argStart[i] = j;
            for (Edge e : g.arguments(nd)) {
                argSource[j] = idx.get(g.source(e));
                argDelay[j] = g.delay(e);
                argWeight[j] = e.weight();
                argEdges[j] = e;
                j++;
            }
        }
        argStart[n] = j;
        int[] order = new int[n];
        for (int k = 0; k < n; k++) order[k] = idx.get(orderList.get(k));
        TensorLayout tensors = g.hasTensors() ? TensorLayout.of(g, nodes, orderList, bias, argWeight, argStart) : null;
        CompiledGraph c = new CompiledGraph(T, idx.get(g.output()), ids, null, op, act, param, bias, init, value, series,
                argStart, argSource, argDelay, argWeight, order, nodes, argEdges, tensors);
        c.functions = CompiledFunction.of(g, nodes, calling);
        return c;
    }

    /** The index of a node of the compiled graph. */
    public int indexOf(Node node) {
        int i = indexOrNone(node);
        if (i < 0) throw new IllegalArgumentException("node '" + node + "' is not in the evaluated graph");
        return i;
    }

    /** The index of a node, or −1 when it was not compiled. */
    public int indexOrNone(Node node) {
        Integer i = index == null ? null : index.get(node);
        return i == null ? -1 : i;
    }

    /** The argument slot of an edge (its index in the argument arrays). */
    public int slotOf(Edge e) {
        int j = slotOrNone(e);
        if (j < 0) throw new IllegalArgumentException("edge is not in the evaluated graph");
        return j;
    }

    /** The argument slot of an edge, or −1 when it was not compiled. */
    public int slotOrNone(Edge e) {
        Integer j = edgeIndex == null ? null : edgeIndex.get(e);
        return j == null ? -1 : j;
    }

    /** The index of the node with this id, or -1. */
    public int indexOf(String id) {
        if (idStore != null) return idStore.indexOf(id);
        for (int i = 0; i < n; i++) if (ids[i].equals(id)) return i;
        return -1;
    }

    /** The id of node i (for a streamed file, made from its bytes at each call). */
    public String id(int i) {
        return ids != null ? ids[i] : idStore.id(i);
    }

    /** The given value of source node i at step t (1-based). */
    public double sourceValue(int i, int t) {
        double[] s = series[i];
        return s == null ? value[i] : s[t - 1];
    }

    /** Where node i's first element is at step t in the per-step value and gradient arrays. */
    public int at(int i, int t) {
        return (t - 1) * width + (tensors == null ? i : tensors.offset[i]);
    }

    /** Whether the graph has tensors (evaluated by the tensor passes). */
    public boolean hasTensors() { return tensors != null; }

    public int argCount(int i) { return argStart[i + 1] - argStart[i]; }

    /** Node i's op applied to formatted arguments ({@link Op#format}; a function node by its function's name). */
    String format(int i, String[] args) {
        return op[i] == Op.FUNCTION ? functions[i].name() + "(" + String.join(", ", args) + ")" : op[i].format(args, param[i]);
    }

    /** The largest number of arguments of any node (the size of scratch buffers). */
    public int maxArgs() { return maxArgs; }
}
