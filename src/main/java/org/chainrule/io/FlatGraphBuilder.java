package org.chainrule.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.chainrule.engine.CompiledGraph;
import org.chainrule.engine.Diagnostic;
import org.chainrule.engine.GraphException;
import org.chainrule.engine.IdStore;
import org.chainrule.engine.Rules;
import org.chainrule.model.Edge;
import org.chainrule.model.Node;
import org.chainrule.ops.Activation;
import org.chainrule.ops.Op;

/**
 * Collects nodes and edges of a big graph file into growing primitive arrays and compiles them straight
 * into a {@link CompiledGraph}, checking the engine's {@link Rules} (arity, args, values, output, cycles
 * without a delay) over the arrays, without ever building model objects.
 */
final class FlatGraphBuilder {
    private final String source;
    private int n;
    private final IdStore ids = new IdStore();
    private Op[] op = new Op[1024];
    private double[] value = new double[1024];
    private boolean[] hasValue = new boolean[1024];
    // allocated at the first node that gives something other than the default (a big file of add, mul
    // and relu gives none): 32 bytes a node less to grow and to copy while the file is read
    private Activation[] activation;
    private final Column param = new Column(Activation.DEFAULT_ALPHA), bias = new Column(0), init = new Column(0);
    private double[][] series;

    /** A number per node, the default for all of them until a node gives another: no array until then. */
    private static final class Column {
        private final double fill;
        private double[] values;

        Column(double fill) { this.fill = fill; }

        /** Node i's number; {@code capacity}: the node arrays' length, to grow to. */
        void set(int i, double v, int capacity) {
            if (values == null) {
                if (same(v, fill)) return;
                values = filled(capacity, fill);
            } else if (i >= values.length) {
                int old = values.length;
                values = Arrays.copyOf(values, capacity);
                Arrays.fill(values, old, capacity, fill);
            }
            values[i] = v;
        }

        /** The first n numbers. */
        double[] toArray(int n) { return values == null ? filled(n, fill) : Arrays.copyOf(values, n); }
    }

    private int m;
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    // allocated at the first edge that gives the field (most big files give none): about 35 MB less
    private int[] arg;          // −1: no explicit arg
    private int[] delay;        // −1: default (1 on a self-loop, else 0)
    private double[] weight;

    FlatGraphBuilder(String source) {
        this.source = source;
    }

    int nodeCount() { return n; }

    /** The index of a node id, or −1. */
    int indexOf(String id) { return ids.indexOf(id); }

    /** Adds a node; returns false when the id is taken. {@code values} null: none given. */
    boolean addNode(String id, Op o, double[] values, boolean list, double b, Activation act, Double alpha,
                    Double p, double in) {
        if (ids.add(id) < 0) return false;
        if (n == op.length) growNodes();
        op[n] = o;
        Activation a = o == Op.NEURON ? (act == null ? Activation.IDENTITY : act) : null;
        if (a != null || activation != null) {
            if (activation == null) activation = new Activation[op.length];
            activation[n] = a;
        }
        param.set(n, o == Op.POW ? (p == null ? Node.DEFAULT_P : p) : (alpha == null ? Activation.DEFAULT_ALPHA : alpha), op.length);
        bias.set(n, b, op.length);
        init.set(n, in, op.length);
        if (values != null && values.length > 0) {
            hasValue[n] = true;
            value[n] = values[0];
            if (list) { // length checked against T in compile()
                if (series == null) series = new double[op.length][];
                series[n] = values;
            }
        }
        n++;
        return true;
    }

    void addEdge(int f, int t, int a, int d, double w) {
        if (m == from.length) growEdges();
        from[m] = f;
        to[m] = t;
        if (a >= 0 || arg != null) {
            if (arg == null) arg = filled(-1);
            arg[m] = a;
        }
        if (d >= 0 || delay != null) {
            if (delay == null) delay = filled(-1);
            delay[m] = d;
        }
        if (w != Edge.DEFAULT_WEIGHT || weight != null) {
            if (weight == null) {
                weight = new double[from.length];
                Arrays.fill(weight, Edge.DEFAULT_WEIGHT);
            }
            weight[m] = w;
        }
        m++;
    }

    /** Equal to the bit (−0 is not 0: a file's −0 must come out as −0). */
    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    private static double[] filled(int length, double v) {
        double[] a = new double[length];
        if (!same(v, 0)) Arrays.fill(a, v);
        return a;
    }

    private int[] filled(int v) {
        int[] a = new int[from.length];
        Arrays.fill(a, v);
        return a;
    }

