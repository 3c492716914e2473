package org.chainrule.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;

/**
 * How the gradient of the output reaches back through time: |∂out/∂ID_t| for t = 1 … T, the numbers
 * behind vanishing and exploding gradients (for h_t = tanh(w·h_{t−1} + …) and the output h_T it is
 * the product of (1 − h_k²)·w over k = t+1 … T). A node holds one number per step today; when a node
 * holds a vector, {@link #magnitude} is the one place that turns its gradient at a step into the
 * plotted number (the norm), and {@link Curve#note} the place for what the chart should say beside the
 * curve (the recurrent matrix's largest eigenvalue).
 */
public final class ThroughTime {
    /** The plotted numbers of one node: {@code grads[t − 1]} = |∂out/∂id_t|. */
    public record Curve(String id, String output, double[] grads, String note) {
        public int timesteps() { return grads.length; }
    }

    private ThroughTime() {}

    /** Whether the graph has recurrence: some edge carries its source from an earlier step. */
    public static boolean isRecurrent(Graph g) { return g.hasDelays(); }

    /** The nodes read through a delayed edge (the recurrent states, h and c of an LSTM), in node order. */
    public static List<String> states(Graph g) {
        Set<Node> read = new LinkedHashSet<>();
        for (Edge e : g.edges()) if (g.delay(e) > 0) read.add(g.source(e));
        List<String> out = new ArrayList<>();
        for (Node n : g.nodes()) if (read.contains(n)) out.add(n.id());
        return out;
    }

    /**
     * |∂out/∂id_t| for t = 1 … T from an evaluation of {@code ev.graph()}.
     *
     * @throws GraphException when the graph has no delayed edge (nothing flows through time) or no node {@code id}
     */
    public static Curve of(Evaluation ev, String id) {
        Graph g = ev.graph();
        if (g != null && !isRecurrent(g)) {
            throw new GraphException("the graph has no recurrence (no delayed edge), so no gradient flows back through time");
        }
        Node n = g == null ? null : g.node(id);
        if (n == null) throw new GraphException("no node '" + id + "' in the graph");
        double[] out = new double[ev.timesteps()];
        for (int t = 1; t <= out.length; t++) out[t - 1] = magnitude(ev.grad(n, t));
        return new Curve(id, ev.outputId(), out, null);
    }

    /** The number plotted for a gradient at one step: its size (for a vector, this becomes the norm). */
    static double magnitude(double grad) { return Math.abs(grad); }
}