    /**
     * The compiled graph.
     *
     * @param outputId the file's {@code output}, or null for the only sink
     * @param timesteps the file's {@code timesteps}, or null
     * @throws GraphException naming the first problem (and how many more)
     */
    CompiledGraph compile(String outputId, Integer timesteps) {
        List<Diagnostic> problems = new ArrayList<>();
        if (n == 0) throw new GraphException(source + ": " + Rules.empty());
        int T = timesteps != null ? timesteps : 1;
        if (timesteps == null && series != null) {
            for (int i = 0; i < n; i++) {
                if (series[i] != null) {
                    T = series[i].length;
                    break;
                }
            }
        }
        // arguments grouped by target, file order within a node (a stable counting sort)
        int[] argStart = new int[n + 1];
        for (int j = 0; j < m; j++) argStart[to[j] + 1]++;
        for (int i = 0; i < n; i++) argStart[i + 1] += argStart[i];
        int[] slotEdge = new int[m];
        int[] fill = Arrays.copyOf(argStart, n);
        for (int j = 0; j < m; j++) slotEdge[fill[to[j]]++] = j;
        fill = null;
        placeExplicitArgs(argStart, slotEdge, problems);

        int[] argSource = new int[m], argDelay = new int[m];
        double[] argWeight = new double[m];
        for (int s = 0; s < m; s++) {
            int j = slotEdge[s];
            argSource[s] = from[j];
            int d = delay == null ? -1 : delay[j];
            argDelay[s] = d >= 0 ? d : (from[j] == to[j] ? 1 : 0);
            argWeight[s] = weight == null ? Edge.DEFAULT_WEIGHT : weight[j];
        }
        slotEdge = null;
        freeEdges();

        for (int i = 0; i < n; i++) {
            add(problems, i, Rules.arity(op[i], argStart[i + 1] - argStart[i]));
            double[] s = series == null ? null : series[i];
            add(problems, i, Rules.sourceValue(op[i], hasValue[i], s == null ? -1 : s.length, T));
            if (s != null && s.length <= 1) series[i] = null;
        }
        int output = output(outputId, argStart, argSource, problems);
        int[] order = new int[n];
        if (!ArrayOrder.fill(n, argStart, argSource, argDelay, order)) {
            List<String> cycle = ArrayOrder.cycle(n, argStart, argSource, argDelay, ids);
            problems.add(new Diagnostic(source + ": " + Rules.cycle(cycle), cycle));
        }
        if (!problems.isEmpty()) throw new GraphException(problems);
        return new CompiledGraph(T, output, ids, Arrays.copyOf(op, n),
                activation == null ? new Activation[n] : Arrays.copyOf(activation, n),
                param.toArray(n), bias.toArray(n), init.toArray(n),
                Arrays.copyOf(value, n), series == null ? new double[n][] : Arrays.copyOf(series, n),
                argStart, argSource, argDelay, argWeight, order);
    }

    /** Moves edges with an explicit {@code arg} into that slot, the others fill the free slots in file
     *  order (as {@code Graph.arguments}); clashing or out-of-range args are problems. */
    private void placeExplicitArgs(int[] argStart, int[] slotEdge, List<Diagnostic> problems) {
        if (arg == null) return;
        int[] tmp = new int[0];
        for (int i = 0; i < n; i++) {
            int s = argStart[i], k = argStart[i + 1] - s;
            boolean any = false;
            for (int q = s; q < s + k && !any; q++) any = arg[slotEdge[q]] >= 0;
            if (!any) continue;
            if (tmp.length < k) tmp = new int[k];
            Arrays.fill(tmp, 0, k, -1);
            List<Integer> rest = new ArrayList<>();
            for (int q = s; q < s + k; q++) {
                int j = slotEdge[q], a = arg[j];
                if (a >= 0) add(problems, i, Rules.arg(ids.id(from[j]), ids.id(i), a, k, a < k && tmp[a] >= 0));
                if (a >= 0 && a < k && tmp[a] < 0) tmp[a] = j;
                else rest.add(j);
            }
            int r = 0;
            for (int q = 0; q < k; q++) if (tmp[q] < 0) tmp[q] = rest.get(r++);
            System.arraycopy(tmp, 0, slotEdge, s, k);
        }
    }

    private int output(String outputId, int[] argStart, int[] argSource, List<Diagnostic> problems) {
        if (outputId != null) {
            int o = ids.indexOf(outputId);
            if (o < 0) problems.add(new Diagnostic(source + ": " + Rules.outputNotANode(outputId), List.of()));
            return o;
        }
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int s = argStart[i]; s < argStart[i + 1]; s++) if (argSource[s] != i) used[argSource[s]] = true;
        }
        List<String> sinks = new ArrayList<>();
        int sink = -1;
        for (int i = 0; i < n; i++) {
            if (!used[i]) {
                sink = i;
                if (sinks.size() < 5) sinks.add(ids.id(i));
                else if (sinks.size() == 5) sinks.add("…");
            }
        }
        long count = 0;
        for (boolean u : used) if (!u) count++;
        if (count == 1) return sink;
        problems.add(new Diagnostic(source + ": " + Rules.sinks(count, sinks), count == 0 ? Collections.emptyList() : sinks));
        return -1;
    }

    private void add(List<Diagnostic> problems, int i, String problem) {
        if (problem == null) return;
        String id = ids.id(i);
        problems.add(new Diagnostic(source + ": " + Rules.atNode(id, problem), List.of(id)));
    }

    private void growNodes() {
        int c = op.length * 2;
        op = Arrays.copyOf(op, c);
        value = Arrays.copyOf(value, c);
        hasValue = Arrays.copyOf(hasValue, c);
        if (activation != null) activation = Arrays.copyOf(activation, c);
        if (series != null) series = Arrays.copyOf(series, c);
    }

    private void growEdges() {
        int c = from.length * 2;
        from = Arrays.copyOf(from, c);
        to = Arrays.copyOf(to, c);
        if (arg != null) {
            arg = Arrays.copyOf(arg, c);
            Arrays.fill(arg, m, c, -1);
        }
        if (delay != null) {
            delay = Arrays.copyOf(delay, c);
            Arrays.fill(delay, m, c, -1);
        }
        if (weight != null) {
            weight = Arrays.copyOf(weight, c);
            Arrays.fill(weight, m, c, Edge.DEFAULT_WEIGHT);
        }
    }

    /** The per-edge arrays are not needed once the argument arrays exist; let them go before the passes. */
    private void freeEdges() {
        from = to = arg = delay = null;
        weight = null;
    }
}
